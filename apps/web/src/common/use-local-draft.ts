import { useCallback, useState } from 'react';
import { newIdempotencyKey } from '../api/client';

/** A form's unfinished values kept in localStorage until submitted, with one Idempotency-Key per draft. */
export interface LocalDraft<T> {
  values: T;
  idempotencyKey: string;
}

function read<T>(key: string): LocalDraft<T> | null {
  try {
    const raw = localStorage.getItem(key);
    return raw === null ? null : (JSON.parse(raw) as LocalDraft<T>);
  } catch {
    return null;
  }
}

/** The draft under `key` (or a new one), a setter that saves every change, and discard for after submit. */
export function useLocalDraft<T>(key: string, initial: () => T) {
  const [draft, setDraft] = useState<LocalDraft<T>>(
    () => read<T>(key) ?? { values: initial(), idempotencyKey: newIdempotencyKey('form') },
  );
  const save = useCallback(
    (values: T) => {
      setDraft((current) => {
        const next = { ...current, values };
        localStorage.setItem(key, JSON.stringify(next));
        return next;
      });
    },
    [key],
  );
  const discard = useCallback(() => localStorage.removeItem(key), [key]);
  return { draft, save, discard };
}
