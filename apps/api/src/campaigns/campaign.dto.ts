import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsInt,
  IsIn,
  IsNumber,
  IsObject,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { CAMPAIGN_ID_PATTERN, DAY_KINDS, DayKind } from '@app/domain';
import { DateTimeInput } from '../common/date-time-input.decorator';
import { IsOmittable } from '../common/omittable.decorator';
import { PG_INTEGER_MAX } from '../common/postgres-limits';

// Shapes and types only (400 when wrong; date-times read by @DateTimeInput); ranges and orderings are
// validateCampaignDraft's, answered 422 with every problem listed.

export class StandardRefDto {
  @ApiProperty({ example: 'PINGAN' }) @IsString() @MaxLength(32) code!: string;
  // Looked up in PostgreSQL (an integer column) before the rules run: a whole number in range, here.
  @ApiProperty({ example: 1, minimum: 1, maximum: PG_INTEGER_MAX, type: 'integer' })
  @IsInt({ message: 'version must be a whole number, 1 or more' })
  @Min(1, { message: 'version must be a whole number, 1 or more' })
  @Max(PG_INTEGER_MAX, { message: `version must be at most ${PG_INTEGER_MAX}` })
  version!: number;
}

export class ScheduleDto {
  @DateTimeInput({ example: '2026-12-01T09:00' }) applicationOpensAt!: string;
  @DateTimeInput({ example: '2026-12-31' }) applicationDueAt!: string;
  @DateTimeInput({ example: '2027-01-31' }) selfCheckDueAt!: string;
  @DateTimeInput({ example: '2027-02-01T09:00' }) inspectionStartsAt!: string;
  @DateTimeInput({ example: '2027-02-28' }) inspectionDueAt!: string;
  @ApiProperty({ example: 7, description: '公示期 in days, counted as noticeDayKind says' })
  @IsNumber()
  noticeDays!: number;
  @ApiPropertyOptional({
    enum: DAY_KINDS,
    default: 'CALENDAR',
    description:
      'CALENDAR: every day counts (自然日); WORKING: working days (工作日, e.g. 公示期为5个工作日)',
  })
  @IsOmittable()
  @IsIn(DAY_KINDS, { message: 'noticeDayKind must be CALENDAR or WORKING' })
  noticeDayKind?: DayKind;
  @DateTimeInput({ example: '2027-03-15T09:00' }) awardAt!: string;
  @ApiProperty({ example: [7, 1], type: [Number] })
  @IsArray()
  @ArrayMaxSize(10)
  @IsNumber({}, { each: true })
  reminderDaysBefore!: number[];
  @ApiProperty({ example: 3 }) @IsNumber() overdueRepeatDays!: number;
  @ApiProperty({ example: 5 }) @IsNumber() escalateAfterDays!: number;
}

export class TargetsDto {
  @ApiProperty({ example: 20 }) @IsNumber() newTitlesPercent!: number;
  @ApiProperty({ example: 60 }) @IsNumber() cumulativeTitlesPercent!: number;
}

export class InspectionPolicyDto {
  @ApiProperty({ example: 2 }) @IsNumber() minInspectors!: number;
  @ApiProperty({ example: 3 }) @IsNumber() maxInspectors!: number;
  @ApiProperty({ enum: ['MEAN', 'TRIMMED_MEAN'] }) @IsString() combine!: 'MEAN' | 'TRIMMED_MEAN';
  @ApiProperty() @IsBoolean() rectificationAllowed!: boolean;
  @ApiProperty({ example: 14, description: '整改 days, counted as rectificationDayKind says' })
  @IsNumber()
  rectificationDays!: number;
  @ApiPropertyOptional({
    enum: DAY_KINDS,
    default: 'CALENDAR',
    description:
      'CALENDAR (自然日) or WORKING (工作日): how rectification and a re-inspection round count days',
  })
  @IsOmittable()
  @IsIn(DAY_KINDS, { message: 'rectificationDayKind must be CALENDAR or WORKING' })
  rectificationDayKind?: DayKind;
  @ApiProperty({ enum: ['OWN_COMMUNITY', 'SAME_STREET'] })
  @IsString()
  conflictRule!: 'OWN_COMMUNITY' | 'SAME_STREET';
  @ApiProperty({ example: 10, description: '自评偏差 flagged above this many points' })
  @IsNumber()
  deviationThreshold!: number;
}

