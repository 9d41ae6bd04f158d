/** The batch actions in the organizer's words, and what each needs to be asked for. */
export type BatchActionName =
  'ACCEPT_APPLICATION' | 'RETURN_APPLICATION' | 'CHASE' | 'EXTEND_DEADLINE' | 'CONFIRM_SCORES';

export const BATCH_ACTION_LABELS: Record<BatchActionName, string> = {
  ACCEPT_APPLICATION: '批量初审通过',
  RETURN_APPLICATION: '批量退回',
  CHASE: '批量催办',
  EXTEND_DEADLINE: '批量延期',
  CONFIRM_SCORES: '批量确认评分',
};

export const BATCH_ACTIONS = Object.keys(BATCH_ACTION_LABELS) as BatchActionName[];

/** The fields each action asks for (the API refuses a batch without them). */
export const BATCH_ACTION_FIELDS: Record<BatchActionName, ('reason' | 'message' | 'newDueAt' | 'note')[]> = {
  ACCEPT_APPLICATION: [],
  RETURN_APPLICATION: ['reason'],
  CHASE: ['message'],
  EXTEND_DEADLINE: ['newDueAt', 'reason'],
  CONFIRM_SCORES: ['note'],
};

/** Each case's result in a batch, as the organizer reads it (the filter offers the same words). */
export const ITEM_STATUS_LABELS: Record<string, { text: string; color: string }> = {
  PENDING: { text: '待执行', color: 'default' },
  SUCCEEDED: { text: '已完成', color: 'green' },
  REFUSED: { text: '被拒绝', color: 'red' },
  FAILED: { text: '暂时失败，可继续执行', color: 'orange' },
  NOT_RUN: { text: '未执行（已停止）', color: 'default' },
};
