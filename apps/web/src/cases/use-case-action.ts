import { useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { message } from 'antd';

/**
 * Runs one case action: the error (kept for the form to show beside its fields) while the typed values
 * stay put, and on success the case, lists, progress and 待办 re-read (the action asked read-your-writes).
 */
export function useCaseAction(campaignId: string, communityId: string) {
  const queryClient = useQueryClient();
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  /** Null when it went through, else the error (also kept in `error`). */
  async function run(call: () => Promise<unknown>, done: string): Promise<unknown> {
    setBusy(true);
    setError(null);
    try {
      await call();
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: ['case', campaignId, communityId] }),
        queryClient.invalidateQueries({ queryKey: ['my'] }),
        queryClient.invalidateQueries({ queryKey: ['cases', campaignId] }),
        queryClient.invalidateQueries({ queryKey: ['progress', campaignId] }),
        queryClient.invalidateQueries({ queryKey: ['audit', campaignId, communityId] }),
      ]);
      void message.success(done);
      return null;
    } catch (caught) {
      setError(caught);
      return caught;
    } finally {
      setBusy(false);
    }
  }

  return { run, error, busy, clearError: () => setError(null) };
}
