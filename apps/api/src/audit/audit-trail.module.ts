import { Module } from '@nestjs/common';
import { CasesModule } from '../cases/cases.module';
import { AuditVerificationService } from './audit-verification.service';
import { AuditController } from './audit.controller';
import { AuditModule } from './audit.module';

/** The trail and verify endpoints; apart from AuditModule so feature modules can import that without a cycle. */
@Module({
  imports: [AuditModule, CasesModule],
  controllers: [AuditController],
  providers: [AuditVerificationService],
})
export class AuditTrailModule {}
