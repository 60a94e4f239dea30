import { Controller, Get, Injectable, Logger, Module } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { HealthCheck, HealthCheckService, HealthIndicatorService, TerminusModule, TypeOrmHealthIndicator } from '@nestjs/terminus';
import { SkipThrottle } from '@nestjs/throttler';
import { Client } from '@temporalio/client';
import { Public } from '../auth/access.decorator';

@Injectable()
export class TemporalHealthIndicator {
  private readonly logger = new Logger(TemporalHealthIndicator.name);

  constructor(
    private readonly client: Client,
    private readonly indicator: HealthIndicatorService,
  ) {}

  async isHealthy(key: string) {
    const check = this.indicator.check(key);
    try {
      await this.client.connection.workflowService.getSystemInfo({});
      return check.up();
    } catch (err) {
      // /health is public: the reason goes to the log, not to whoever asks.
      this.logger.warn(`Temporal health check failed: ${(err as Error).message}`);
      return check.down({ message: 'unreachable' });
    }
  }
}

@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly db: TypeOrmHealthIndicator,
    private readonly temporal: TemporalHealthIndicator,
  ) {}

  @Get()
  @Public()
  @SkipThrottle()
  @HealthCheck()
  check() {
    return this.health.check([() => this.db.pingCheck('database'), () => this.temporal.isHealthy('temporal')]);
  }
}

@Module({
  imports: [TerminusModule],
  controllers: [HealthController],
  providers: [TemporalHealthIndicator],
})
export class HealthModule {}
