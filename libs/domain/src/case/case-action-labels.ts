import { CaseAction } from './case-actions';

/** What each action is called on a button and in a 409 “what is possible now” (zh-CN, as on paper). */
export const ACTION_LABELS: Record<CaseAction, string> = {
  [CaseAction.SUBMIT_APPLICATION]: '提交申报',
  [CaseAction.ACCEPT_APPLICATION]: '初审通过',
  [CaseAction.RETURN_APPLICATION]: '退回修改',
  [CaseAction.SUBMIT_SELF_CHECK]: '提交自查报告',
  [CaseAction.ASSIGN_INSPECTORS]: '指派检查员',
  [CaseAction.SUBMIT_CHECK]: '提交检查验收',
  [CaseAction.RECUSE_INSPECTOR]: '申请回避',
  [CaseAction.SUBMIT_RECTIFICATION]: '提交整改报告',
  [CaseAction.CONFIRM_SCORES]: '确认评分',
  [CaseAction.RAISE_OBJECTION]: '提出异议',
  [CaseAction.RESOLVE_OBJECTION]: '处理异议',
  [CaseAction.EXTEND_DEADLINE]: '延期',
  [CaseAction.CHASE]: '催办',
  [CaseAction.WITHDRAW]: '撤回',
};

/** An action name as a person reads it; unknown names (e.g. system steps) stay as they are. */
export function actionLabel(action: string): string {
  return (ACTION_LABELS as Record<string, string>)[action] ?? SYSTEM_STEP_LABELS[action] ?? action;
}

/** Steps the workflow records on its own, for the case's history timeline. */
const SYSTEM_STEP_LABELS: Record<string, string> = {
  OPEN_CASE: '发出创建通知',
  CASE_OPENED: '发出创建通知',
  CHECKS_COMPLETE: '检查验收完成',
  DEADLINE_MISSED: '逾期未申报',
  RECTIFICATION_MISSED: '逾期未整改',
  NOTICE_ENDED: '公示期满',
  AWARD: '授牌',
  AWARDED: '授牌',
  NOT_AWARDED: '未授牌',
  CAMPAIGN_CANCELLED: '活动取消',
  CAMPAIGN_DEADLINE_MOVED: '全体延期',
  TOP_N_DECISION: '择优评选结果',
  LAUNCH_CAMPAIGN: '发布创建活动',
  CREATE_CAMPAIGN: '创建活动草稿',
  UPDATE_CAMPAIGN: '修改活动',
  // The API's record of a 申请回避 beside the case's own RECUSE_INSPECTOR step.
  CONFLICT_DECLARED: '登记回避申请',
};
