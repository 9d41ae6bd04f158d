import { Module } from '@nestjs/common';
import { CaseBatchRepository } from '@app/persistence';
import { AuditModule } from '../audit/audit.module';
import { AuthModule } from '../auth/auth.module';
import { CasesModule } from '../cases/cases.module';
import { CaseBatchRunner } from './case-batch.runner';
import { CaseBatchesController } from './case-batches.controller';
import { CaseBatchesService } from './case-batches.service';

@Module({
  imports: [CasesModule, AuditModule, AuthModule],
  controllers: [CaseBatchesController],
  providers: [CaseBatchesService, CaseBatchRunner, CaseBatchRepository],
})
export class CaseBatchesModule {}
