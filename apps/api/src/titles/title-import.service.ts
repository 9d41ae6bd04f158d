import { Injectable } from '@nestjs/common';
import { AppConfig } from '@app/config';
import {
  DomainError,
  DomainErrorCode,
  ImportRow,
  importRejected,
  latestRevocationDay,
  readImportRows,
  TITLE_COLUMNS,
  titleImportReferences,
  validateTitleRows,
} from '@app/domain';
import { JurisdictionRepository, TitleRepository, Transactions } from '@app/persistence';
import { AuditService, SYSTEM_AUDIT_CHAIN } from '../audit/audit.service';
import { AuthenticatedActor } from '../auth/authenticated-actor';
import { ScopeService } from '../auth/scope.service';
import { isUniqueViolation } from '../common/unique-violation';
import { readSpreadsheet, UploadedSpreadsheet } from '../spreadsheets/spreadsheet';
import { TitleImportResult } from './title.view';

/**
 * Imports earlier years' titles from CSV or XLSX: every row is checked (communities in the caller's
 * scope, years, dates, certificate numbers unique in the file and the registry); one bad cell and
 * nothing is written, otherwise every row goes in with one statement in one transaction.
 */
@Injectable()
export class TitleImportService {
  constructor(
    private readonly titles: TitleRepository,
    private readonly jurisdictions: JurisdictionRepository,
    private readonly transactions: Transactions,
    private readonly scope: ScopeService,
    private readonly audit: AuditService,
    private readonly config: AppConfig,
  ) {}

  async import(actor: AuthenticatedActor, file: UploadedSpreadsheet | undefined): Promise<TitleImportResult> {
    const upload = await readSpreadsheet(file);
    const sheet = readImportRows(upload.records, TITLE_COLUMNS);
    const context = await this.contextFor(actor, sheet.rows);
    const { records, problems } = validateTitleRows(sheet.rows, sheet.incomplete, context);
    if (sheet.problems.length + problems.length > 0) {
      throw importRejected([...sheet.problems, ...problems], 'titles', sheet);
    }
    const column = <K extends keyof (typeof records)[number]>(key: K) => records.map((record) => record[key]);
    try {
      await this.transactions.run(async (transaction) => {
        await this.titles.insertImported(transaction, records);
        const payload = {
          file: file?.originalname,
          format: upload.format,
          encoding: upload.encoding,
          headerRow: sheet.headerRow,
          imported: records.length,
          titleKinds: [...new Set(column('titleKind'))],
          years: [...new Set(column('year'))].sort(),
        };
        await this.audit.record(
          actor,
          { action: 'IMPORT_TITLES', campaignId: SYSTEM_AUDIT_CHAIN, payload },
          transaction,
        );
      });
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
      throw new DomainError(
        DomainErrorCode.CONFLICT,
        'A certificate number of the file was recorded meanwhile; upload again',
      );
    }
    return { imported: records.length };
  }

  private async contextFor(actor: AuthenticatedActor, rows: ImportRow<typeof TITLE_COLUMNS>[]) {
    const { communityIds, certificateNumbers } = titleImportReferences(rows);
    // No scope: no community can be named (every row reports it), but certificates are still checked.
    const subtree = this.scope.subtreeOf(actor) ?? '//';
    const [communityPaths, takenCertificates] = await Promise.all([
      this.jurisdictions.communityPathsUnder(communityIds, subtree),
      this.titles.takenCertificates(certificateNumbers),
    ]);
    return {
      communityPaths,
      takenCertificates,
      today: latestRevocationDay(Date.now(), this.config.TIME_ZONE),
    };
  }
}
