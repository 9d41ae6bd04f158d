import { QueryFailedError } from 'typeorm';
import type { AppConfig } from '@app/config';
import { DomainErrorCode } from '@app/domain';
import { buildCampaignSettings } from '@app/domain/campaign/campaign.fixture';
import type {
  CampaignEntity,
  CampaignRepository,
  JurisdictionRepository,
  StandardRepository,
  WorkingCalendarRepository,
} from '@app/persistence';
import type { AuditService } from '../audit/audit.service';
import { ScopeService } from '../auth/scope.service';
import { immediateTransactions, mockOf, TRANSACTION } from '../testing/mock-of';
import { STREET_ORGANIZER } from '../testing/actors';
import type { CampaignAccess } from './campaign-access.service';
import { CampaignsService } from './campaigns.service';

const STREET = { id: 'sfjd', level: 'STREET', path: '/d-1/s-10/' };
const STANDARD = { id: 'std-2', code: 'PINGAN', version: 2, titleKind: '平安社区' };

function campaignRow(status: CampaignEntity['status']): CampaignEntity {
  const { standard, ...settings } = buildCampaignSettings();
  return {
    id: 'sfjd-2026-pingan',
    ...settings,
    titleKind: '平安社区',
    standardId: STANDARD.id,
    standard: { ...STANDARD, ...standard },
    status,
    launchedAt: status === 'DRAFT' ? null : new Date('2026-02-01T00:00:00Z'),
    createdBy: 'u-organizer',
    createdAt: new Date('2026-01-01T00:00:00Z'),
    updatedAt: new Date('2026-01-01T00:00:00Z'),
  } as unknown as CampaignEntity;
}

describe(CampaignsService.name, () => {
  let campaigns: ReturnType<typeof mockOf<CampaignRepository>>;
  let jurisdictions: ReturnType<typeof mockOf<JurisdictionRepository>>;
  let standards: ReturnType<typeof mockOf<StandardRepository>>;
  let access: ReturnType<typeof mockOf<CampaignAccess>>;
  let audit: ReturnType<typeof mockOf<AuditService>>;
  let service: CampaignsService;

  beforeEach(() => {
    campaigns = mockOf<CampaignRepository>('insert', 'updateIfStatus');
    jurisdictions = mockOf<JurisdictionRepository>('findById');
    standards = mockOf<StandardRepository>('findVersionRef');
    access = mockOf<CampaignAccess>('find', 'visiblePage', 'changed');
    audit = mockOf<AuditService>('record');
    const calendars = mockOf<WorkingCalendarRepository>('knownYears', 'calendarFor');
    calendars.knownYears.mockResolvedValue([2026]);
    const scope = new ScopeService(mockOf('pathOf', 'pathsOf'));
    const config = { TIME_ZONE: 'Asia/Shanghai' } as AppConfig;
    service = new CampaignsService(
      campaigns,
      jurisdictions,
      standards,
      immediateTransactions,
      access,
      scope,
      audit,
      calendars,
      config,
    );
    jurisdictions.findById.mockResolvedValue(STREET);
    standards.findVersionRef.mockResolvedValue(STANDARD);
  });

  describe('create', () => {
    const dto = { id: 'sfjd-2026-pingan', ...buildCampaignSettings() };

    it('should answer 422 naming every unknown reference and write nothing', async () => {
      jurisdictions.findById.mockResolvedValue(null);
      standards.findVersionRef.mockResolvedValue(null);
      await expect(service.create(STREET_ORGANIZER, dto)).rejects.toMatchObject({
        code: DomainErrorCode.VALIDATION_FAILED,
        details: {
          problems: [
            expect.objectContaining({ field: 'organizerJurisdictionId' }),
            expect.objectContaining({ field: 'scopeJurisdictionId' }),
            expect.objectContaining({ field: 'standard' }),
          ],
        },
      });
      expect(campaigns.insert).not.toHaveBeenCalled();
    });

    it('should answer 409 when the id is taken', async () => {
      const taken = new QueryFailedError('INSERT', [], Object.assign(new Error('dup'), { code: '23505' }));
      campaigns.insert.mockRejectedValue(taken);
      await expect(service.create(STREET_ORGANIZER, dto)).rejects.toMatchObject({
        code: DomainErrorCode.CONFLICT,
        details: { id: 'sfjd-2026-pingan' },
      });
    });

    it('should insert a DRAFT with the pinned standard and audit it in the same transaction', async () => {
      access.find.mockResolvedValue(campaignRow('DRAFT'));
      const view = await service.create(STREET_ORGANIZER, dto);
      expect(campaigns.insert).toHaveBeenCalledWith(
        TRANSACTION,
        expect.objectContaining({
          id: 'sfjd-2026-pingan',
          status: 'DRAFT',
          standardId: 'std-2',
          titleKind: '平安社区',
          createdBy: 'u-organizer',
        }),
      );
      expect(audit.record).toHaveBeenCalledWith(
        STREET_ORGANIZER,
        expect.objectContaining({ action: 'CREATE_CAMPAIGN', campaignId: 'sfjd-2026-pingan' }),
        TRANSACTION,
      );
      expect(view).toMatchObject({ id: 'sfjd-2026-pingan', status: 'DRAFT', warnings: [] });
    });
  });

  describe('update', () => {
    it('should answer 409 naming the locked fields a launched campaign was asked to change', async () => {
      access.find.mockResolvedValue(campaignRow('LAUNCHED'));
      await expect(
        service.update(STREET_ORGANIZER, 'sfjd-2026-pingan', { year: 2027, title: '新标题' }),
      ).rejects.toMatchObject({ code: DomainErrorCode.CONFLICT, details: { fields: ['year'] } });
      expect(campaigns.updateIfStatus).not.toHaveBeenCalled();
    });

    it('should write and audit nothing when every value sent is unchanged', async () => {
      access.find.mockResolvedValue(campaignRow('LAUNCHED'));
      await service.update(STREET_ORGANIZER, 'sfjd-2026-pingan', { title: buildCampaignSettings().title });
      expect(campaigns.updateIfStatus).not.toHaveBeenCalled();
      expect(audit.record).not.toHaveBeenCalled();
    });

    it('should answer 409 when the status changed between the read and the write', async () => {
      access.find.mockResolvedValue(campaignRow('DRAFT'));
      campaigns.updateIfStatus.mockResolvedValue(false);
      await expect(
        service.update(STREET_ORGANIZER, 'sfjd-2026-pingan', { title: '新标题' }),
      ).rejects.toMatchObject({ code: DomainErrorCode.CONFLICT });
      expect(campaigns.updateIfStatus).toHaveBeenCalledWith(
        TRANSACTION,
        'sfjd-2026-pingan',
        'DRAFT',
        expect.objectContaining({ title: '新标题' }),
      );
      expect(audit.record).not.toHaveBeenCalled();
      expect(access.changed).not.toHaveBeenCalled();
    });
  });
});
