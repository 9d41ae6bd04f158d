import { Injectable } from '@nestjs/common';
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
import { JurisdictionRepository, Transactions } from '@app/persistence';
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
    private readonly jurisdictions: JurisdictionRepository,
    private readonly transactions: Transactions,
    private readonly audit: AuditService,
  ) {}

  async import(
    actor: AuthenticatedActor,
    file: UploadedSpreadsheet | undefined,
  ): Promise<JurisdictionImportResult> {
    const upload = await readSpreadsheet(file);
    const sheet = readImportRows(upload.records, JURISDICTION_COLUMNS);
    const existing = await this.jurisdictions.levelsAndPaths(
      jurisdictionImportReferences([...sheet.rows, ...sheet.incomplete]),
    );
    const context = {
      existing: new Map(existing.map((row) => [row.id, { level: row.level, path: row.path }])),
    };
    const { records, problems } = validateJurisdictionRows(sheet.rows, sheet.incomplete, context);
    if (sheet.problems.length + problems.length > 0) {
      throw importRejected([...sheet.problems, ...problems], 'jurisdictions', sheet);
    }
    const column = <K extends keyof (typeof records)[number]>(key: K) => records.map((record) => record[key]);
    const byLevel: Partial<Record<JurisdictionLevel, number>> = {};
    for (const record of records) byLevel[record.level] = (byLevel[record.level] ?? 0) + 1;
    try {
      await this.transactions.run(async (manager) => {
        await this.jurisdictions.insertMany(manager, {
          id: column('id'),
          parentId: column('parentId'),
          level: column('level'),
          name: column('name'),
          kind: column('kind'),
          eligible: column('eligible'),
          ineligibleReason: column('ineligibleReason'),
          path: column('path'),
        });
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
