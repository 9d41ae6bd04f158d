/** The task queue community-case workflows and their activities run on unless TEMPORAL_TASK_QUEUE says otherwise. */
export const CASE_TASK_QUEUE = 'chuangjian-cases';
