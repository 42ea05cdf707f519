import { randomBytes } from "node:crypto";

// Easy to read aloud and type: no 0/O, 1/l/I.
const ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";
export const INVITE_CODE_LENGTH = 10;
export const INVITE_CODE_PATTERN = /^[a-hj-km-np-z2-9]{10}$/;

export function newInviteCode(): string {
  const bytes = randomBytes(INVITE_CODE_LENGTH);
  return Array.from(bytes, (b) => ALPHABET[b % ALPHABET.length]).join("");
}
