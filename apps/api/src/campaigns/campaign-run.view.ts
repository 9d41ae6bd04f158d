import { ApiProperty } from '@nestjs/swagger';
import type { CampaignLogEntry, CampaignRunState } from '@app/domain';
import { ActorView } from '../cases/case.view';
import { ScheduleDto } from './campaign.dto';

export class CampaignLogEntryView implements CampaignLogEntry {
  @ApiProperty({ example: 'EXTEND_PHASE:application' }) action!: string;
  @ApiProperty() at!: string;
  @ApiProperty({ type: ActorView }) by!: ActorView;
  @ApiProperty() detail!: string;
}

/** The campaign workflow's state: the live schedule, whether applications closed, what it did in bulk. */
export class CampaignRunStateView implements CampaignRunState {
  @ApiProperty() campaignId!: string;
  @ApiProperty() title!: string;
  @ApiProperty({ type: ScheduleDto }) schedule!: ScheduleDto;
  @ApiProperty({ enum: ['RUNNING', 'CANCELLED', 'FINISHED'] }) status!: 'RUNNING' | 'CANCELLED' | 'FINISHED';
  @ApiProperty() applicationClosed!: boolean;
  @ApiProperty({ type: [String] }) remindersSent!: string[];
  @ApiProperty({ type: [CampaignLogEntryView] }) log!: CampaignLogEntryView[];
}

export class AddedCommunitiesView {
  @ApiProperty({ description: 'cases opened (communities already in the campaign are skipped)' })
  added!: number;
}
