import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../api/client';
import type { components } from '../api/schema';

export type CaseFile = components['schemas']['CaseFileView'];
export type CaseState = components['schemas']['CaseStateView'];
export type Standard = components['schemas']['StandardView'];

/** One case file (what the caller may see of it, and the actions they may take now). */
export function caseFileQuery(campaignId: string, communityId: string) {
  return queryOptions({
    queryKey: ['case', campaignId, communityId],
    queryFn: () =>
      unwrap(
        api.GET('/campaigns/{campaignId}/cases/{communityId}', {
          params: { path: { campaignId, communityId } },
        }),
      ),
  });
}

export function useCaseFile(campaignId: string, communityId: string) {
  return useQuery(caseFileQuery(campaignId, communityId));
}

/** A pinned standard version; immutable, so cached for the whole visit. */
export function standardQuery(code: string | undefined, version: number | undefined) {
  return queryOptions({
    queryKey: ['standard', code, version],
    enabled: code !== undefined && version !== undefined,
    staleTime: Infinity,
    queryFn: () =>
      unwrap(
        api.GET('/standards/{code}/versions/{version}', {
          params: { path: { code: code!, version: String(version) } },
        }),
      ),
  });
}

export function useStandard(code: string | undefined, version: number | undefined) {
  return useQuery(standardQuery(code, version));
}

/** The campaign (clerks and organizers may read it; inspectors read the standard through the case). */
export function campaignQuery(campaignId: string) {
  return queryOptions({
    queryKey: ['campaign', campaignId],
    queryFn: () => unwrap(api.GET('/campaigns/{id}', { params: { path: { id: campaignId } } })),
  });
}

export function useCampaign(campaignId: string, enabled = true) {
  return useQuery({ ...campaignQuery(campaignId), enabled });
}
