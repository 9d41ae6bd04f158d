/**
 * An inspector's unfinished acceptance check, kept in localStorage so it survives a reload, a crash and
 * going offline. Its Idempotency-Key is made once, with the draft: however often a lost connection makes
 * the inspector press 提交 again, the API applies the check once and answers every retry with that result.
 */
export interface CheckDraft {
  scores: Record<string, number | null>;
  vetoFlags: string[];
  rectifyItems: string[];
  findings: string;
  idempotencyKey: string;
  savedAt: number;
}

/** One draft per inspector, case and inspection round (a re-check round starts a new one). */
export function checkDraftKey(
  userId: string,
  campaignId: string,
  communityId: string,
  round: number,
): string {
  return `chuangjian.check-draft:${userId}:${campaignId}:${communityId}:${round}`;
}

export function loadCheckDraft(storage: Storage, key: string): CheckDraft | null {
  const raw = storage.getItem(key);
  if (raw === null) return null;
  try {
    const draft = JSON.parse(raw) as CheckDraft;
    return typeof draft.idempotencyKey === 'string' && typeof draft.scores === 'object' ? draft : null;
  } catch {
    return null;
  }
}

/** The stored draft, or a new empty one with a fresh Idempotency-Key. */
export function openCheckDraft(storage: Storage, key: string, newKey: () => string, now: number): CheckDraft {
  return (
    loadCheckDraft(storage, key) ?? {
      scores: {},
      vetoFlags: [],
      rectifyItems: [],
      findings: '',
      idempotencyKey: newKey(),
      savedAt: now,
    }
  );
}

export function saveCheckDraft(storage: Storage, key: string, draft: CheckDraft): void {
  storage.setItem(key, JSON.stringify(draft));
}

export function discardCheckDraft(storage: Storage, key: string): void {
  storage.removeItem(key);
}

/** The body the API expects: only the items that have a score (a missing one is the API's to name). */
export function checkBody(draft: CheckDraft) {
  const scores = Object.fromEntries(
    Object.entries(draft.scores).filter((entry): entry is [string, number] => typeof entry[1] === 'number'),
  );
  return { scores, vetoFlags: draft.vetoFlags, rectifyItems: draft.rectifyItems, findings: draft.findings };
}