export class AwardPolicyDto {
  @ApiPropertyOptional({ type: Number, nullable: true, example: null, description: 'e.g. 10 for 十佳' })
  @IsOptional()
  @IsNumber()
  topN?: number | null;
  @ApiPropertyOptional({ type: String, nullable: true, example: '自查得分高者优先' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  tieBreak?: string | null;
  @ApiProperty({ example: 3 }) @IsNumber() validityYears!: number;
}

/** A new campaign (DRAFT). */
export class CreateCampaignDto {
  @ApiProperty({ example: 'sfjd-2026-pingan', description: 'a slug: a-z, 0-9 and -, 3 to 64' })
  @Matches(CAMPAIGN_ID_PATTERN, {
    message: 'id: expected 3 to 64 of a-z, 0-9 and -, starting with a letter or digit',
  })
  id!: string;

  @ApiProperty({ example: '2026年度示范街道平安社区创建' }) @IsString() @MaxLength(200) title!: string;
  @ApiProperty({ example: 2026 }) @IsNumber() year!: number;
  @ApiProperty({ example: 'sfjd' }) @IsString() @MaxLength(64) organizerJurisdictionId!: string;
  @ApiProperty({ example: 'sfjd' }) @IsString() @MaxLength(64) scopeJurisdictionId!: string;

  @ApiProperty({ type: StandardRefDto })
  @IsObject()
  @ValidateNested()
  @Type(() => StandardRefDto)
  standard!: StandardRefDto;

  @ApiProperty({ type: ScheduleDto })
  @IsObject()
  @ValidateNested()
  @Type(() => ScheduleDto)
  schedule!: ScheduleDto;

  @ApiProperty({ type: TargetsDto })
  @IsObject()
  @ValidateNested()
  @Type(() => TargetsDto)
  targets!: TargetsDto;

  @ApiProperty({ type: InspectionPolicyDto })
  @IsObject()
  @ValidateNested()
  @Type(() => InspectionPolicyDto)
  inspectionPolicy!: InspectionPolicyDto;

  @ApiProperty({ type: AwardPolicyDto })
  @IsObject()
  @ValidateNested()
  @Type(() => AwardPolicyDto)
  awardPolicy!: AwardPolicyDto;
}

// A field left out keeps its value; null is refused with the field named, except where the setting
// itself may be null (awardPolicy.topN, awardPolicy.tieBreak keep their IsOptional).
class PartialStandardRefDto extends PartialType(StandardRefDto, { skipNullProperties: false }) {}
class PartialScheduleDto extends PartialType(ScheduleDto, { skipNullProperties: false }) {}
class PartialTargetsDto extends PartialType(TargetsDto, { skipNullProperties: false }) {}
class PartialInspectionPolicyDto extends PartialType(InspectionPolicyDto, { skipNullProperties: false }) {}
class PartialAwardPolicyDto extends PartialType(AwardPolicyDto, { skipNullProperties: false }) {}

/** A change: only the fields given change, nested settings key by key. */
export class UpdateCampaignDto {
  @ApiPropertyOptional() @IsOmittable() @IsString() @MaxLength(200) title?: string;
  @ApiPropertyOptional() @IsOmittable() @IsNumber() year?: number;
  @ApiPropertyOptional() @IsOmittable() @IsString() @MaxLength(64) organizerJurisdictionId?: string;
  @ApiPropertyOptional() @IsOmittable() @IsString() @MaxLength(64) scopeJurisdictionId?: string;

  @ApiPropertyOptional({ type: PartialStandardRefDto })
  @IsOmittable()
  @IsObject()
  @ValidateNested()
  @Type(() => PartialStandardRefDto)
  standard?: PartialStandardRefDto;

  @ApiPropertyOptional({ type: PartialScheduleDto })
  @IsOmittable()
  @IsObject()
  @ValidateNested()
  @Type(() => PartialScheduleDto)
  schedule?: PartialScheduleDto;

  @ApiPropertyOptional({ type: PartialTargetsDto })
  @IsOmittable()
  @IsObject()
  @ValidateNested()
  @Type(() => PartialTargetsDto)
  targets?: PartialTargetsDto;

  @ApiPropertyOptional({ type: PartialInspectionPolicyDto })
  @IsOmittable()
  @IsObject()
  @ValidateNested()
  @Type(() => PartialInspectionPolicyDto)
  inspectionPolicy?: PartialInspectionPolicyDto;

  @ApiPropertyOptional({ type: PartialAwardPolicyDto })
  @IsOmittable()
  @IsObject()
  @ValidateNested()
  @Type(() => PartialAwardPolicyDto)
  awardPolicy?: PartialAwardPolicyDto;
}
