import { ApiProperty } from '@nestjs/swagger';
import { IsString, MaxLength } from 'class-validator';

/** Path parameters naming a case: campaign and community. */
export class CaseIds {
  @ApiProperty({ example: 'demo-2026-pingan' })
  @IsString()
  @MaxLength(100)
  campaignId!: string;

  @ApiProperty({ example: 'c-01' })
  @IsString()
  @MaxLength(100)
  communityId!: string;
}

export class ObjectionIds extends CaseIds {
  @ApiProperty({ example: '1' })
  @IsString()
  @MaxLength(100)
  objectionId!: string;
}
