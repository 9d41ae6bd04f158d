import { Injectable } from '@nestjs/common';
import {
  importRejected,
  readImportRows,
  readStandardRows,
  STANDARD_COLUMNS,
  standardSheet,
} from '@app/domain';
import {
  readSpreadsheet,
  SpreadsheetFile,
  SpreadsheetFormat,
  UploadedSpreadsheet,
  writeSpreadsheet,
} from '../spreadsheets/spreadsheet';
import { StandardSheetView } from './standard.view';
import { StandardsService } from './standards.service';

/** A standard's sheet written for download, with the name a clerk sees, e.g. PINGAN-v2 平安社区创建标准. */
export interface StandardSheetFile extends SpreadsheetFile {
  filename: string;
}

/**
 * A standard's items as offices keep them, in Excel: read from a sheet (STANDARD_COLUMNS, the same column
 * layer as every import) into categories to review, and written back out. Reading writes nothing — the
 * organizer reviews the items, sets the tiers and saves a version through StandardsService.
 */
@Injectable()
export class StandardSheetService {
  constructor(private readonly standards: StandardsService) {}

  /** The sheet's categories and items; 422 with every bad cell by row and column, 400 for an unreadable file. */
  async read(file: UploadedSpreadsheet | undefined): Promise<StandardSheetView> {
    const upload = await readSpreadsheet(file);
    const sheet = readImportRows(upload.records, STANDARD_COLUMNS);
    const { categories, problems } = readStandardRows(sheet);
    if (problems.length > 0) throw importRejected(problems, 'standard', sheet);
    const items = categories.reduce((sum, category) => sum + category.items.length, 0);
    return { headerRow: sheet.headerRow, items, categories };
  }

  /** One version's items as .xlsx or .csv, in the columns the import reads; 404 for an unknown version. */
  async export(code: string, version: string, format: SpreadsheetFormat): Promise<StandardSheetFile> {
    const standard = await this.standards.get(code, version);
    const name = `${standard.code}-v${standard.version}`;
    const file = await writeSpreadsheet(standardSheet(standard.categories, name), format);
    return { ...file, filename: `${name} ${standard.title}.${file.extension}` };
  }
}
