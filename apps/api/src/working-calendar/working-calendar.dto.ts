import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsString, Max, MaxLength, Min, MinLength } from 'class-validator';

/** The year in the path: the calendar is kept per year. */
export class CalendarYearParam {
  @ApiProperty({ example: 2026 })
  @Type(() => Number)
  @IsInt({ message: 'year must be a whole year, e.g. 2026' })
  @Min(2000, { message: 'year must be from 2000 to 2100' })
  @Max(2100, { message: 'year must be from 2000 to 2100' })
  year!: number;
}

/** Where the imported days come from (facts from the world are stored with their source). */
export class CalendarImportQuery {
  @ApiProperty({
    example: '国务院办公厅关于2027年部分节假日安排的通知',
    description: 'the document the days are taken from, as a person would cite it',
  })
  @IsString()
  @MinLength(4, {
    message:
      'source must name the notice the days come from, e.g. 国务院办公厅关于2027年部分节假日安排的通知',
  })
  @MaxLength(300)
  source!: string;
}
