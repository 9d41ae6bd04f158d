import type { AppConfig } from '@app/config';
import { CaseStage, DomainErrorCode } from '@app/domain';
import type { ProgressCountsRepository } from '@app/persistence';
import { ScopeService } from '../auth/scope.service';
import type { CampaignScope } from '../auth/campaign-scope.service';
import { mockOf } from '../testing/mock-of';
import { STREET_ORGANIZER } from '../testing/actors';
import { ProgressService } from './progress.service';

const DISTRICT = { id: 'd-1', name: '东城区', level: 'DISTRICT', path: '/d-1/' };
const STREET = { id: 's-10', name: '和平里街道', level: 'STREET', path: '/d-1/s-10/' };
const OTHER_STREET = { id: 's-11', name: '东四街道', level: 'STREET', path: '/d-1/s-11/' };
const CAMPAIGN = {
  id: 'cmp-1',
  titleKind: '平安社区',
  year: 2026,
  scopeJurisdictionId: 'd-1',
  standardId: 'std-2',
  targets: { newTitlesPercent: 20, cumulativeTitlesPercent: 60 },
};
const COUNTS = {
  eligible: 10,
  previouslyTitled: 2,
  stageCounts: [{ stage: CaseStage.AWARDED, tier: '优秀', renewal: false, cases: 3 }],
  overdue: [],
};

describe(ProgressService.name, () => {
  let counts: ReturnType<typeof mockOf<ProgressCountsRepository>>;
  let campaignScope: ReturnType<typeof mockOf<CampaignScope>>;
  /** The campaign's row as the one subject statement reads it, with the nodes it found. */
  const subjectRow = (nodes: object[]) =>
    ({ ...CAMPAIGN, tiers: [{ name: '优秀' }, { name: '合格' }], nodes }) as never;
  const subjectWith = (nodes: object[], countsByPath: Map<string, typeof COUNTS> | null = null) => {
    counts.subject.mockResolvedValue(subjectRow(nodes));
    counts.subjectWithCounts.mockResolvedValue({ subject: subjectRow(nodes), counts: countsByPath });
  };
  let service: ProgressService;

  beforeEach(() => {
    campaignScope = mockOf<CampaignScope>('require');
    campaignScope.require.mockResolvedValue('PART');
    counts = mockOf<ProgressCountsRepository>(
      'nodeCounts',
      'communityCounts',
      'childrenOf',
      'subject',
      'subjectWithCounts',
    );
    const scope = new ScopeService(mockOf('pathOf', 'pathsOf'));
    const config = { TIME_ZONE: 'Asia/Shanghai' } as AppConfig;
    service = new ProgressService(campaignScope, scope, counts, config);
  });

  it("should report a part-taking office's own subtree by default, read with its counters in one call", async () => {
    subjectWith([DISTRICT, STREET], new Map([[STREET.path, COUNTS]]));
    const progress = await service.progress(STREET_ORGANIZER, 'cmp-1');
    expect(counts.subjectWithCounts).toHaveBeenCalledWith('cmp-1', ['s-10']);
    expect(counts.nodeCounts).not.toHaveBeenCalled();
    expect(progress).toMatchObject({ campaignId: 'cmp-1', jurisdiction: STREET, eligible: 10 });
  });

  it('should read the counters again (recomputing the baseline) when the one-call read found it stale', async () => {
    subjectWith([DISTRICT, STREET], null);
    counts.nodeCounts.mockResolvedValue(new Map([[STREET.path, COUNTS]]));
    const progress = await service.progress(STREET_ORGANIZER, 'cmp-1');
    expect(counts.nodeCounts).toHaveBeenCalledWith(
      { id: 'cmp-1', titleKind: '平安社区', year: 2026, scopePath: '/d-1/', targets: CAMPAIGN.targets },
      [STREET.path],
    );
    expect(progress).toMatchObject({ campaignId: 'cmp-1', jurisdiction: STREET, eligible: 10 });
  });

  it("should answer 404 for a subtree outside the caller's scope and count nothing", async () => {
    subjectWith([DISTRICT, OTHER_STREET]);
    await expect(service.progress(STREET_ORGANIZER, 'cmp-1', 's-11')).rejects.toMatchObject({
      code: DomainErrorCode.NOT_FOUND,
    });
    expect(counts.nodeCounts).not.toHaveBeenCalled();
  });

  it('should answer 404 for a jurisdiction outside the campaign', async () => {
    subjectWith([DISTRICT]);
    await expect(service.progress(STREET_ORGANIZER, 'cmp-1', 'x-9')).rejects.toMatchObject({
      code: DomainErrorCode.NOT_FOUND,
    });
  });

  it('should read the children one level down and their counters in one call', async () => {
    const community = { id: 'c-01', name: '和平里社区', level: 'COMMUNITY', path: '/d-1/s-10/c-01/' };
    subjectWith([DISTRICT, STREET]);
    counts.childrenOf.mockResolvedValue([community]);
    counts.nodeCounts.mockResolvedValue(new Map([[community.path, COUNTS]]));
    const children = await service.children(STREET_ORGANIZER, 'cmp-1');
    expect(counts.childrenOf).toHaveBeenCalledWith('s-10');
    expect(counts.nodeCounts).toHaveBeenCalledTimes(1);
    expect(children).toEqual([expect.objectContaining({ jurisdiction: community, eligible: 10 })]);
  });
});
