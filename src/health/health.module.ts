import { Controller, Get, Injectable, Module } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { HealthCheck, HealthCheckService, HealthIndicatorService, TerminusModule, TypeOrmHealthIndicator } from '@nestjs/terminus';
import { SkipThrottle } from '@nestjs/throttler';
import { Client } from '@temporalio/client';
import { Public } from '../auth/access.decorator';

@Injectable()
export class TemporalHealthIndicator {
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
      return check.down({ message: (err as Error).message });
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
