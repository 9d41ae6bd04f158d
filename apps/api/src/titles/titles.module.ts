import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { ScopeModule } from '../auth/scope.module';
import { TitleImportService } from './title-import.service';
import { TitlesController } from './titles.controller';
import { TitlesService } from './titles.service';

/** The titles registry: communities' titles across years, imports of earlier years, 摘牌. */
@Module({
  imports: [ScopeModule, AuditModule],
  controllers: [TitlesController],
  providers: [TitlesService, TitleImportService],
})
export class TitlesModule {}
