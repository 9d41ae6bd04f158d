import type { Actor } from '../case/case-state';

/**
 * Acts the engine takes on its own (deadlines, timers, a campaign-wide close, a case opening) are
 * attributed to this actor: in case files, audit links and outbox events alike.
 */
export const SYSTEM_ACTOR: Actor = { userId: 'system', role: 'SYSTEM', displayName: '系统' };
