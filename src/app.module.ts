import { Module } from '@nestjs/common';
import { ConfigModule } from './config/config.module';
import { DatabaseModule } from './database/database.module';
import { HealthModule } from './health/health.module';
import { NotificationsModule } from './notifications/notifications.module';
import { RegionsModule } from './regions/regions.module';
import { RegistryModule } from './registry/registry.module';
import { RepairsModule } from './repairs/repairs.module';
import { TemporalModule } from './temporal/temporal.module';

/** The API process. */
@Module({
  imports: [ConfigModule, DatabaseModule, TemporalModule, HealthModule, RegionsModule, RegistryModule, RepairsModule, NotificationsModule],
})
export class AppModule {}
