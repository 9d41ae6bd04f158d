import { ApiProperty, ApiPropertyOptional, OmitType } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsOptional,
  IsNumber,
  IsString,
  Matches,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { STANDARD_LIMITS } from '@app/domain';
import { SPREADSHEET_FORMATS, SpreadsheetFormat } from '../spreadsheets/spreadsheet';

// Shapes and types only (400 when wrong); the rules — unique codes, positive maxima, ordered tiers,
// items for every kind served — are validateStandard's, answered 422 with every problem listed.

export class StandardItemDto {
  @ApiProperty({ example: 'A-01' }) @IsString() @MaxLength(32) code!: string;
  @ApiProperty({ example: '成立平安创建工作领导小组' }) @IsString() @MaxLength(200) title!: string;
  @ApiProperty({ example: 5, description: '0 only for a pure veto item' }) @IsNumber() maxScore!: number;
  @ApiProperty({ example: 0.5 }) @IsNumber() scoreStep!: number;
  @ApiProperty({ enum: ['URBAN', 'RURAL', 'BOTH'] }) @IsString() appliesTo!: string;
  @ApiProperty({ example: ['领导小组成立文件'], type: [String] })
  @IsArray()
  @ArrayMaxSize(STANDARD_LIMITS.evidenceEntries)
  @IsString({ each: true })
  @MaxLength(STANDARD_LIMITS.evidenceLength, { each: true })
  evidence!: string[];
  @ApiProperty({ description: '一票否决' }) @IsBoolean() veto!: boolean;
}

export class StandardCategoryDto {
  @ApiProperty({ example: 'A' }) @IsString() @MaxLength(32) code!: string;
  @ApiProperty({ example: '组织领导' }) @IsString() @MaxLength(200) title!: string;
  @ApiProperty({ type: [StandardItemDto] })
  @IsArray()
  @ArrayMaxSize(STANDARD_LIMITS.itemsPerCategory)
  @ValidateNested({ each: true })
  @Type(() => StandardItemDto)
  items!: StandardItemDto[];
}

export class StandardTierDto {
  @ApiProperty({ example: '精品' }) @IsString() @MaxLength(50) name!: string;
  @ApiProperty({ example: 90 }) @IsNumber() minTotal!: number;
}

/** A standard's content; the code comes from the path when adding a version. */
export class CreateStandardDto {
  @ApiProperty({ example: 'PINGAN', description: 'letters, digits and -; the same code for every version' })
  @Matches(/^[A-Za-z0-9][A-Za-z0-9-]{0,31}$/, {
    message: 'code: expected 1 to 32 letters, digits or -, starting with a letter or digit',
  })
  code!: string;

  @ApiProperty({ example: '平安社区创建标准' }) @IsString() @MaxLength(200) title!: string;
  @ApiProperty({ example: '平安社区' }) @IsString() @MaxLength(100) titleKind!: string;

  @ApiProperty({ type: [StandardCategoryDto] })
  @IsArray()
  @ArrayMaxSize(STANDARD_LIMITS.categories)
  @ValidateNested({ each: true })
  @Type(() => StandardCategoryDto)
  categories!: StandardCategoryDto[];

  @ApiProperty({ type: [StandardTierDto], description: 'highest first, e.g. 精品 90, 示范 80, 达标 70' })
  @IsArray()
  @ArrayMaxSize(STANDARD_LIMITS.tiers)
  @ValidateNested({ each: true })
  @Type(() => StandardTierDto)
  tiers!: StandardTierDto[];
}

export class StandardVersionDto extends OmitType(CreateStandardDto, ['code'] as const) {}

export class StandardExportQueryDto {
  @ApiPropertyOptional({ enum: SPREADSHEET_FORMATS, default: 'xlsx' })
  @IsOptional()
  @IsIn(SPREADSHEET_FORMATS, { message: 'format must be xlsx or csv' })
  format?: SpreadsheetFormat;
}
