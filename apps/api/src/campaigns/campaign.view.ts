import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type {
  AwardPolicy,
  Campaign,
  CampaignWarning,
  CampaignSchedule,
  CampaignStatus,
  CampaignTargets,
  InspectionPolicy,
  StandardRef,
} from '@app/domain';
import type { CampaignEntity } from '@app/persistence';
import { AwardPolicyDto, InspectionPolicyDto, ScheduleDto, StandardRefDto, TargetsDto } from './campaign.dto';

export class CampaignWarningView {
  @ApiProperty({ enum: ['WORKING_CALENDAR_MISSING'] }) code!: string;
  @ApiProperty({ example: 2027 }) year!: number;
  @ApiProperty({ example: '2027年的节假日安排尚未导入：该年的工作日暂按周一至周五计算，不含节假日和调休。' })
  message!: string;
}

export class CampaignView {
  @ApiProperty({ example: 'demo-2026-pingan' }) id!: string;
  @ApiProperty({ example: '2026年度示范街道平安社区创建' }) title!: string;
  @ApiProperty({ example: '平安社区', description: "the pinned standard's title" }) titleKind!: string;
  @ApiProperty({ example: 2026 }) year!: number;
  @ApiProperty({ example: 'sfjd' }) organizerJurisdictionId!: string;
  @ApiProperty({ example: 'sfjd' }) scopeJurisdictionId!: string;
  @ApiProperty({ type: StandardRefDto }) standard!: StandardRef;
  @ApiProperty({ type: ScheduleDto }) schedule!: CampaignSchedule;
  @ApiProperty({ type: TargetsDto }) targets!: CampaignTargets;
  @ApiProperty({ type: InspectionPolicyDto }) inspectionPolicy!: InspectionPolicy;
  @ApiProperty({ type: AwardPolicyDto }) awardPolicy!: AwardPolicy;
  @ApiProperty({ enum: ['DRAFT', 'LAUNCHED', 'CANCELLED'] }) status!: CampaignStatus;
  @ApiPropertyOptional({ type: String, nullable: true }) launchedAt!: string | null;
  @ApiProperty({ description: 'user id' }) createdBy!: string;
  @ApiProperty() createdAt!: string;
  @ApiProperty() updatedAt!: string;
  @ApiProperty({
    type: [CampaignWarningView],
    description: 'what an organizer should know but that does not stop the campaign',
  })
  warnings!: CampaignWarning[];
}

export class CampaignPage {
  @ApiProperty({ type: [CampaignView] }) items!: CampaignView[];
  @ApiProperty() total!: number;
  @ApiProperty() limit!: number;
  @ApiProperty() offset!: number;
}

export class LeftOutCommunityView {
  @ApiProperty({ example: 'c-19' }) communityId!: string;
  @ApiProperty({ example: '新建社区' }) name!: string;
  @ApiProperty({ example: '组织尚未建立' }) reason!: string;
}

export class LaunchResultView {
  @ApiProperty({ type: CampaignView }) campaign!: CampaignView;
  @ApiProperty({ description: 'cases opened by this launch' }) casesOpened!: number;
  @ApiProperty({ description: 'cases found already open (an interrupted earlier launch)' })
  casesAlreadyOpen!: number;
  @ApiProperty({ type: [LeftOutCommunityView], description: 'ineligible communities: no case' })
  leftOut!: LeftOutCommunityView[];
}

/** The domain's campaign, from a row whose pinned standard was joined. */
export function campaignOf(row: CampaignEntity): Campaign {
  if (row.standard === undefined) throw new Error(`campaign ${row.id} was read without its standard`);
  return {
    id: row.id,
    title: row.title,
    titleKind: row.titleKind,
    year: row.year,
    organizerJurisdictionId: row.organizerJurisdictionId,
    scopeJurisdictionId: row.scopeJurisdictionId,
    standard: { code: row.standard.code, version: row.standard.version },
    schedule: row.schedule,
    targets: row.targets,
    inspectionPolicy: row.inspectionPolicy,
    awardPolicy: row.awardPolicy,
    status: row.status,
    launchedAt: row.launchedAt?.toISOString() ?? null,
  };
}

/** The campaign as the API shows it; `warnings` from workingCalendarWarnings (none when not given). */
export function campaignViewOf(row: CampaignEntity, warnings: CampaignWarning[] = []): CampaignView {
  return {
    ...campaignOf(row),
    warnings,
    createdBy: row.createdBy,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}
