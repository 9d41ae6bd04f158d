import { useQuery } from '@tanstack/react-query';
import { lazy, Suspense, type ReactNode } from 'react';
import { useParams } from 'react-router';
import { api, unwrap } from '../api/client';
import { isApiError } from '../api/api-error';
import { useCampaign } from '../cases/case-queries';

const GonePage = lazy(() => import('./error-page').then((module) => ({ default: module.GonePage })));

/** Whether a read answered 404: no such thing, or not in the reader's scope (the API does not say which). */
export function isNotFound(error: unknown): boolean {
  return isApiError(error) && error.status === 404;
}

/**
 * Every campaign-level page (the router's campaigns/:campaignId/…) sits in this: when the campaign its
 * address names reads 404 — or, for a batch page, the batch — the page is replaced by 没有找到 and a way
 * back, so a mistyped or passed-on link never shows counts, filters and buttons over nothing. The page
 * renders meanwhile (its reads start beside this one, and the campaign's read is the same cached query the
 * page uses), and is replaced once the 404 arrives.
 */
export function CampaignGate({ children }: { children: ReactNode }) {
  const { campaignId = '', batchId } = useParams();
  const campaign = useCampaign(campaignId);
  const batch = useQuery({
    queryKey: ['batch', campaignId, batchId, 'exists'],
    enabled: batchId !== undefined && campaign.isSuccess,
    queryFn: () =>
      unwrap(
        api.GET('/campaigns/{campaignId}/batches/{batchId}', {
          params: { path: { campaignId, batchId: batchId! }, query: { limit: 1 } },
        }),
      ),
  });
  const back = isNotFound(campaign.error)
    ? { path: '/campaigns', label: '返回创建活动列表' }
    : // A batch id that is not even a UUID (400 on the address) names no batch either.
      isNotFound(batch.error) || (isApiError(batch.error) && batch.error.status === 400)
      ? { path: `/campaigns/${campaignId}/cases`, label: '返回案件列表' }
      : null;
  if (back === null) return children;
  return (
    <Suspense fallback={null}>
      <GonePage back={back} />
    </Suspense>
  );
}
