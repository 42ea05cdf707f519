import "server-only";
// How guessable a new password is, estimated offline with zxcvbn-ts and its
// English and common dictionaries (NIST SP 800-63B rev. 4: check new
// passwords against common, expected and context-specific ones). Server only:
// the dictionaries are megabytes, and next.config.mjs keeps them out of every
// bundle. The length rule is the forms' (lib/auth/account-fields.ts); this is
// what comes after it, once we know whose password it is.
import { ZxcvbnFactory, type FeedbackType } from "@zxcvbn-ts/core";
import { adjacencyGraphs, dictionary as commonDictionary } from "@zxcvbn-ts/language-common";
import { dictionary as englishDictionary } from "@zxcvbn-ts/language-en";

/** zxcvbn's 0–4 scale; 3 means about 10^8 guesses or more. */
export const MIN_STRENGTH_SCORE = 3;
/**
 * How many look-alike swaps ("@" for "a") zxcvbn tries. Its default (100) can
 * take seconds on a long password full of digits and symbols; 20 finds the
 * same weak passwords in a fraction of the time.
 */
const L33T_MAX_SUBSTITUTIONS = 20;
/** Parts of a name or address shorter than this are too common to refuse outright. */
const MIN_PERSONAL_PIECE = 4;
/** Words anyone guessing a password for this site would try first. */
const SITE_WORDS = ["It Takes Two", "ittakestwo", "takes two", "trust", "repair", "course", "reflection"];

export const PERSONAL_DATA_MESSAGE =
  "Leave your name and email address out of your password: anyone who knows you could guess it. Try three or four words that have nothing to do with each other.";

const ADVICE = "Try three or four words that have nothing to do with each other.";

/** Why zxcvbn found a password weak, in our words, by its warning key. */
const REASONS: Record<string, string> = {
  straightRow: "it follows a row of keys on the keyboard.",
  keyPattern: "it follows a pattern on the keyboard.",
  simpleRepeat: "it repeats the same characters.",
  extendedRepeat: "it repeats the same letters or words.",
  sequences: "it uses a run like “abc” or “123”.",
  recentYears: "it leans on a recent year.",
  dates: "it leans on a date.",
  topTen: "it is one of the passwords people use most.",
  topHundred: "it is one of the passwords people use most.",
  common: "lots of people use it.",
  similarToCommon: "it is very close to a password lots of people use.",
  wordByItself: "a single word, even a long one, is quick to guess.",
  namesByThemselves: "names on their own are quick to guess.",
  commonNames: "common names are quick to guess.",
  userInputs: "it uses your own details or the name of this site.",
  pwned: "it has turned up in lists of stolen passwords.",
};

type Estimator = ZxcvbnFactory;
const globalForStrength = globalThis as unknown as { __trustCoursePasswordEstimator?: Estimator };

function estimator(): Estimator {
  // Building the dictionaries takes most of a second: once per process.
  globalForStrength.__trustCoursePasswordEstimator ??= new ZxcvbnFactory({
    graphs: adjacencyGraphs,
    dictionary: { ...commonDictionary, ...englishDictionary },
    l33tMaxSubstitutions: L33T_MAX_SUBSTITUTIONS,
  });
  return globalForStrength.__trustCoursePasswordEstimator;
}

/** Lower case letters and digits only, so "Leo Martins" is found in "l.e.o-martins!". */
function squash(value: string): string {
  return value
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, "");
}

export type PasswordOwner = { email: string; name?: string | null };

function personalPieces({ email, name }: PasswordOwner): { refuse: string[]; inputs: string[] } {
  const address = email.trim().toLowerCase();
  const local = address.split("@")[0] ?? "";
  const nameParts = (name ?? "").split(/[\s.'’-]+/).filter(Boolean);
  const refuse = [address, local, name ?? "", ...nameParts]
    .map(squash)
    .filter((piece) => piece.length >= MIN_PERSONAL_PIECE);
  const inputs = [address, local, ...local.split(/[._+-]+/), name ?? "", ...nameParts].filter(Boolean);
  return { refuse: [...new Set(refuse)], inputs };
}

function reasonFor(feedback: FeedbackType): string {
  const reason = feedback.warning ? REASONS[feedback.warning] : undefined;
  return reason
    ? `That password would be too easy to guess: ${reason} ${ADVICE}`
    : `That password would be too easy to guess. ${ADVICE}`;
}

/**
 * Why a new password is refused, or null when it may be used. The length has
 * been checked already; this refuses the person's own name or address inside
 * it, and anything zxcvbn scores below MIN_STRENGTH_SCORE with their details
 * and this site's name counted as known words.
 */
export function passwordProblem(password: string, owner: PasswordOwner): string | null {
  const { refuse, inputs } = personalPieces(owner);
  const squashed = squash(password);
  if (refuse.some((piece) => squashed.includes(piece))) return PERSONAL_DATA_MESSAGE;
  const result = estimator().check(password, [...inputs, ...SITE_WORDS]);
  return result.score >= MIN_STRENGTH_SCORE ? null : reasonFor(result.feedback);
}
