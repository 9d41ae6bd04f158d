import { condition, defineUpdate, setHandler } from '@temporalio/workflow';

/** Answers at once: no activity, no state. The floor an Update round trip costs on this server. */
export const echoUpdate = defineUpdate<number, [number]>('echo');

export const BARE_UPDATE_WORKFLOW = 'bareUpdateWorkflow';

/** Lives until the bench ends (the dev server goes with it); every Update is answered in the same task. */
export async function bareUpdateWorkflow(): Promise<void> {
  setHandler(echoUpdate, (value: number) => value);
  await condition(() => false);
}
