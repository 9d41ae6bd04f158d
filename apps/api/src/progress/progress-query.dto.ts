import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, Matches } from 'class-validator';
import { JURISDICTION_ID_PATTERN } from '@app/domain';
import { SPREADSHEET_FORMATS, SpreadsheetFormat } from '../spreadsheets/spreadsheet';

/** Which subtree of the campaign's scope to report on; the whole scope when absent. */
export class ProgressQueryDto {
  @ApiPropertyOptional({ example: 'sfjd', description: 'a jurisdiction inside the campaign scope' })
  @IsOptional()
  @Matches(JURISDICTION_ID_PATTERN, { message: 'jurisdictionId must be a jurisdiction id, e.g. sfjd' })
  jurisdictionId?: string;
}

export class ExportQueryDto extends ProgressQueryDto {
  @ApiPropertyOptional({ enum: SPREADSHEET_FORMATS, default: 'xlsx' })
  @IsOptional()
  @IsIn(SPREADSHEET_FORMATS, { message: 'format must be xlsx or csv' })
  format?: SpreadsheetFormat;
}
