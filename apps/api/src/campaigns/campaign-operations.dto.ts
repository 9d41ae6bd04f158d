import { ApiProperty } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsIn, IsISO8601, IsString, MaxLength } from 'class-validator';

export class ExtendPhaseDto {
  @ApiProperty({ enum: ['application', 'selfCheck', 'inspection'] })
  @IsIn(['application', 'selfCheck', 'inspection'], {
    message: 'phase must be application, selfCheck or inspection',
  })
  phase!: 'application' | 'selfCheck' | 'inspection';

  @ApiProperty({ example: '2027-01-15T16:00:00Z' })
  @IsISO8601(
    { strict: true },
    { message: 'newDueAt must be an ISO 8601 date-time, e.g. 2027-01-15T16:00:00Z' },
  )
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
