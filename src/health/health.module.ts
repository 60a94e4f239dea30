import { Controller, Get, HttpCode, Injectable, Logger, Module, Res } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ApiOperation, ApiProperty, ApiResponse, ApiTags } from '@nestjs/swagger';
import { SkipThrottle } from '@nestjs/throttler';
import { Client } from '@temporalio/client';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import { Public } from '../auth/access.decorator';
import { DEPENDENCY_RETRY_AFTER_SECONDS } from '../common/dependency-errors';
import { withTemporalDeadline } from '../temporal/temporal-deadline';

/**
 * Whether the API can serve: Postgres and Temporal both answer. /health is public, so it says only
 * up or down; which dependency failed, and why (hosts, ports, driver messages), goes to the log.
 */
@Injectable()
export class HealthService {
  private readonly logger = new Logger('Health');

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly client: Client,
  ) {}

  async isUp(): Promise<boolean> {
    const checks = await Promise.all([
      this.check('database', () => this.db.query('SELECT 1')),
      this.check('temporal', () => withTemporalDeadline(this.client, () => this.client.connection.workflowService.getSystemInfo({}))),
    ]);
    return checks.every(Boolean);
  }

  private async check(name: string, probe: () => Promise<unknown>): Promise<boolean> {
    try {
      await probe();
      return true;
    } catch (err) {
      this.logger.warn(`${name} health check failed: ${(err as Error).message}`);
      return false;
    }
  }
}

export class HealthView {
  @ApiProperty({ enum: ['up', 'down'] })
  status: 'up' | 'down';
}

@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(private readonly health: HealthService) {}

  /** 200 `{status:'up'}` or 503 `{status:'down'}`, nothing more. */
  @Get()
  @Public()
  @SkipThrottle()
  @HttpCode(200)
  @ApiOperation({ summary: 'Whether the API can serve (database and workflow service answer)' })
  @ApiResponse({ status: 200, description: 'Up', type: HealthView })
  @ApiResponse({ status: 503, description: 'Down (Retry-After); which dependency failed goes to the log only', type: HealthView })
  async check(@Res({ passthrough: true }) res: Response): Promise<{ status: 'up' | 'down' }> {
    res.setHeader('Cache-Control', 'no-store');
    if (await this.health.isUp()) return { status: 'up' };
    res.status(503);
    res.setHeader('Retry-After', String(DEPENDENCY_RETRY_AFTER_SECONDS));
    return { status: 'down' };
  }
}

@Module({
  controllers: [HealthController],
  providers: [HealthService],
})
export class HealthModule {}
