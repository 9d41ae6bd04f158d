import { hash, verify } from '@node-rs/argon2';
import { compare } from 'bcryptjs';

/**
 * argon2id with OWASP's recommended minimum (19 MiB, 2 passes, 1 lane; Password Storage Cheat Sheet),
 * ~30 ms per hash on the project's 2-core machine. Hashes carry their parameters, so raising these
 * later upgrades each account at its next login.
 */
// @node-rs/argon2's Algorithm.Argon2id is an ambient const enum, which isolated modules cannot read.
const ARGON2ID = 2;
const PARAMETERS = { algorithm: ARGON2ID, memoryCost: 19_456, timeCost: 2, parallelism: 1 };
const CURRENT_PREFIX = `$argon2id$v=19$m=${PARAMETERS.memoryCost},t=${PARAMETERS.timeCost},p=${PARAMETERS.parallelism}$`;
const BCRYPT = /^\$2[aby]\$/;

/** Hashes new passwords with argon2id; verifies those and the bcrypt hashes of older accounts. */
export const passwordHasher = {
  hash(password: string): Promise<string> {
    return hash(password, PARAMETERS);
  },

  /** Whether the password matches; false (never an error) for a hash it cannot read. */
  async verify(storedHash: string, password: string): Promise<boolean> {
    try {
      if (BCRYPT.test(storedHash)) return await compare(password, storedHash);
      return await verify(storedHash, password);
    } catch {
      return false;
    }
  },

  /** A bcrypt hash, or argon2 with other parameters: hash again after the next successful login. */
  needsUpgrade(storedHash: string): boolean {
    return !storedHash.startsWith(CURRENT_PREFIX);
  },
};

let decoy: Promise<string> | undefined;

/** A hash to verify against when the username is unknown, so the answer takes as long as for a known one. */
export function decoyHash(): Promise<string> {
  decoy ??= passwordHasher.hash('decoy password for unknown users');
  return decoy;
}
