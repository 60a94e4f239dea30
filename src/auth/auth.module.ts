import { Global, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { AuditCoreModule } from '../audit/audit.module';
import { ApiKeysService } from './api-keys.service';
import { ApiKeysController, AuthController, UsersController } from './auth.controllers';
import { AuthGuard } from './auth.guard';
import { AuthService } from './auth.service';
import { BrowserSessions } from './browser-session';
import { UsersService } from './users.service';

/** Accounts, sessions, API keys and the guard that every route passes. */
@Global()
@Module({
  imports: [AuditCoreModule],
  controllers: [AuthController, UsersController, ApiKeysController],
  providers: [AuthService, BrowserSessions, UsersService, ApiKeysService, { provide: APP_GUARD, useClass: AuthGuard }],
  exports: [AuthService],
})
export class AuthModule {}
