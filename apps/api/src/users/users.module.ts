import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { AuthModule } from '../auth/auth.module';
import { AccountLifecycleService } from './account-lifecycle.service';
import { MeController } from './me.controller';
import { MeService } from './me.service';
import { UserImportService } from './user-import.service';
import { UsersController } from './users.controller';
import { UsersService } from './users.service';

/** Accounts managed through the API (用户管理) and the signed-in user's own (/me). */
@Module({
  imports: [AuditModule, AuthModule],
  controllers: [UsersController, MeController],
  providers: [UsersService, AccountLifecycleService, UserImportService, MeService],
})
export class UsersModule {}
