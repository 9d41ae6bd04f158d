import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  Actor,
  ApplicationSubmission,
  AssignedInspector,
  Award,
  CaseAction,
  CaseCommunity,
  CaseDecision,
  CaseScore,
  CaseStage,
  CaseState,
  Deadline,
  DeadlineName,
  InspectionCheck,
  Objection,
  ObjectionDecision,
  Rectification,
  Recusal,
  SelfCheckReport,
} from '@app/domain';
import type { CaseView as CaseFile } from '@app/workflows/community-case/community-case.contract';

// The case file as the OpenAPI document describes it, so the console's generated client is typed. Each
// class implements the domain's own interface: a field added to the domain and not here fails to compile.

const SCORES = { type: 'object', additionalProperties: { type: 'number' }, example: { 'A-01': 9 } } as const;

export class ActorView implements Actor {
  @ApiProperty() userId!: string;
  @ApiProperty({ example: 'ORGANIZER' }) role!: string;
  @ApiProperty() displayName!: string;
}

export class CaseCommunityView implements CaseCommunity {
  @ApiProperty({ example: 'c-01' }) id!: string;
  @ApiProperty({ example: '幸福社区' }) name!: string;
  @ApiProperty({ enum: ['URBAN', 'RURAL'] }) kind!: 'URBAN' | 'RURAL';
  @ApiProperty({ example: 'sfjd' }) streetId!: string;
  @ApiProperty({ example: '/dh/lj/cn/sfjd/c-01/' }) path!: string;
}

export class DeadlineView implements Deadline {
  @ApiProperty({ description: 'ISO date-time' }) dueAt!: string;
  @ApiProperty({ description: 'when it was set or last moved' }) setAt!: string;
}

export class DeadlinesView implements Partial<Record<DeadlineName, Deadline>> {
  @ApiPropertyOptional({ type: DeadlineView }) application?: DeadlineView;
  @ApiPropertyOptional({ type: DeadlineView }) selfCheck?: DeadlineView;
  @ApiPropertyOptional({ type: DeadlineView }) inspection?: DeadlineView;
  @ApiPropertyOptional({ type: DeadlineView }) rectification?: DeadlineView;
}

export class ApplicationSubmissionView implements ApplicationSubmission {
  @ApiProperty() version!: number;
  @ApiProperty({ type: 'object', additionalProperties: true }) content!: Record<string, unknown>;
  @ApiProperty() submittedAt!: string;
  @ApiProperty({ type: ActorView }) submittedBy!: ActorView;
}

export class SelfCheckReportView implements SelfCheckReport {
  @ApiProperty() version!: number;
  @ApiProperty(SCORES) scores!: Record<string, number>;
  @ApiProperty({ type: 'object', additionalProperties: { type: 'array', items: { type: 'string' } } })
  evidence!: Record<string, string[]>;
  @ApiProperty() notes!: string;
  @ApiProperty({ description: 'out of 100' }) total!: number;
  @ApiProperty() submittedAt!: string;
  @ApiProperty({ type: ActorView }) submittedBy!: ActorView;
}

export class AssignedInspectorView implements AssignedInspector {
  @ApiProperty() userId!: string;
  @ApiProperty() displayName!: string;
  @ApiProperty({ type: String, nullable: true }) streetId!: string | null;
  @ApiProperty({ type: String, nullable: true }) communityId!: string | null;
}

export class InspectionCheckView implements InspectionCheck {
  @ApiProperty() round!: number;
  @ApiProperty() inspectorId!: string;
  @ApiProperty(SCORES) scores!: Record<string, number>;
  @ApiProperty({ type: [String] }) vetoFlags!: string[];
  @ApiProperty() findings!: string;
  @ApiProperty({ type: [String] }) rectifyItems!: string[];
  @ApiProperty() submittedAt!: string;
}

export class RecusalView implements Recusal {
  @ApiProperty() inspectorId!: string;
  @ApiProperty() displayName!: string;
  @ApiProperty({ example: '本人配偶在该社区居委会任职' }) reason!: string;
  @ApiProperty({ description: 'the inspection round they left' }) round!: number;
  @ApiProperty() at!: string;
}

export class RectificationReportView {
  @ApiProperty() content!: string;
  @ApiProperty() submittedAt!: string;
  @ApiProperty({ type: ActorView }) submittedBy!: ActorView;
}

export class RectificationView implements Rectification {
  @ApiProperty({ type: [String], description: 'item codes to rectify' }) items!: string[];
  @ApiProperty({ type: RectificationReportView, nullable: true }) report!: RectificationReportView | null;
}

export class CaseScoreView implements CaseScore {
  @ApiProperty(SCORES) itemScores!: Record<string, number>;
  @ApiProperty() total!: number;
  @ApiProperty({ type: String, nullable: true }) tier!: string | null;
  @ApiProperty() passed!: boolean;
  @ApiProperty({ type: [String] }) vetoTriggered!: string[];
  @ApiProperty({ type: Number, nullable: true }) selfCheckTotal!: number | null;
  @ApiProperty({ type: Number, nullable: true, description: 'self-check minus inspection total' })
  deviation!: number | null;
  @ApiProperty({ description: '自评偏差 beyond the campaign threshold' }) deviationFlagged!: boolean;
}

