// The worker bundles this file: every workflow the task queue serves is exported here.
export { communityCaseWorkflow } from './community-case/community-case.workflow';
export { campaignWorkflow } from './campaign/campaign.workflow';
export { auditAnchorWorkflow } from './audit-anchor/audit-anchor.workflow';
