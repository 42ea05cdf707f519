// One place for the password and name rules, used by the sign-up form, the
// auth library's own check, and the demo seed.
export const PASSWORD_MIN_LENGTH = 10;
// Long enough for any passphrase, short enough that hashing stays cheap.
export const PASSWORD_MAX_LENGTH = 128;
export const NAME_MAX_LENGTH = 80;
export const EMAIL_MAX_LENGTH = 254;
