import { Injectable } from '@nestjs/common';
import { CaseStage, CONSOLE_BASE_PATH, isClosed } from '@app/domain';
import { UserRole } from '@app/persistence';
import { AuthenticatedActor } from '../auth/authenticated-actor';
import { ScopeService } from '../auth/scope.service';
import { CampaignWorkRow, MyCaseRow, MyCasesRepository } from '@app/persistence';
import { MyCaseView, TodoItemView, TodoKind } from './my.view';

/** What a clerk must do next in each stage that waits for them, in the domain's words. */
const CLERK_WORK: Partial<Record<CaseStage, { kind: TodoKind; title: string }>> = {
  [CaseStage.INVITED]: { kind: 'APPLY', title: '提交申报' },
  [CaseStage.RETURNED]: { kind: 'RESUBMIT', title: '按退回意见修改后重新申报' },
  [CaseStage.SELF_CHECK]: { kind: 'SELF_CHECK', title: '提交自查报告' },
  [CaseStage.RECTIFICATION]: { kind: 'RECTIFY', title: '提交整改报告' },
};

/** 我的创建, 我的检查任务 and 待办 for the signed-in user. */
@Injectable()
export class MyService {
  constructor(
    private readonly repository: MyCasesRepository,
    private readonly scope: ScopeService,
  ) {}

  /** A clerk's own cases, or the cases assigned to an inspector; nothing for other roles. */
  async cases(actor: AuthenticatedActor): Promise<MyCaseView[]> {
    const now = Date.now();
    return (await this.rows(actor)).map((row) => caseViewOf(row, now));
  }

  /** What waits for the caller now, soonest deadline first. */
  async todo(actor: AuthenticatedActor): Promise<TodoItemView[]> {
    const now = Date.now();
    if (actor.role === UserRole.ORGANIZER || actor.role === UserRole.ADMIN) {
      const subtree = this.scope.subtreeOf(actor);
      if (subtree === null) return [];
      return (await this.repository.organizerWork(subtree)).flatMap((row) => organizerItems(row, now));
    }
    const cases = (await this.rows(actor)).map((row) => caseViewOf(row, now));
    const items =
      actor.role === UserRole.INSPECTOR
        ? cases.filter((c) => c.stage === CaseStage.INSPECTION && !c.checkedThisRound).map(inspectorItem)
        : cases.flatMap(clerkItem);
    return items.sort((a, b) => (a.dueAt ?? '\uffff').localeCompare(b.dueAt ?? '\uffff'));
  }

  private rows(actor: AuthenticatedActor): Promise<MyCaseRow[]> {
    if (actor.role === UserRole.COMMUNITY && actor.scopeId !== null) {
      return this.repository.communityCases(actor.userId, actor.scopeId);
    }
    if (actor.role === UserRole.INSPECTOR) return this.repository.inspectorCases(actor.userId);
    return Promise.resolve([]);
  }
}

function caseViewOf(row: MyCaseRow, now: number): MyCaseView {
  const stage = row.stage as CaseStage;
  const overdue = !isClosed(stage) && row.dueAt !== null && Date.parse(row.dueAt) < now;
  return { ...row, stage, overdue };
}

function clerkItem(myCase: MyCaseView): TodoItemView[] {
  const work = CLERK_WORK[myCase.stage];
  if (work === undefined) return [];
  return [
    { ...work, ...about(myCase), link: `${CONSOLE_BASE_PATH}/my/${encodeURIComponent(myCase.campaignId)}` },
  ];
}

function inspectorItem(myCase: MyCaseView): TodoItemView {
  const link = `${CONSOLE_BASE_PATH}/inspections/${encodeURIComponent(myCase.campaignId)}/${encodeURIComponent(myCase.communityId)}`;
  return { kind: 'CHECK', title: myCase.recheck ? '整改复查' : '提交检查验收', ...about(myCase), link };
}

function about(myCase: MyCaseView) {
  return {
    subject: `${myCase.campaignTitle} · ${myCase.communityName}`,
    campaignId: myCase.campaignId,
    communityId: myCase.communityId,
    count: 1,
    dueAt: myCase.dueAt,
    overdue: myCase.overdue,
  };
}

/** One item per kind of work waiting in a campaign, linking to the case list filtered to it. */
function organizerItems(row: CampaignWorkRow, now: number): TodoItemView[] {
  const cases = `${CONSOLE_BASE_PATH}/campaigns/${encodeURIComponent(row.campaignId)}/cases`;
  const kinds: [TodoKind, number, string, string][] = [
    ['REVIEW', row.toReview, '初审申报', `${cases}?stage=APPLICATION_REVIEW`],
    ['ASSIGN', row.toAssign, '指派检查员', `${cases}?stage=INSPECTION`],
    ['CONFIRM', row.toConfirm, '确认评分', `${cases}?stage=SCORING`],
    ['OBJECTIONS', row.openObjections, '处理公示异议', `${cases}?stage=NOTICE`],
    ['OVERDUE', row.overdue, '督办逾期案件', `${cases}?overdue=true`],
  ];
  return kinds
    .filter(([, count]) => count > 0)
    .map(([kind, count, title, link]) => ({
      kind,
      title: `${title}（${count} 个）`,
      subject: row.campaignTitle,
      campaignId: row.campaignId,
      communityId: null,
      count,
      dueAt: kind === 'OVERDUE' ? null : row.earliestDueAt,
      overdue: kind === 'OVERDUE' || (row.earliestDueAt !== null && Date.parse(row.earliestDueAt) < now),
      link,
    }));
}
