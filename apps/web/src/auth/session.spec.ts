import { readSession, safeReturnPath, writeSession } from './session';

class MemoryStorage implements Storage {
  private readonly items = new Map<string, string>();
  get length() {
    return this.items.size;
  }
  clear() {
    this.items.clear();
  }
  getItem(key: string) {
    return this.items.get(key) ?? null;
  }
  key(index: number) {
    return [...this.items.keys()][index] ?? null;
  }
  removeItem(key: string) {
    this.items.delete(key);
  }
  setItem(key: string, value: string) {
    this.items.set(key, value);
  }
}

const user = { id: 'u1', username: 'organizer', displayName: '创建办', role: 'ORGANIZER', scopeId: 'sfjd' };

describe('session', () => {
  it('should keep a session until shortly before its token expires', () => {
    const storage = new MemoryStorage();
    writeSession(storage, { accessToken: 't', expiresInSeconds: 3600, user }, 0);
    expect(readSession(storage, 1000)?.user.username).toBe('organizer');
    expect(readSession(storage, 3600 * 1000 - 30_000)).toBeNull();
  });

  it('should read garbage as signed out', () => {
    const storage = new MemoryStorage();
    storage.setItem('chuangjian.session', '{not json');
    expect(readSession(storage, 0)).toBeNull();
  });

  it('should return only to paths inside the console', () => {
    expect(safeReturnPath('/campaigns/x/cases?stage=NOTICE')).toBe('/campaigns/x/cases?stage=NOTICE');
    expect(safeReturnPath('//evil.example/')).toBeNull();
    expect(safeReturnPath('https://evil.example/')).toBeNull();
    expect(safeReturnPath('/login?next=/x')).toBeNull();
    expect(safeReturnPath(null)).toBeNull();
  });
});
