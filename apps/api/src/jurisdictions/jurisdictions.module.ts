import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { ScopeModule } from '../auth/scope.module';
import { JurisdictionsController } from './jurisdictions.controller';
import { JurisdictionsService } from './jurisdictions.service';

@Module({
  imports: [ScopeModule, AuditModule],
  controllers: [JurisdictionsController],
  providers: [JurisdictionsService],
  exports: [JurisdictionsService],
})
export class JurisdictionsModule {}
