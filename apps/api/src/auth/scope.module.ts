import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { JurisdictionEntity } from '@app/persistence';
import { CampaignScope } from './campaign-scope.service';
import { ScopeService } from './scope.service';

/** Subtree checks (ScopeService) and the campaign-level access check (CampaignScope) for every module. */
@Module({
  imports: [TypeOrmModule.forFeature([JurisdictionEntity])],
  providers: [ScopeService, CampaignScope],
  exports: [ScopeService, CampaignScope],
})
export class ScopeModule {}
