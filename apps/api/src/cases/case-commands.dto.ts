import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsIn, IsString, MaxLength, MinLength } from 'class-validator';
import { DateTimeInput } from '../common/date-time-input.decorator';
import { IsBoundedJson, IsNumberMap, IsReferenceLists } from '../common/json-field.validators';
import { IsOmittable } from '../common/omittable.decorator';

// Shapes only: the workflow's validators check scores against the pinned standard and list every problem.
// Fields that may be left out are IsOmittable: absent takes the default, null is refused.

/** Enough for any standard (50 categories of up to 200 items would be more than any real one). */
const MAX_ITEMS = 1000;
/** Item codes, as StandardItemDto bounds them. */
const ITEM_CODE_MAX_LENGTH = 32;

export class SubmitApplicationDto {
  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    example: { summary: '申报材料：……', contact: '王主任 13800000000' },
    description: 'free-form: at most 8 levels of objects and lists, at most 64 KiB as JSON',
  })
  @IsBoundedJson({ maxDepth: 8, maxBytes: 64 * 1024 })
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

export class SubmitSelfCheckDto {
  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'number' },
    example: { 'A-01': 9, 'A-02': 4.5 },
    description: 'a score for every applicable item, keyed by item code',
  })
  @IsNumberMap({ maxEntries: MAX_ITEMS })
  scores!: Record<string, number>;

  @ApiPropertyOptional({
    type: 'object',
    additionalProperties: { type: 'array', items: { type: 'string' } },
    example: { 'A-01': ['file:ledger-2026.pdf'] },
  })
  @IsOmittable()
  @IsReferenceLists({ maxEntries: MAX_ITEMS, maxPerItem: 20, maxLength: 500 })
  evidence: Record<string, string[]> = {};

  @ApiProperty({ type: String, required: false, example: '自查情况说明' })
  @IsOmittable()
  @IsString()
  @MaxLength(5000)
  notes = '';
}

export class AssignInspectorsDto {
  @ApiProperty({
    type: [String],
    description: 'user ids of the inspectors, the full new list (add, remove, reassign)',
  })
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  inspectorIds!: string[];

  @ApiProperty({ type: String, required: false, example: '原检查员回避，转办' })
  @IsOmittable()
  @IsString()
  @MaxLength(500)
  reason = '';
}

export class SubmitCheckDto {
  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'number' },
    example: { 'A-01': 8, 'A-02': 4 },
  })
  @IsNumberMap({ maxEntries: MAX_ITEMS })
  scores!: Record<string, number>;

  @ApiProperty({ type: [String], required: false, example: [] })
  @IsOmittable()
  @IsArray()
  @ArrayMaxSize(MAX_ITEMS)
  @IsString({ each: true })
  @MaxLength(ITEM_CODE_MAX_LENGTH, { each: true })
  vetoFlags: string[] = [];

  @ApiProperty({ type: String, required: false, example: '消防通道堆放杂物' })
  @IsOmittable()
  @IsString()
  @MaxLength(5000)
  findings = '';

  @ApiProperty({
    type: [String],
    required: false,
    example: ['B-02'],
    description: 'items needing rectification (整改)',
  })
  @IsOmittable()
  @IsArray()
  @ArrayMaxSize(MAX_ITEMS)
  @IsString({ each: true })
  @MaxLength(ITEM_CODE_MAX_LENGTH, { each: true })
  rectifyItems: string[] = [];
}

export class SubmitRectificationDto {
  @ApiProperty({ example: '已清理消防通道并建立巡查台账' })
  @IsString()
  @MaxLength(5000)
  content!: string;
}

export class ConfirmScoresDto {
  @ApiProperty({ type: String, required: false })
  @IsOmittable()
  @IsString()
  @MaxLength(1000)
  note = '';
}

export class RaiseObjectionDto {
  @ApiProperty({ example: '该社区上月发生电动车火灾，未如实上报' })
  @IsString()
  @MinLength(1)
  @MaxLength(5000)
  content!: string;
}

export class PublicObjectionDto extends RaiseObjectionDto {
  @ApiProperty({ example: '张先生' })
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  name!: string;

  @ApiProperty({ example: '13900000000' })
  @IsString()
  @MinLength(3)
  @MaxLength(100)
  contact!: string;
}

export class ResolveObjectionDto {
  @ApiProperty({ enum: ['DISMISS', 'UPHOLD_NOT_AWARDED', 'UPHOLD_REINSPECT'] })
  @IsIn(['DISMISS', 'UPHOLD_NOT_AWARDED', 'UPHOLD_REINSPECT'], {
    message: 'decision must be DISMISS, UPHOLD_NOT_AWARDED or UPHOLD_REINSPECT',
  })
  decision!: 'DISMISS' | 'UPHOLD_NOT_AWARDED' | 'UPHOLD_REINSPECT';

  @ApiProperty({ example: '经核实，反映情况不属实' })
  @IsString()
  @MaxLength(1000)
  reason!: string;
}

export class ExtendDeadlineDto {
  @DateTimeInput({
    example: '2027-01-15',
    description: 'the new due date of the deadline the case runs against now',
  })
  newDueAt!: string;

  @ApiProperty({ example: '社区换届，延期两周' })
  @IsString()
  @MaxLength(500)
  reason!: string;
}

export class ChaseDto {
  @ApiProperty({ example: '请于本周五前提交自查报告' })
  @IsString()
  @MaxLength(1000)
  message!: string;
}

export class WithdrawCaseDto {
  @ApiProperty({ example: '社区合并，不再参加本次创建' })
  @IsString()
  @MaxLength(500)
  reason!: string;
}
