import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsEnum,
  IsIn,
  IsObject,
  IsString,
  IsUUID,
  MaxLength,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { CaseStage } from '@app/domain';
import { DateTimeInput } from '../common/date-time-input.decorator';
import { IsOmittable } from '../common/omittable.decorator';
import { BatchAction } from './batch-actions';

/** The most cases one batch takes (a provincial competition is about 5,000 communities). */
export const MAX_BATCH_CASES = 5000;

/** The case list's own filters: a batch over "every case that matches" takes them all. */
export class CaseBatchFilterDto {
  @ApiPropertyOptional({ enum: CaseStage })
  @IsOmittable()
  @IsIn(Object.values(CaseStage), { message: `stage must be one of ${Object.values(CaseStage).join(', ')}` })
  stage?: CaseStage;

  @ApiPropertyOptional({ example: 'sfjd' })
  @IsOmittable()
  @IsString()
  @MaxLength(100)
  streetId?: string;

  @ApiPropertyOptional({ example: '示范' })
  @IsOmittable()
  @IsString()
  @MaxLength(100)
  tier?: string;

  @ApiPropertyOptional({ description: 'only cases past their current due date' })
  @IsOmittable()
  @IsBoolean()
  overdue?: boolean;
}

export class CreateCaseBatchDto {
  @ApiProperty({
    format: 'uuid',
    description:
      'chosen by the caller (a new UUID per batch): sending the same batch again resumes it — cases already ' +
      'done are not acted on twice',
  })
  @IsUUID('all', { message: 'id must be a UUID' })
  id!: string;

  @ApiProperty({ enum: BatchAction, enumName: 'BatchAction' })
  @IsEnum(BatchAction, { message: `action must be one of ${Object.values(BatchAction).join(', ')}` })
  action!: BatchAction;

  @ApiPropertyOptional({
    type: [String],
    example: ['c-01', 'c-02'],
    description: `the selected cases (1 to ${MAX_BATCH_CASES}); or give filter instead`,
  })
  @IsOmittable()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_BATCH_CASES)
  @IsString({ each: true })
  @MinLength(1, { each: true })
  @MaxLength(100, { each: true })
  communityIds?: string[];

  @ApiPropertyOptional({ type: CaseBatchFilterDto, description: 'every case of the campaign that matches' })
  @IsOmittable()
  @IsObject()
  @ValidateNested()
  @Type(() => CaseBatchFilterDto)
  filter?: CaseBatchFilterDto;

  @ApiPropertyOptional({
    example: '缺少居委会盖章',
    description: 'RETURN_APPLICATION and EXTEND_DEADLINE: the one reason',
  })
  @IsOmittable()
  @IsString()
  @MinLength(1)
  @MaxLength(500)
  reason?: string;

  @ApiPropertyOptional({ example: '请于本周五前提交自查报告', description: 'CHASE: the message' })
  @IsOmittable()
  @IsString()
  @MinLength(1)
  @MaxLength(1000)
  message?: string;

  @DateTimeInput({
    required: false,
    description: "EXTEND_DEADLINE: the new due date of each case's current deadline",
  })
  @IsOmittable()
  newDueAt?: string;

  @ApiPropertyOptional({ description: 'CONFIRM_SCORES: an optional note' })
  @IsOmittable()
  @IsString()
  @MaxLength(1000)
  note?: string;
}
