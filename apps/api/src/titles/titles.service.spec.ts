import { DomainError, DomainErrorCode } from '@app/domain';
import type { TitleRecord, TitleRepository } from '@app/persistence';
import type { AppConfig } from '@app/config';
import type { AuditService } from '../audit/audit.service';
import { ScopeService } from '../auth/scope.service';
import { immediateTransactions, mockOf, TRANSACTION } from '../testing/mock-of';
import { STREET_ORGANIZER, UNPLACED_ORGANIZER } from '../testing/actors';
import { TitlesService } from './titles.service';

const TITLE_ID = '0f8fad5b-d9cb-469f-a165-70867728950e';

function title(overrides: Partial<TitleRecord> = {}): TitleRecord & { communityPath: string } {
  return {
    id: TITLE_ID,
    communityId: 'c-01',
    titleKind: '平安社区',
    year: 2023,
    campaignId: 'cmp-1',
    certificateNumber: 'PINGAN-2023-c-01',
    validUntil: null,
    revokedAt: null,
    revokedReason: null,
    source: 'CAMPAIGN',
    communityPath: '/d-1/s-10/c-01/',
    ...overrides,
  };
}

describe(TitlesService.name, () => {
  let titles: ReturnType<typeof mockOf<TitleRepository>>;
  let audit: ReturnType<typeof mockOf<AuditService>>;
  let service: TitlesService;

  beforeEach(() => {
    titles = mockOf<TitleRepository>('page', 'lock', 'revoke');
    audit = mockOf<AuditService>('record');
    const scope = new ScopeService(mockOf('pathOf', 'pathsOf'));
    const config = { TIME_ZONE: 'Asia/Shanghai' } as AppConfig;
    service = new TitlesService(titles, immediateTransactions, scope, audit, config);
  });

  describe('list', () => {
    it('should read nothing and answer an empty page when the caller has no scope', async () => {
      const page = await service.list(UNPLACED_ORGANIZER, { limit: 20, offset: 0 });
      expect(page).toEqual({ items: [], total: 0, limit: 20, offset: 0 });
      expect(titles.page).not.toHaveBeenCalled();
    });

    it("should ask for the caller's subtree with the query's filters and page", async () => {
      titles.page.mockResolvedValue({ items: [title()], total: 41 });
      const page = await service.list(STREET_ORGANIZER, { limit: 1, offset: 40, titleKind: '平安社区' });
      expect(titles.page).toHaveBeenCalledWith({
        subtree: '/d-1/s-10/',
        communityId: undefined,
        titleKind: '平安社区',
        limit: 1,
        offset: 40,
      });
      expect(page).toEqual({ items: [title()], total: 41, limit: 1, offset: 40 });
    });
  });

  describe('revoke', () => {
    const reason = '复查不合格';

    it('should answer 404 for an id that is no uuid without opening a transaction', async () => {
      await expect(service.revoke(STREET_ORGANIZER, 'nope', { reason })).rejects.toMatchObject({
        code: DomainErrorCode.NOT_FOUND,
      });
      expect(titles.lock).not.toHaveBeenCalled();
    });

    it('should answer 404 for a title outside the caller’s subtree, as for none', async () => {
      titles.lock.mockResolvedValue({ ...title(), communityPath: '/d-1/s-11/c-99/' });
      await expect(service.revoke(STREET_ORGANIZER, TITLE_ID, { reason })).rejects.toMatchObject({
        code: DomainErrorCode.NOT_FOUND,
      });
      expect(titles.revoke).not.toHaveBeenCalled();
    });

    it('should answer 409 with the day when the title was revoked already', async () => {
      titles.lock.mockResolvedValue(title({ revokedAt: '2025-03-01' }));
      const error = await service.revoke(STREET_ORGANIZER, TITLE_ID, { reason }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(DomainError);
      expect(error).toMatchObject({ code: DomainErrorCode.CONFLICT, details: { revokedAt: '2025-03-01' } });
    });

    it.each(['2022-12-31', '2999-01-01'])(
      "should answer 400 naming revokedAt and its range for %s, before the title's year or after today",
      async (revokedAt) => {
        titles.lock.mockResolvedValue(title());
        await expect(service.revoke(STREET_ORGANIZER, TITLE_ID, { reason, revokedAt })).rejects.toMatchObject(
          {
            code: DomainErrorCode.INVALID_REQUEST,
            details: {
              problems: [
                {
                  field: 'revokedAt',
                  message: expect.stringMatching(/^摘牌日期须在 \d{4}-01-01（称号年度开始）至 /),
                },
              ],
            },
          },
        );
        expect(titles.revoke).not.toHaveBeenCalled();
      },
    );

    it('should revoke and audit in the one transaction, answering the revoked title', async () => {
      const revoked = title({ revokedAt: '2025-03-01', revokedReason: reason });
      titles.lock.mockResolvedValue(title());
      titles.revoke.mockResolvedValue(revoked);
      const answer = await service.revoke(STREET_ORGANIZER, TITLE_ID, { reason, revokedAt: '2025-03-01' });
      expect(answer).toBe(revoked);
      expect(titles.lock).toHaveBeenCalledWith(TRANSACTION, TITLE_ID);
      expect(titles.revoke).toHaveBeenCalledWith(TRANSACTION, TITLE_ID, '2025-03-01', reason);
      expect(audit.record).toHaveBeenCalledWith(
        STREET_ORGANIZER,
        {
          action: 'REVOKE_TITLE',
          campaignId: 'cmp-1',
          communityId: 'c-01',
          payload: {
            titleId: TITLE_ID,
            certificateNumber: 'PINGAN-2023-c-01',
            revokedAt: '2025-03-01',
            reason,
          },
        },
        TRANSACTION,
      );
    });
  });
});
