import { QueryFailedError } from 'typeorm';
import type { AppConfig } from '@app/config';
import { DomainErrorCode } from '@app/domain';
import type { UserAccountsRepository, UserRecord } from '@app/persistence';
import type { AuditService } from '../audit/audit.service';
import type { AccountStatusService } from '../auth/account-status.service';
import { immediateTransactions, mockOf, TRANSACTION } from '../testing/mock-of';
import { STREET_ORGANIZER } from '../testing/actors';
import { UsersService } from './users.service';

const COMMUNITY_NODE = { id: 'c-01', level: 'COMMUNITY', path: '/d-1/s-10/c-01/' };

function account(overrides: Partial<UserRecord> = {}): UserRecord {
  return {
    id: 'u-clerk',
    username: 'clerk01',
    displayName: '和平里社区居委会',
    role: 'COMMUNITY',
    scopeId: 'c-01',
    status: 'ACTIVE',
    disabledReason: null,
    email: null,
    createdAt: new Date('2026-01-01T00:00:00Z'),
    updatedAt: new Date('2026-01-01T00:00:00Z'),
    tokenVersion: 0,
    scopeName: '和平里社区',
    scopeLevel: 'COMMUNITY',
    scopePath: '/d-1/s-10/c-01/',
    ...overrides,
  };
}

describe(UsersService.name, () => {
  let accounts: ReturnType<typeof mockOf<UserAccountsRepository>>;
  let status: ReturnType<typeof mockOf<AccountStatusService>>;
  let audit: ReturnType<typeof mockOf<AuditService>>;
  let service: UsersService;

  beforeEach(() => {
    accounts = mockOf<UserAccountsRepository>(
      'scopeNodes',
      'takenUsernames',
      'insert',
      'find',
      'list',
      'update',
    );
    status = mockOf<AccountStatusService>('forget');
    audit = mockOf<AuditService>('record');
    const config = { PASSWORD_MIN_LENGTH: 8 } as AppConfig;
    service = new UsersService(immediateTransactions, accounts, status, audit, config);
    accounts.scopeNodes.mockResolvedValue(new Map([['c-01', COMMUNITY_NODE]]));
    accounts.takenUsernames.mockResolvedValue(new Set());
  });

  describe('create', () => {
    const dto = {
      username: 'clerk01',
      displayName: ' 和平里社区居委会 ',
      role: 'COMMUNITY',
      scopeId: 'c-01',
    };

    it('should answer 422 naming username when it is taken, and write nothing', async () => {
      accounts.takenUsernames.mockResolvedValue(new Set(['clerk01']));
      await expect(service.create(STREET_ORGANIZER, dto)).rejects.toMatchObject({
        code: DomainErrorCode.VALIDATION_FAILED,
        details: { problems: [expect.objectContaining({ field: 'username' })] },
      });
      expect(accounts.insert).not.toHaveBeenCalled();
    });

    it('should store a hash, never the generated password, audit without it, and hand it back once', async () => {
      accounts.insert.mockResolvedValue(['u-clerk']);
      accounts.find.mockResolvedValue(account());
      const created = await service.create(STREET_ORGANIZER, dto);
      const [[transaction, [row]]] = accounts.insert.mock.calls as [[unknown, { passwordHash: string }[]]];
      expect(transaction).toBe(TRANSACTION);
      expect(row).toMatchObject({
        username: 'clerk01',
        displayName: '和平里社区居委会',
        createdBy: 'u-organizer',
      });
      expect(created.generatedPassword).toEqual(expect.any(String));
      expect(row.passwordHash).not.toContain(created.generatedPassword);
      expect(JSON.stringify(audit.record.mock.calls)).not.toContain(created.generatedPassword);
      expect(audit.record).toHaveBeenCalledWith(
        STREET_ORGANIZER,
        expect.objectContaining({ action: 'CREATE_USER', campaignId: '_system' }),
        TRANSACTION,
      );
      expect(created.user).toMatchObject({ id: 'u-clerk', username: 'clerk01' });
    });

    it('should answer 409 when the username was taken between the check and the insert', async () => {
      const taken = new QueryFailedError('INSERT', [], Object.assign(new Error('dup'), { code: '23505' }));
      accounts.insert.mockRejectedValue(taken);
      await expect(
        service.create(STREET_ORGANIZER, { ...dto, password: 'a-long-password-1' }),
      ).rejects.toMatchObject({
        code: DomainErrorCode.CONFLICT,
      });
    });
  });

  it("should list an organizer's subtree without admins", async () => {
    accounts.list.mockResolvedValue({ rows: [account()], total: 1 });
    const page = await service.list(STREET_ORGANIZER, { limit: 20, offset: 0 });
    expect(accounts.list).toHaveBeenCalledWith(
      expect.objectContaining({ subtree: '/d-1/s-10/', excludeAdmins: true }),
      expect.objectContaining({ limit: 20, offset: 0 }),
    );
    expect(page).toMatchObject({ total: 1, items: [{ id: 'u-clerk' }] });
  });

  it('should answer 404 for an account outside the caller’s subtree, as for none', async () => {
    accounts.find.mockResolvedValue(account({ scopePath: '/d-2/s-20/c-09/' }));
    await expect(service.get(STREET_ORGANIZER, 'u-clerk')).rejects.toMatchObject({
      code: DomainErrorCode.NOT_FOUND,
    });
  });

  it("should refuse the account's tokens at once when its scope changes", async () => {
    accounts.find.mockResolvedValue(account());
    accounts.scopeNodes.mockResolvedValue(
      new Map([['c-02', { id: 'c-02', level: 'COMMUNITY', path: '/d-1/s-10/c-02/' }]]),
    );
    await service.update(STREET_ORGANIZER, 'u-clerk', { scopeId: 'c-02' });
    expect(accounts.update).toHaveBeenCalledWith(
      TRANSACTION,
      'u-clerk',
      expect.objectContaining({ scopeId: 'c-02', bumpTokenVersion: true }),
    );
    expect(status.forget).toHaveBeenCalledWith('u-clerk');
  });
});