const OBJECTION_DECISIONS: ObjectionDecision[] = ['DISMISS', 'UPHOLD_NOT_AWARDED', 'UPHOLD_REINSPECT'];

export class ObjectionResolutionView {
  @ApiProperty({ enum: OBJECTION_DECISIONS }) decision!: ObjectionDecision;
  @ApiProperty() reason!: string;
  @ApiProperty() at!: string;
  @ApiProperty({ type: ActorView }) by!: ActorView;
}

export class ObjectionView implements Objection {
  @ApiProperty() id!: string;
  @ApiProperty() content!: string;
  @ApiProperty() raisedAt!: string;
  @ApiProperty({ type: ActorView }) raisedBy!: ActorView;
  @ApiProperty({ type: ObjectionResolutionView, nullable: true }) resolution!: ObjectionResolutionView | null;
}

export class AwardView implements Award {
  @ApiProperty() tier!: string;
  @ApiProperty() certificateNumber!: string;
  @ApiProperty() awardedAt!: string;
  @ApiProperty() validUntil!: string;
}

export class CaseDecisionView implements CaseDecision {
  @ApiProperty({ example: 'RETURN_APPLICATION' }) action!: string;
  @ApiProperty() at!: string;
  @ApiProperty({ type: ActorView }) by!: ActorView;
  @ApiProperty({ type: [String] }) reasons!: string[];
  @ApiPropertyOptional({ enum: CaseStage, enumName: 'CaseStage' }) stage?: CaseStage;
}

export class CaseStateView implements CaseState {
  @ApiProperty() workflowId!: string;
  @ApiProperty() campaignId!: string;
  @ApiProperty() communityId!: string;
  @ApiProperty({ type: CaseCommunityView }) community!: CaseCommunityView;
  @ApiProperty({ enum: CaseStage, enumName: 'CaseStage' }) stage!: CaseStage;
  @ApiProperty() seq!: number;
  @ApiProperty({ type: DeadlinesView }) deadlines!: DeadlinesView;
  @ApiProperty({ type: [ApplicationSubmissionView] }) applications!: ApplicationSubmissionView[];
  @ApiProperty({ type: [SelfCheckReportView] }) selfChecks!: SelfCheckReportView[];
  @ApiProperty({ type: [AssignedInspectorView] }) inspectors!: AssignedInspectorView[];
  @ApiProperty() round!: number;
  @ApiProperty({ type: [Number] }) recheckRounds!: number[];
  @ApiProperty({ type: [InspectionCheckView] }) checks!: InspectionCheckView[];
  @ApiPropertyOptional({ type: [RecusalView], description: '申请回避: who left the team, when and why' })
  recusals?: RecusalView[];
  @ApiPropertyOptional({
    description:
      "需补派检查员: how many inspectors the team lacks for the policy's minimum after a recusal (0 or absent: none)",
  })
  inspectorsNeeded?: number;
  @ApiProperty({ type: RectificationView, nullable: true }) rectification!: RectificationView | null;
  @ApiProperty({ type: CaseScoreView, nullable: true }) score!: CaseScoreView | null;
  @ApiProperty({ type: String, nullable: true }) noticeEndsAt!: string | null;
  @ApiProperty({ type: [ObjectionView] }) objections!: ObjectionView[];
  @ApiProperty({ type: AwardView, nullable: true }) award!: AwardView | null;
  @ApiProperty({ type: [CaseDecisionView] }) decisions!: CaseDecisionView[];
  @ApiProperty({ type: [String] }) remindersSent!: string[];
  @ApiProperty({ type: String, nullable: true }) closedReason!: string | null;
}

/** The case file plus what the caller may do next (the buttons a client shows). */
export class CaseFileView implements CaseFile {
  @ApiProperty({ type: CaseStateView }) state!: CaseStateView;
  @ApiProperty({ enum: CaseAction, enumName: 'CaseAction', isArray: true }) allowedActions!: CaseAction[];
}

export class CaseSummaryView {
  @ApiProperty() communityId!: string;
  @ApiProperty() communityName!: string;
  @ApiProperty({ type: String, nullable: true }) streetId!: string | null;
  @ApiProperty({ type: String, nullable: true, example: '三墩镇' }) streetName!: string | null;
  @ApiProperty({ enum: CaseStage, enumName: 'CaseStage' }) stage!: CaseStage;
  @ApiProperty({ type: String, nullable: true }) tier!: string | null;
  @ApiProperty({ type: Number, nullable: true }) totalScore!: number | null;
  @ApiProperty({ type: String, nullable: true, description: 'the deadline the case runs against' })
  dueAt!: string | null;
  @ApiProperty() overdue!: boolean;
  @ApiProperty() seq!: number;
}

export class CasePageView {
  @ApiProperty({ type: [CaseSummaryView] }) items!: CaseSummaryView[];
  @ApiProperty() total!: number;
  @ApiProperty() limit!: number;
  @ApiProperty() offset!: number;
}
