import { Controller, Get, Module, Query } from '@nestjs/common';
import { APP_INTERCEPTOR } from '@nestjs/core';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Access, CurrentPrincipal } from '../auth/access.decorator';
import type { Principal } from '../auth/principal';
import { ApiErrors, ApiPageResponse } from '../common/api-responses';
import { RequestContextInterceptor } from '../common/request-context';
import { UnexpectedBodyInterceptor } from '../common/validation';
import { AuditEntry } from './audit-entry.entity';
import { AuditEntryView, AuditQuery } from './audit.dto';
import { AuditInterceptor } from './audit.interceptor';
import { AuditService } from './audit.service';
import { IdempotencyService } from './idempotency.service';

@ApiTags('audit')
@Controller('audit')
export class AuditController {
  constructor(private readonly audit: AuditService) {}

  /** Managers see their office, supervisors their area, admins everything. */
  @Get()
  @Access('manager', 'supervisor', 'admin')
  @ApiOperation({ summary: 'The audit trail of writes (who, what, when, from which request)' })
  @ApiPageResponse(AuditEntryView)
  @ApiErrors(400)
  list(@Query() query: AuditQuery, @CurrentPrincipal() principal: Principal) {
    return this.audit.list(query, principal.read);
  }
}

/** The audit service for writers (API and worker). */
@Module({
  imports: [TypeOrmModule.forFeature([AuditEntry])],
  providers: [AuditService],
  exports: [AuditService],
})
export class AuditCoreModule {}

/** The HTTP side: GET /audit and the interceptor that audits every write. */
@Module({
  imports: [AuditCoreModule],
  controllers: [AuditController],
  // The context interceptor first: the audit interceptor and the handlers run inside it.
  providers: [
    IdempotencyService,
    { provide: APP_INTERCEPTOR, useClass: RequestContextInterceptor },
    { provide: APP_INTERCEPTOR, useClass: UnexpectedBodyInterceptor },
    { provide: APP_INTERCEPTOR, useClass: AuditInterceptor },
  ],
})
export class AuditModule {}
