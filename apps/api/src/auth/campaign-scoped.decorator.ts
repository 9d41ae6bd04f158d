import { createParamDecorator, ExecutionContext, SetMetadata } from '@nestjs/common';
import type { CampaignAccessLevel } from '@app/domain';

export const CAMPAIGN_SCOPE = Symbol('campaignScope');

/** The campaign a route concerns (its path parameter) and the access level it needs. */
export interface CampaignScopeRule {
  level: CampaignAccessLevel;
  param: string;
}

/**
 * Marks a route as about one campaign: the AuthGuard answers 404 unless the caller has at least
 * `level` on the campaign named by path parameter `param` (campaignAccessLevel in libs/domain). Every
 * campaign and case route carries one; the authorisation matrix test holds them to it.
 */
export const CampaignScoped = (level: CampaignAccessLevel, param = 'campaignId') =>
  SetMetadata(CAMPAIGN_SCOPE, { level, param } satisfies CampaignScopeRule);

/** The level the caller was found to have on the route's campaign (set by the AuthGuard). */
export const CampaignAccessOf = createParamDecorator(
  (_data: unknown, context: ExecutionContext): CampaignAccessLevel =>
    context.switchToHttp().getRequest<{ campaignAccess: CampaignAccessLevel }>().campaignAccess,
);
