import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type {
  AwardPolicy,
  CampaignWarning,
  CampaignSchedule,
  CampaignStatus,
  CampaignTargets,
  InspectionPolicy,
  StandardRef,
} from '@app/domain';
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
