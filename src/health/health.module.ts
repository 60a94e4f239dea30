import { Controller, Get, HttpCode, Injectable, Logger, Module, Res } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ApiOperation, ApiProperty, ApiResponse, ApiTags } from '@nestjs/swagger';
import { SkipThrottle } from '@nestjs/throttler';
import { Client } from '@temporalio/client';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import { Public } from '../auth/access.decorator';
import { DEPENDENCY_RETRY_AFTER_SECONDS } from '../common/dependency-errors';
import { MIGRATIONS } from '../database/data-source';
import { withTemporalDeadline } from '../temporal/temporal-deadline';

/**
 * Whether the API can serve: Postgres and Temporal both answer. /health is public, so it says only
 * up or down; which dependency failed, and why (hosts, ports, driver messages), goes to the log.
 * /health/live and /health/ready (issue 16) split it for probes: /health/ready also names which
 * dependency is down (not why) and checks the migrations.
 */
@Injectable()
export class HealthService {
  private readonly logger = new Logger('Health');

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly client: Client,
  ) {}

  async isUp(): Promise<boolean> {
    const checks = await Promise.all([this.database(), this.temporal()]);
    return checks.every(Boolean);
  }

  /**
   * Readiness, dependency by dependency: Postgres and Temporal answer, and every migration of the
   * MIGRATIONS list is recorded in the migrations table (unknown while Postgres does not answer).
   */
  async readiness(): Promise<ReadinessChecks> {
    const [database, temporal] = await Promise.all([this.database(), this.temporal()]);
    const migrations = database ? await this.check('migrations', () => this.migrationsApplied()) : undefined;
    return {
      database: database ? 'up' : 'down',
      temporal: temporal ? 'up' : 'down',
      migrations: migrations === undefined ? 'unknown' : migrations ? 'up' : 'down',
    };
  }

  private database(): Promise<boolean> {
    return this.check('database', () => this.db.query('SELECT 1'));
  }

  private temporal(): Promise<boolean> {
    return this.check('temporal', () => withTemporalDeadline(this.client, () => this.client.connection.workflowService.getSystemInfo({})));
  }

  /** Throws (naming them, for the log) when migrations of this build are not applied. */
  private async migrationsApplied(): Promise<void> {
    const table = this.db.options.migrationsTableName ?? 'migrations';
    const rows: Array<{ name: string }> = await this.db.query(`SELECT name FROM "${table}"`);
    const applied = new Set(rows.map((r) => r.name));
    const pending = MIGRATIONS.map((M) => new M().name ?? M.name).filter((name) => !applied.has(name));
    if (pending.length > 0) throw new Error(`${pending.length} migration(s) not applied: ${pending.join(', ')} (run \`npm run migration:run\` or start with RUN_MIGRATIONS=true)`);
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

type CheckState = 'up' | 'down' | 'unknown';

export class ReadinessChecks {
  @ApiProperty({ enum: ['up', 'down'], description: 'Postgres answers' })
  database: 'up' | 'down';

  @ApiProperty({ enum: ['up', 'down'], description: 'The Temporal frontend answers' })
  temporal: 'up' | 'down';

  @ApiProperty({ enum: ['up', 'down', 'unknown'], description: 'Every migration of this build is applied (unknown while Postgres is down)' })
  migrations: CheckState;
}

export class ReadinessView extends HealthView {
  @ApiProperty({ type: ReadinessChecks, description: 'Which dependency is down; the reason goes to the log only' })
  checks: ReadinessChecks;
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

  /** Liveness: the process answers; no dependency is asked (a restart would not mend them). */
  @Get('live')
  @Public()
  @SkipThrottle()
  @HttpCode(200)
  @ApiOperation({ summary: 'Liveness: the API process answers (no dependency is asked)' })
  @ApiResponse({ status: 200, description: 'Alive', type: HealthView })
  live(@Res({ passthrough: true }) res: Response): { status: 'up' } {
    res.setHeader('Cache-Control', 'no-store');
    return { status: 'up' };
  }

  /** Readiness: 200 when Postgres and Temporal answer and the migrations are applied; 503 naming what is not. */
  @Get('ready')
  @Public()
  @SkipThrottle()
  @HttpCode(200)
  @ApiOperation({ summary: 'Readiness: Postgres and Temporal answer and every migration is applied' })
  @ApiResponse({ status: 200, description: 'Ready', type: ReadinessView })
  @ApiResponse({ status: 503, description: 'Not ready (Retry-After): `checks` names which dependency is down; why goes to the log only', type: ReadinessView })
  async ready(@Res({ passthrough: true }) res: Response): Promise<ReadinessView> {
    res.setHeader('Cache-Control', 'no-store');
    const checks = await this.health.readiness();
    if (Object.values(checks).every((c) => c === 'up')) return { status: 'up', checks };
    res.status(503);
    res.setHeader('Retry-After', String(DEPENDENCY_RETRY_AFTER_SECONDS));
    return { status: 'down', checks };
  }
}

@Module({
  controllers: [HealthController],
  providers: [HealthService],
})
export class HealthModule {}
