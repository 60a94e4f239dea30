import 'reflect-metadata';
import { plainToInstance, Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsOptional, IsString, Matches, Max, Min, validateSync } from 'class-validator';
import * as path from 'node:path';
import { projectRoot } from '../common/project-root';

const toBool = ({ value }: { value: unknown }) =>
  value === undefined || value === '' ? undefined : ['1', 'true', 'yes', 'on'].includes(String(value).toLowerCase());

/**
 * Every environment variable the processes read, validated once at start-up.
 * Defaults are for a developer's machine; README lists them all.
 */
export class AppConfig {
  @IsIn(['development', 'production', 'test'])
  NODE_ENV: 'development' | 'production' | 'test' = 'development';

  @Transform(({ value }) => (value === undefined ? undefined : Number(value)))
  @IsInt()
  @Min(0)
  @Max(65535)
  PORT = 3000;

  /** Postgres connection; when absent `npm start` runs an embedded Postgres under DATA_DIR. */
  @IsOptional()
  @Matches(/^postgres(ql)?:\/\//, { message: 'DATABASE_URL must be a postgres:// URL' })
  DATABASE_URL?: string;

  /** Temporal frontend host:port; when absent `npm start` runs a local dev server. */
  @IsOptional()
  @IsString()
  TEMPORAL_ADDRESS?: string;

  @IsString()
  TEMPORAL_NAMESPACE = 'default';

  @IsString()
  TEMPORAL_TASK_QUEUE = 'ektp-ops';

  @IsOptional()
  @IsString()
  TEMPORAL_CLI_PATH?: string;

  @Transform(({ value }) => (value === undefined ? undefined : Number(value)))
  @IsInt()
  TEMPORAL_DEV_PORT = 7233;

  @Transform(({ value }) => (value === undefined ? undefined : Number(value)))
  @IsInt()
  TEMPORAL_UI_PORT = 8233;

  /** Git-ignored folder for the embedded Postgres and the dev server's SQLite file. */
  @IsString()
  DATA_DIR = path.join(projectRoot(), '.data');

  @Transform(toBool)
  @IsBoolean()
  RUN_MIGRATIONS = true;

  @Transform(toBool)
  @IsBoolean()
  IMPORT_REGIONS_ON_START = true;

  @IsIn(['error', 'warn', 'log', 'debug', 'verbose'])
  LOG_LEVEL: 'error' | 'warn' | 'log' | 'debug' | 'verbose' = 'log';

  /** Where the pre-built workflow bundle lives (built by `npm run build`). */
  @IsString()
  WORKFLOW_BUNDLE_PATH = path.join(projectRoot(), 'dist', 'workflow-bundle.js');
}

export class ConfigError extends Error {}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const known = Object.keys(new AppConfig()).concat(['DATABASE_URL', 'TEMPORAL_ADDRESS', 'TEMPORAL_CLI_PATH']);
  const raw: Record<string, string> = {};
  for (const key of known) {
    const value = env[key];
    if (value !== undefined && value !== '') raw[key] = value;
  }
  const config = plainToInstance(AppConfig, raw, { exposeDefaultValues: true });
  const errors = validateSync(config, { whitelist: false });
  if (errors.length > 0) {
    const lines = errors.map((e) => `${e.property}: ${Object.values(e.constraints ?? {}).join('; ')}`);
    throw new ConfigError(`Invalid configuration:\n  ${lines.join('\n  ')}`);
  }
  return config;
}

export function logLevels(level: AppConfig['LOG_LEVEL']): Array<'error' | 'warn' | 'log' | 'debug' | 'verbose'> {
  const order = ['error', 'warn', 'log', 'debug', 'verbose'] as const;
  return order.slice(0, order.indexOf(level) + 1) as Array<(typeof order)[number]>;
}
