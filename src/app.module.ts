import { MiddlewareConsumer, Module, NestModule } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { ThrottlerGuard, ThrottlerModule } from '@nestjs/throttler';
import { AuditModule } from './audit/audit.module';
import { AuthModule } from './auth/auth.module';
import { ApiLoggerModule } from './common/api-logger.module';
import { requestContextMiddleware } from './common/request-context';
import { requestTimeout } from './common/request-timeout';
import { AppConfig } from './config/app-config';
import { ConfigModule } from './config/config.module';
import { DashboardModule } from './dashboard/dashboard.module';
import { CoverageModule } from './coverage/coverage.module';
import { DatabaseModule } from './database/database.module';
import { EscalationsModule } from './escalations/escalations.module';
import { HealthModule } from './health/health.module';
import { NotificationsModule } from './notifications/notifications.module';
import { RegionsModule } from './regions/regions.module';
import { RegistryModule } from './registry/registry.module';
import { CalendarModule } from './calendar/calendar.module';
import { RepairsModule } from './repairs/repairs.module';
import { TemporalModule } from './temporal/temporal.module';
import { WorkflowStartsModule } from './temporal/workflow-starts.module';
import { ToursModule } from './tours/tours.module';
import { OutagesModule } from './outages/outages.module';
import { OversightModule } from './oversight/oversight.module';
import { PublicPageModule } from './public-page/public-page.module';
import { WebhooksModule } from './webhooks/webhooks.module';

/** The API process. */
@Module({
  imports: [
    ConfigModule,
    // Structured logs with each request's id, actor and office (issue 16).
    ApiLoggerModule,
    // Requests per minute per client address, before any authentication work is done.
    ThrottlerModule.forRootAsync({
      inject: [AppConfig],
      useFactory: (config: AppConfig) => ({ throttlers: [{ name: 'default', ttl: 60_000, limit: config.RATE_LIMIT_PER_MINUTE }] }),
    }),
    DatabaseModule.forProcess('api'),
    TemporalModule,
    WorkflowStartsModule,
    AuditModule,
    AuthModule,
    HealthModule,
    RegionsModule,
    RegistryModule,
    CalendarModule,
    RepairsModule,
    EscalationsModule,
    ToursModule,
    CoverageModule,
    OutagesModule,
    PublicPageModule,
    NotificationsModule,
    DashboardModule,
    OversightModule,
    WebhooksModule,
  ],
  providers: [{ provide: APP_GUARD, useClass: ThrottlerGuard }],
})
export class AppModule implements NestModule {
  constructor(private readonly config: AppConfig) {}

  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(requestContextMiddleware, requestTimeout(this.config.REQUEST_TIMEOUT_MS)).forRoutes('*path');
  }
}
