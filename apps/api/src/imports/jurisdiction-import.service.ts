import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import {
  DomainError,
  DomainErrorCode,
  importRejected,
  JURISDICTION_COLUMNS,
  jurisdictionImportReferences,
  JurisdictionLevel,
  readImportRows,
  validateJurisdictionRows,
} from '@app/domain';
import { AuditService, SYSTEM_AUDIT_CHAIN } from '../audit/audit.service';
import { AuthenticatedActor } from '../auth/authenticated-actor';
import { isUniqueViolation } from '../common/unique-violation';
import { readSpreadsheet, UploadedSpreadsheet } from '../spreadsheets/spreadsheet';

export interface JurisdictionImportResult {
  imported: number;
  byLevel: Partial<Record<JurisdictionLevel, number>>;
}

/**
 * Imports jurisdictions and communities from CSV or XLSX, validated as a whole (parents in the database
 * or on an earlier row, one level down each time, communities with a kind); all rows or none, inserted
 * with one statement and their paths computed.
 */
@Injectable()
export class JurisdictionImportService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async import(
    actor: AuthenticatedActor,
    file: UploadedSpreadsheet | undefined,
  ): Promise<JurisdictionImportResult> {
    const upload = await readSpreadsheet(file);
    const sheet = readImportRows(upload.records, JURISDICTION_COLUMNS);
    const existing = await this.dataSource.query<{ id: string; level: JurisdictionLevel; path: string }[]>(
      `SELECT id, level, path FROM jurisdiction WHERE id = ANY($1::text[])`,
      [jurisdictionImportReferences([...sheet.rows, ...sheet.incomplete])],
    );
    const context = {
      existing: new Map(existing.map((row) => [row.id, { level: row.level, path: row.path }])),
    };
    const { records, problems } = validateJurisdictionRows(sheet.rows, sheet.incomplete, context);
    if (sheet.problems.length + problems.length > 0) {
      throw importRejected([...sheet.problems, ...problems], 'jurisdictions');
    }
    const column = <K extends keyof (typeof records)[number]>(key: K) => records.map((record) => record[key]);
    const byLevel: Partial<Record<JurisdictionLevel, number>> = {};
    for (const record of records) byLevel[record.level] = (byLevel[record.level] ?? 0) + 1;
    try {
      await this.dataSource.transaction(async (manager) => {
        // Parents come before children in the file, and unnest keeps that order within one statement.
        await manager.query(
          `INSERT INTO jurisdiction (id, parent_id, level, name, kind, eligible, ineligible_reason, path)
           SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::boolean[],
                                $7::text[], $8::text[])`,
          [
            column('id'),
            column('parentId'),
            column('level'),
            column('name'),
            column('kind'),
            column('eligible'),
            column('ineligibleReason'),
            column('path'),
          ],
        );
        const payload = {
          file: file?.originalname,
          format: upload.format,
          encoding: upload.encoding,
          headerRow: sheet.headerRow,
          imported: records.length,
          byLevel,
        };
        await this.audit.record(
          actor,
          { action: 'IMPORT_JURISDICTIONS', campaignId: SYSTEM_AUDIT_CHAIN, payload },
          manager,
        );
      });
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
      throw new DomainError(DomainErrorCode.CONFLICT, 'An id of the file was added meanwhile; upload again');
    }
    return { imported: records.length, byLevel };
  }
}
