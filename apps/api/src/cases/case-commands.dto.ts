import { ApiProperty } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  IsArray,
  IsIn,
  IsISO8601,
  IsObject,
  IsString,
  Matches,
  MaxLength,
  MinLength,
} from 'class-validator';

export class StartCaseDto {
  @ApiProperty({ example: 'c-01' })
  @Matches(/^[A-Za-z0-9_-]{1,64}$/, { message: 'communityId: letters, digits, - and _ only, at most 64' })
  communityId!: string;

  @ApiProperty({ example: '2026-12-31T16:00:00Z', description: 'application deadline (ISO 8601)' })
  @IsISO8601(
    { strict: true },
    { message: 'applicationDueAt must be an ISO 8601 date-time, e.g. 2026-12-31T16:00:00Z' },
  )
  applicationDueAt!: string;
}

export class SubmitApplicationDto {
  @ApiProperty({ example: { summary: '申报材料：……', contact: '王主任 13800000000' } })
  @IsObject({ message: 'content must be an object with the application fields' })
  content!: Record<string, unknown>;
}

export class ReviewApplicationDto {
  @ApiProperty({ enum: ['ACCEPT', 'RETURN'] })
  @IsIn(['ACCEPT', 'RETURN'], { message: 'decision must be ACCEPT or RETURN' })
  decision!: 'ACCEPT' | 'RETURN';

  @ApiProperty({ example: ['缺少居委会盖章'], required: false, type: [String] })
  @IsArray()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @MaxLength(500, { each: true })
  reasons: string[] = [];
}

export class ExtendDeadlineDto {
  @ApiProperty({ example: '2027-01-15T16:00:00Z' })
  @IsISO8601(
    { strict: true },
    { message: 'newDueAt must be an ISO 8601 date-time, e.g. 2027-01-15T16:00:00Z' },
  )
  newDueAt!: string;

  @ApiProperty({ example: '社区换届，延期两周' })
  @IsString()
  @MinLength(1)
  @MaxLength(500)
  reason!: string;
}

export class WithdrawCaseDto {
  @ApiProperty({ example: '社区合并，不再参加本次创建' })
  @IsString()
  @MinLength(1)
  @MaxLength(500)
  reason!: string;
}
