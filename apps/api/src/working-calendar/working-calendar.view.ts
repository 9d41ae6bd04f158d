import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

export class CalendarDayView {
  @ApiProperty({ example: '2026-10-10' }) date!: string;
  @ApiProperty({ enum: ['REST', 'WORK'] }) kind!: 'REST' | 'WORK';
  @ApiProperty({ enum: ['休', '班'], description: '休 a day off, 班 a weekend worked (调休)' })
  label!: string;
  @ApiProperty({ example: '国庆节' }) name!: string;
}

/** One year of the working-day calendar as it counts: the arrangement if imported, else weekends only. */
export class CalendarYearView {
  @ApiProperty({ example: 2026 }) year!: number;
  @ApiProperty({ description: 'false: no arrangement imported; Monday to Friday count, without 调休' })
  known!: boolean;
  @ApiPropertyOptional({ type: String, nullable: true }) source!: string | null;
  @ApiPropertyOptional({ type: String, nullable: true }) importedBy!: string | null;
  @ApiPropertyOptional({ type: String, nullable: true }) importedAt!: string | null;
  @ApiProperty({ example: 248, description: 'working days in the year as counted' }) workingDays!: number;
  @ApiProperty({ type: [CalendarDayView] }) days!: CalendarDayView[];
  @ApiProperty({ example: '2026年工作日按国务院办公厅通知的节假日安排计算' }) note!: string;
}

export class CalendarImportView extends CalendarYearView {
  @ApiProperty({ description: 'launched campaigns counting working days over the year, told of the change' })
  campaignsInformed!: number;
}

export class CalendarYearsView {
  @ApiProperty({ type: [Number], example: [2026], description: 'years whose arrangement is imported' })
  years!: number[];
}
