import { Module } from '@nestjs/common';
import { ScopeModule } from '../auth/scope.module';
import { CampaignsModule } from '../campaigns/campaigns.module';
import { ProgressController } from './progress.controller';
import { ProgressService } from './progress.service';

/** Campaign progress from trigger-kept counters, and the progress and results exports. */
@Module({
  imports: [ScopeModule, CampaignsModule],
  controllers: [ProgressController],
  providers: [ProgressService],
})
export class ProgressModule {}
