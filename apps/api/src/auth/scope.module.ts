import { Module } from '@nestjs/common';
import { CampaignScope } from './campaign-scope.service';
import { ScopeService } from './scope.service';

/** Subtree checks (ScopeService) and the campaign-level access check (CampaignScope) for every module. */
@Module({
  providers: [ScopeService, CampaignScope],
  exports: [ScopeService, CampaignScope],
})
export class ScopeModule {}
