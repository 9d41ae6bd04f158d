import type { Problem } from '../errors/domain-error';

/** Longer passphrases are welcome; the bound keeps one login from costing unbounded hashing time. */
export const PASSWORD_MAX_LENGTH = 200;

export interface PasswordPolicy {
  /** Fewest characters (code points); config PASSWORD_MIN_LENGTH, 10 by default. */
  minLength: number;
}

const KINDS: [name: string, pattern: RegExp][] = [
  ['letters', /\p{L}/u],
  ['digits', /\p{Nd}/u],
  ['other characters', /[^\p{L}\p{Nd}]/u],
];

/**
 * Everything wrong with a new password, each a problem on `field`. The rules: at least `minLength`
 * characters and at most PASSWORD_MAX_LENGTH (NIST SP 800-63B puts length first); at least two kinds of
 * letters, digits and other characters (GB/T 22239-2019, 等保 2.0, asks passwords to have complexity);
 * not containing the username.
 */
export function passwordProblems(
  password: string,
  username: string,
  policy: PasswordPolicy,
  field = 'password',
): Problem[] {
  const problems: Problem[] = [];
  const length = [...password].length;
  if (length < policy.minLength) {
    problems.push({ field, message: `must be at least ${policy.minLength} characters; it has ${length}` });
  }
  if (length > PASSWORD_MAX_LENGTH) {
    problems.push({ field, message: `must be at most ${PASSWORD_MAX_LENGTH} characters` });
  }
  const kinds = KINDS.filter(([, pattern]) => pattern.test(password)).length;
  if (kinds < 2) {
    problems.push({ field, message: 'must mix at least two of letters, digits and other characters' });
  }
  if (username.length >= 3 && password.toLowerCase().includes(username.toLowerCase())) {
    problems.push({ field, message: 'must not contain the username' });
  }
  return problems;
}
