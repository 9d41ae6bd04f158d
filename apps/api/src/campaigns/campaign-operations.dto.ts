import { ApiProperty } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsIn, IsString, MaxLength } from 'class-validator';
import { DateTimeInput } from '../common/date-time-input.decorator';

export class ExtendPhaseDto {
  @ApiProperty({ enum: ['application', 'selfCheck', 'inspection'] })
  @IsIn(['application', 'selfCheck', 'inspection'], {
    message: 'phase must be application, selfCheck or inspection',
  })
  phase!: 'application' | 'selfCheck' | 'inspection';

  @DateTimeInput({ example: '2027-01-15', description: 'the phase’s new due date for every case' })
  newDueAt!: string;

  @ApiProperty({ example: '春节假期，全体顺延一周' })
  @IsString()
  @MaxLength(500)
  reason!: string;
}

export class CancelCampaignDto {
  @ApiProperty({ example: '上级通知暂停本年度创建' })
  @IsString()
  @MaxLength(500)
  reason!: string;
}

export class AddCommunitiesDto {
  @ApiProperty({ type: [String], example: ['c-21'] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(10_000)
  @IsString({ each: true })
  communityIds!: string[];
}
