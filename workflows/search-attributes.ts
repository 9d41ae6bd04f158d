import { defineSearchAttributeKey, SearchAttributeType } from '@temporalio/common';

/** Registered with the server by `make start` and the test setup, so cases are findable in the Temporal UI. */
export const CAMPAIGN_ID = defineSearchAttributeKey('CjCampaignId', SearchAttributeType.KEYWORD);
export const COMMUNITY_ID = defineSearchAttributeKey('CjCommunityId', SearchAttributeType.KEYWORD);
export const CASE_STAGE = defineSearchAttributeKey('CjCaseStage', SearchAttributeType.KEYWORD);

export const ALL_SEARCH_ATTRIBUTES = [CAMPAIGN_ID, COMMUNITY_ID, CASE_STAGE];
