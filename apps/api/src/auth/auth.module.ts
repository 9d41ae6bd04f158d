import { createSecretKey } from 'node:crypto';
import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { AppConfig } from '@app/config';
import { AccountStatusService } from './account-status.service';
import { AuthController } from './auth.controller';
import { AuthGuard } from './auth.guard';
import { AuthService } from './auth.service';
import { LoginRateLimiter } from './login-rate-limiter';
import { ScopeModule } from './scope.module';

@Module({
  imports: [
    ScopeModule,
    JwtModule.registerAsync({
      inject: [AppConfig],
      // A KeyObject, not the string: given a string, jsonwebtoken first tries (and fails) to parse it as
      // a public key on every verify, which cost ~0.8 ms of CPU per request.
      useFactory: (config: AppConfig) => ({
        secret: createSecretKey(Buffer.from(config.JWT_SECRET, 'utf8')),
      }),
    }),
  ],
  controllers: [AuthController],
  providers: [
    AuthService,
    AccountStatusService,
    {
      provide: LoginRateLimiter,
      inject: [AppConfig],
      useFactory: (config: AppConfig) =>
        new LoginRateLimiter({
          maxFailuresPerUser: config.LOGIN_MAX_FAILURES_PER_USER,
          maxFailuresPerAddress: config.LOGIN_MAX_FAILURES_PER_ADDRESS,
          windowMs: config.LOGIN_FAILURE_WINDOW_SECONDS * 1000,
        }),
    },
    { provide: APP_GUARD, useClass: AuthGuard },
  ],
  exports: [AuthService, AccountStatusService, LoginRateLimiter],
})
export class AuthModule {}
