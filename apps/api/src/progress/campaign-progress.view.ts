import { ApiProperty } from '@nestjs/swagger';
import type {
  CampaignProgress,
  CampaignTargets,
  FunnelStep,
  JurisdictionLevel,
  StageProgress,
  TargetAttainment,
  TargetProgress,
} from '@app/domain';
import { CaseStage, JURISDICTION_LEVELS } from '@app/domain';
import { TargetsDto } from '../campaigns/campaign.dto';

// Classes implementing the domain's interfaces, so the OpenAPI document (and the console's generated
// client) describe the progress figures exactly; a new domain field not described here fails to compile.

export class TargetProgressView implements TargetProgress {
  @ApiProperty({ example: 5 }) count!: number;
  @ApiProperty({ example: 28 }) eligible!: number;
  @ApiProperty({ example: 20 }) targetPercent!: number;
  @ApiProperty({ example: '17.9%', description: 'one decimal; "—" when nothing is eligible' })
  ratioText!: string;
  @ApiProperty() met!: boolean;
  @ApiProperty({ example: 6, description: 'the smallest count that meets the target' })
  requiredCount!: number;
  @ApiProperty({ example: 1, description: '还需: how many more are needed; 0 once met' })
  neededToMeet!: number;
}

export class TargetAttainmentView implements TargetAttainment {
  @ApiProperty({ type: TargetProgressView }) new!: TargetProgressView;
  @ApiProperty({ type: TargetProgressView }) cumulative!: TargetProgressView;
}

const FUNNEL_STEPS: FunnelStep[] = [
  'INVITED',
  'APPLIED',
  'ACCEPTED',
  'INSPECTED',
  'SCORED',
  'PUBLISHED',
  'AWARDED',
];

export class FunnelStepView {
  @ApiProperty({ enum: FUNNEL_STEPS }) step!: FunnelStep;
  @ApiProperty({ example: '已申报' }) label!: string;
  @ApiProperty() cases!: number;
}

export class StageProgressView implements StageProgress {
  @ApiProperty({ enum: CaseStage, enumName: 'CaseStage' }) stage!: CaseStage;
  @ApiProperty({ example: '自查' }) label!: string;
  @ApiProperty() cases!: number;
  @ApiProperty() overdue!: number;
}

export class TierAwardsView {
  @ApiProperty({ example: '精品' }) tier!: string;
  @ApiProperty() awarded!: number;
}

export class TierNoticeView {
  @ApiProperty({ example: '精品' }) tier!: string;
  @ApiProperty({ description: 'cases in 公示 whose confirmed score proposes this tier' }) cases!: number;
}

export class ProgressJurisdictionView {
  @ApiProperty({ example: 'sfjd' }) id!: string;
  @ApiProperty({ example: '示范街道' }) name!: string;
  @ApiProperty({ enum: JURISDICTION_LEVELS }) level!: JurisdictionLevel;
  @ApiProperty({ example: '/dh/lj/cn/sfjd/' }) path!: string;
}

/** The figures of a campaign or subtree (创建进度). */
export class ProgressFiguresView implements CampaignProgress {
  @ApiProperty() eligible!: number;
  @ApiProperty() previouslyTitled!: number;
  @ApiProperty() cases!: number;
  @ApiProperty({ type: [FunnelStepView] }) funnel!: FunnelStepView[];
  @ApiProperty({ type: [StageProgressView], description: 'every stage, in stage order' })
  stages!: StageProgressView[];
  @ApiProperty() overdue!: number;
  @ApiProperty() awarded!: number;
  @ApiProperty() renewals!: number;
  @ApiProperty({ type: [TierAwardsView] }) awardedByTier!: TierAwardsView[];
  @ApiProperty() inNotice!: number;
  @ApiProperty({ type: [TierNoticeView], description: 'cases in 公示 by the tier they are heading for' })
  noticeByTier!: TierNoticeView[];
  @ApiProperty({ type: TargetAttainmentView }) attainment!: TargetAttainmentView;
  @ApiProperty({ type: TargetAttainmentView, description: 'if every case now in 公示 were awarded' })
  ifNoticeAwarded!: TargetAttainmentView;
}

/** GET /campaigns/:id/progress: the campaign, the subtree reported on, and its progress figures. */
export class CampaignProgressView extends ProgressFiguresView {
  @ApiProperty() campaignId!: string;
  @ApiProperty({ example: '平安社区' }) titleKind!: string;
  @ApiProperty({ example: 2026 }) year!: number;
  @ApiProperty({ type: TargetsDto }) targets!: CampaignTargets;
  @ApiProperty({ type: ProgressJurisdictionView }) jurisdiction!: ProgressJurisdictionView;
}

/** One child jurisdiction's figures, for the dashboard's drill-down table. */
export class ChildProgressView extends ProgressFiguresView {
  @ApiProperty({ type: ProgressJurisdictionView }) jurisdiction!: ProgressJurisdictionView;
}
