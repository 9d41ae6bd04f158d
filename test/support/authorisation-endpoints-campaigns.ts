import { randomUUID } from 'node:crypto';
import { UserRole } from '@app/persistence';
import { ALL_ROLES, campaign, CASE, Entry, NONE, ORGANIZERS, READERS } from './authorisation-roles';

// The authorisation table's rows for /campaigns and what hangs under it (cases, batches, audit), in the
// OpenAPI document's order; cancel comes last.

/** The organizer's batch the table reads (created in beforeAll), sends again (resumes it) and stops. */
export const MATRIX_BATCH = randomUUID();

export const CAMPAIGN_ENDPOINTS: Entry[] = [
  { method: 'post', path: '/campaigns', roles: ORGANIZERS, scope: NONE, body: {} },
  { method: 'get', path: '/campaigns', roles: [...READERS, UserRole.COMMUNITY], scope: NONE },
  {
    method: 'get',
    path: '/campaigns/{id}',
    roles: [...READERS, UserRole.COMMUNITY],
    scope: campaign('PART'),
  },
  { method: 'patch', path: '/campaigns/{id}', roles: ORGANIZERS, scope: campaign('MANAGE'), body: {} },
  { method: 'get', path: '/campaigns/{id}/run', roles: READERS, scope: campaign('READ') },
  { method: 'get', path: '/campaigns/{id}/progress', roles: READERS, scope: campaign('PART') },
  { method: 'get', path: '/campaigns/{id}/progress/children', roles: READERS, scope: campaign('PART') },
  { method: 'get', path: '/campaigns/{id}/progress/export', roles: READERS, scope: campaign('PART') },
  { method: 'get', path: '/campaigns/{id}/ranking', roles: READERS, scope: campaign('PART') },
  { method: 'get', path: '/campaigns/{campaignId}/streets', roles: READERS, scope: campaign('PART') },
  { method: 'get', path: '/campaigns/{id}/results/export', roles: READERS, scope: campaign('PART') },
  { method: 'get', path: '/campaigns/{campaignId}/audit', roles: READERS, scope: campaign('READ') },
  {
    method: 'post',
    path: '/campaigns/{campaignId}/audit/verify',
    roles: ORGANIZERS,
    scope: campaign('READ'),
  },
  {
    method: 'post',
    path: '/campaigns/{id}/extend-phase',
    roles: ORGANIZERS,
    scope: campaign('MANAGE'),
    body: { phase: 'application', newDueAt: '2030-01-01T00:00:00Z', reason: '延期' },
  },
  {
    method: 'post',
    path: '/campaigns/{id}/communities',
    roles: ORGANIZERS,
    scope: campaign('MANAGE'),
    body: { communityIds: ['ma-03'] },
  },
  { method: 'post', path: '/campaigns/{id}/launch', roles: ORGANIZERS, scope: campaign('MANAGE') },
  { method: 'get', path: '/campaigns/{campaignId}/cases', roles: ALL_ROLES, scope: campaign('PART') },
  { method: 'get', path: '/campaigns/{campaignId}/cases/{communityId}', roles: ALL_ROLES, scope: CASE },
  { method: 'get', path: '/campaigns/{campaignId}/cases/{communityId}/audit', roles: ALL_ROLES, scope: CASE },
  {
    method: 'post',
    path: '/campaigns/{campaignId}/cases/{communityId}/application',
    roles: [UserRole.COMMUNITY],
    scope: CASE,
    body: { content: {} },
  },
  {
    method: 'post',
    path: '/campaigns/{campaignId}/cases/{communityId}/review',
    roles: ORGANIZERS,
    scope: CASE,
    body: { decision: 'ACCEPT' },
  },
  {
    method: 'post',
    path: '/campaigns/{campaignId}/cases/{communityId}/self-check',
    roles: [UserRole.COMMUNITY],
    scope: CASE,
    body: { scores: {} },
  },
  {
    method: 'post',
    path: '/campaigns/{campaignId}/cases/{communityId}/inspectors',
    roles: ORGANIZERS,
    scope: CASE,
    body: { inspectorIds: [] },
  },
  {
    method: 'post',
    path: '/campaigns/{campaignId}/cases/{communityId}/checks',
    roles: [UserRole.INSPECTOR],
    scope: CASE,
    body: { scores: {} },
  },
  {
    method: 'post',
    path: '/campaigns/{campaignId}/cases/{communityId}/rectification',
    roles: [UserRole.COMMUNITY],
    scope: CASE,
    body: { content: '已整改' },
  },
  {
    method: 'post',
    path: '/campaigns/{campaignId}/cases/{communityId}/confirm-scores',
    roles: ORGANIZERS,
    scope: CASE,
  },
  {
    method: 'post',
    path: '/campaigns/{campaignId}/cases/{communityId}/objections',
    roles: ALL_ROLES,
    scope: CASE,
    body: { content: '异议' },
  },
  {
    method: 'post',
    path: '/campaigns/{campaignId}/cases/{communityId}/objections/{objectionId}/resolve',
    roles: ORGANIZERS,
    scope: CASE,
    body: { decision: 'DISMISS', reason: '不属实' },
  },
  {
    method: 'post',
    path: '/campaigns/{campaignId}/cases/{communityId}/extend-deadline',
    roles: ORGANIZERS,
    scope: CASE,
    body: { newDueAt: '2030-01-01T00:00:00Z', reason: '延期' },
  },
  {
    method: 'post',
    path: '/campaigns/{campaignId}/cases/{communityId}/chase',
    roles: ORGANIZERS,
    scope: CASE,
    body: { message: '请尽快申报' },
  },
  {
    method: 'post',
    path: '/campaigns/{campaignId}/cases/{communityId}/withdraw',
    roles: ORGANIZERS,
    scope: CASE,
    body: { reason: '测试' },
  },
  {
    method: 'post',
    path: '/campaigns/{campaignId}/batches',
    roles: ORGANIZERS,
    scope: campaign('PART'),
    body: { id: MATRIX_BATCH, action: 'CHASE', message: '请尽快申报', communityIds: ['ma-01'] },
  },
  {
    method: 'get',
    path: '/campaigns/{campaignId}/batches/{batchId}',
    roles: ORGANIZERS,
    scope: campaign('PART'),
  },
  {
    method: 'post',
    path: '/campaigns/{campaignId}/batches/{batchId}/resume',
    roles: ORGANIZERS,
    scope: campaign('PART'),
  },
  {
    // Stops the table's batch (or answers 409 once it is stopped or finished): never 401/403/404 for its starter.
    method: 'post',
    path: '/campaigns/{campaignId}/batches/{batchId}/stop',
    roles: ORGANIZERS,
    scope: campaign('PART'),
  },
  {
    method: 'post',
    path: '/campaigns/{campaignId}/inspector-proposals',
    roles: ORGANIZERS,
    scope: campaign('PART'),
    body: { communityIds: ['ma-01'] },
  },
  {
    method: 'post',
    path: '/campaigns/{campaignId}/conflict-declarations',
    roles: [UserRole.INSPECTOR],
    scope: campaign('PART'),
    body: { communityId: 'ma-01', reason: '亲属在该社区任职' },
    // The inspector is on no team: the case does not exist for them.
    alsoThrough: [404],
  },
  {
    method: 'get',
    path: '/campaigns/{campaignId}/cases/{communityId}/conflict-declarations',
    roles: READERS,
    scope: CASE,
  },
  { method: 'get', path: '/my/conflict-declarations', roles: [UserRole.INSPECTOR], scope: NONE },
  // Last: closes every case of the campaign (they stay in scope; actions then answer 409).
  {
    method: 'post',
    path: '/campaigns/{id}/cancel',
    roles: ORGANIZERS,
    scope: campaign('MANAGE'),
    body: { reason: '测试结束' },
  },
];
