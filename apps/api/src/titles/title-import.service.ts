import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import {
  DomainError,
  DomainErrorCode,
  ImportRow,
  importRejected,
  readImportRows,
  TITLE_COLUMNS,
  titleImportReferences,
  validateTitleRows,
} from '@app/domain';
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
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly scope: ScopeService,
    private readonly audit: AuditService,
  ) {}

  async import(actor: AuthenticatedActor, file: UploadedSpreadsheet | undefined): Promise<TitleImportResult> {
    const upload = await readSpreadsheet(file);
    const sheet = readImportRows(upload.records, TITLE_COLUMNS);
    const context = await this.contextFor(actor, sheet.rows);
    const { records, problems } = validateTitleRows(sheet.rows, sheet.incomplete, context);
    if (sheet.problems.length + problems.length > 0) {
      throw importRejected([...sheet.problems, ...problems], 'titles');
    }
    const column = <K extends keyof (typeof records)[number]>(key: K) => records.map((record) => record[key]);
    try {
      await this.dataSource.transaction(async (manager) => {
        await manager.query(
          `INSERT INTO community_title (community_id, community_path, title_kind, year, certificate_number,
                                        valid_until, revoked_at, source)
           SELECT community_id, community_path, title_kind, year, certificate_number, valid_until, revoked_at, 'IMPORT'
             FROM unnest($1::text[], $2::text[], $3::text[], $4::int[], $5::text[], $6::date[], $7::date[])
                  AS t(community_id, community_path, title_kind, year, certificate_number, valid_until, revoked_at)`,
          [
            column('communityId'),
            column('communityPath'),
            column('titleKind'),
            column('year'),
            column('certificateNumber'),
            column('validUntil'),
            column('revokedAt'),
          ],
        );
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
          manager,
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
    const [communities, taken] = await Promise.all([
      this.dataSource.query<{ id: string; path: string }[]>(
        `SELECT id, path FROM jurisdiction WHERE level = 'COMMUNITY' AND id = ANY($1::text[]) AND path LIKE $2 || '%'`,
        [communityIds, subtree],
      ),
      this.dataSource.query<{ certificate_number: string }[]>(
        `SELECT certificate_number FROM community_title WHERE certificate_number = ANY($1::text[])`,
        [certificateNumbers],
      ),
    ]);
    return {
      communityPaths: new Map(communities.map((row) => [row.id, row.path])),
      takenCertificates: new Set(taken.map((row) => row.certificate_number)),
    };
  }
}
