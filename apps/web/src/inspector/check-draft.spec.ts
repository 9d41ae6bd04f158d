import {
  checkBody,
  checkDraftKey,
  discardCheckDraft,
  loadCheckDraft,
  openCheckDraft,
  saveCheckDraft,
} from './check-draft';

class MemoryStorage {
  private readonly items = new Map<string, string>();
  getItem(key: string) {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    this.items.set(key, value);
  }
  removeItem(key: string) {
    this.items.delete(key);
  }
}

describe('check drafts', () => {
  const key = checkDraftKey('u1', 'camp', 'c-01', 1);

  it('should keep one Idempotency-Key for the life of a draft, whatever is typed or retried', () => {
    const storage = new MemoryStorage() as unknown as Storage;
    let made = 0;
    const newKey = () => `check:${++made}`;
    const draft = openCheckDraft(storage, key, newKey, 0);
    saveCheckDraft(storage, key, { ...draft, scores: { 'A-01': 8 } });
    const reopened = openCheckDraft(storage, key, newKey, 1);
    expect(reopened.idempotencyKey).toBe('check:1');
    expect(reopened.scores).toEqual({ 'A-01': 8 });
    expect(made).toBe(1);
  });

  it('should start a new draft (and key) once the old one is discarded after submitting', () => {
    const storage = new MemoryStorage() as unknown as Storage;
    let made = 0;
    saveCheckDraft(
      storage,
      key,
      openCheckDraft(storage, key, () => `k${++made}`, 0),
    );
    discardCheckDraft(storage, key);
    expect(loadCheckDraft(storage, key)).toBeNull();
    expect(openCheckDraft(storage, key, () => `k${++made}`, 0).idempotencyKey).toBe('k2');
  });

  it('should keep a draft per round, so a re-check does not reuse the first round’s key', () => {
    expect(checkDraftKey('u1', 'camp', 'c-01', 2)).not.toBe(key);
  });

  it('should send only scored items and leave the missing ones for the API to name', () => {
    const body = checkBody({
      scores: { 'A-01': 8, 'A-02': null },
      vetoFlags: ['V-01'],
      rectifyItems: ['A-01'],
      findings: '台账不全',
      idempotencyKey: 'k',
      savedAt: 0,
    });
    expect(body).toEqual({
      scores: { 'A-01': 8 },
      vetoFlags: ['V-01'],
      rectifyItems: ['A-01'],
      findings: '台账不全',
    });
  });

  it('should read a corrupt draft as none', () => {
    const storage = new MemoryStorage() as unknown as Storage;
    storage.setItem(key, '{oops');
    expect(loadCheckDraft(storage, key)).toBeNull();
  });
});
