import { randomInt } from 'node:crypto';

// No 0/O, 1/l/I: it is read off a screen and typed by someone else.
const ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789';

/**
 * A random password for an account whose manager gave none: four groups of four from a 57-character
 * alphabet (~93 bits), with hyphens, so it always passes the password policy. Answered once.
 */
export function generatedPassword(): string {
  const group = () => Array.from({ length: 4 }, () => ALPHABET[randomInt(ALPHABET.length)]).join('');
  return [group(), group(), group(), group()].join('-');
}
