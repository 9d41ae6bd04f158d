import { queryOptions } from '@tanstack/react-query';
import type { CaseStage } from '@app/domain';
import { api, unwrap } from '../api/client';

export const CASE_TABLE_PAGE_SIZE = 20;

/** The case table's filters and page, as its address carries them. */
export interface CaseTableFilter {
  stage?: string;
  streetId?: string;
  tier?: string;
  overdue: boolean;
  page: number;
}

export function caseTableFilterOf(params: URLSearchParams): CaseTableFilter {
  return {
    stage: params.get('stage') ?? undefined,
    streetId: params.get('streetId') ?? undefined,
    tier: params.get('tier') ?? undefined,
    overdue: params.get('overdue') === 'true',
    page: Number(params.get('page') ?? '1'),
  };
}

/** One page of a campaign's cases, filtered on the server. */
export function caseTableQuery(
  campaignId: string,
  { stage, streetId, tier, overdue, page }: CaseTableFilter,
) {
  return queryOptions({
    queryKey: ['cases', campaignId, { stage, streetId, tier, overdue, page }],
    queryFn: () =>
      unwrap(
        api.GET('/campaigns/{campaignId}/cases', {
          params: {
            path: { campaignId },
            query: {
              stage: stage as CaseStage | undefined,
              streetId,
              tier,
              overdue: overdue || undefined,
              limit: CASE_TABLE_PAGE_SIZE,
              offset: (page - 1) * CASE_TABLE_PAGE_SIZE,
            },
          },
        }),
      ),
  });
}

/** The counts per stage (and the targets' attainment) over the campaign, or over one jurisdiction in it. */
export function progressQuery(campaignId: string, jurisdictionId: string | undefined) {
  return queryOptions({
    queryKey: ['progress', campaignId, jurisdictionId ?? 'all'],
    queryFn: () =>
      unwrap(
        api.GET('/campaigns/{id}/progress', {
          params: { path: { id: campaignId }, query: { jurisdictionId } },
        }),
      ),
  });
}

/** The same per child jurisdiction of the campaign's scope, or of one jurisdiction in it (the dashboard's table). */
export function childrenProgressQuery(campaignId: string, jurisdictionId: string | undefined) {
  return queryOptions({
    queryKey: ['progress', campaignId, 'children', jurisdictionId ?? 'all'],
    queryFn: () =>
      unwrap(
        api.GET('/campaigns/{id}/progress/children', {
          params: { path: { id: campaignId }, query: { jurisdictionId } },
        }),
      ),
  });
}
