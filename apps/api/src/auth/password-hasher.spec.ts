import { hash as bcryptHash } from 'bcryptjs';
import { decoyHash, passwordHasher } from './password-hasher';

describe('passwordHasher', () => {
  it('should hash with argon2id and verify only the right password', async () => {
    const stored = await passwordHasher.hash('correct horse 1');
    expect(stored).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(await passwordHasher.verify(stored, 'correct horse 1')).toBe(true);
    expect(await passwordHasher.verify(stored, 'correct horse 2')).toBe(false);
    expect(passwordHasher.needsUpgrade(stored)).toBe(false);
  });

  it('should still verify a bcrypt hash of an older account, and ask for an upgrade', async () => {
    const stored = await bcryptHash('chuangjian-demo', 4);
    expect(await passwordHasher.verify(stored, 'chuangjian-demo')).toBe(true);
    expect(await passwordHasher.verify(stored, 'wrong')).toBe(false);
    expect(passwordHasher.needsUpgrade(stored)).toBe(true);
  });

  it('should answer false, not throw, for a hash it cannot read', async () => {
    expect(await passwordHasher.verify('not a hash', 'x')).toBe(false);
    expect(await passwordHasher.verify(await decoyHash(), 'x')).toBe(false);
  });
});
