import { Module } from '@nestjs/common';
import { ScopeModule } from '../auth/scope.module';
import { CampaignsModule } from '../campaigns/campaigns.module';
import { ProgressController } from './progress.controller';
import { ProgressService } from './progress.service';
import { RankingController } from './ranking.controller';
import { RankingService } from './ranking.service';

/** Campaign progress from trigger-kept counters, the progress and results exports, the top-N ranking. */
@Module({
  imports: [ScopeModule, CampaignsModule],
  controllers: [ProgressController, RankingController],
  providers: [ProgressService, RankingService],
})
export class ProgressModule {}
