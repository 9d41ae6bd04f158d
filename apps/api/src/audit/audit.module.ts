import { Module } from '@nestjs/common';
import { AuditService } from './audit.service';

/** AuditService for any feature module that records API-side mutations (its repository is global). */
@Module({
  providers: [AuditService],
  exports: [AuditService],
})
export class AuditModule {}
