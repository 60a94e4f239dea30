// --- tracing (issue 16): first of all, so that the HTTP instrumentation wraps `http` before Express
// loads it; nothing happens unless OTEL_EXPORTER_OTLP_ENDPOINT is set (see src/tracing). ---
import './tracing/start-api-tracing';
import { shutdownTracing } from './tracing/tracing';
// --- end tracing ---
import 'reflect-metadata';
import compression from 'compression';
import { INestApplication, Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { getDataSourceToken } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { NestExpressApplication } from '@nestjs/platform-express';
import { AppModule } from './app.module';
import { AuditService } from './audit/audit.service';
import { bootstrapAdmin } from './auth/bootstrap-admin';
import { setupApiDocs } from './common/api-docs';
import { addCommonAnswers } from './common/api-responses';
import { DomainExceptionFilter } from './common/domain-exception.filter';
import { securityHeaders } from './common/security-headers';
import { createValidationPipe } from './common/validation';
import { AppConfig, assertTokenSecret, loadConfig } from './config/app-config';
import { NestPinoLogger, rootLogger } from './common/logging';
import { requestLogFields } from './common/request-context';
import { PinoLogger } from 'nestjs-pino';
import { runMigrations } from './database/prepare-database';
import { RegionImportService } from './regions/region-import.service';
import { TemporalClientLifecycle } from './temporal/temporal.module';
import { serveWebApp } from './web/web-app';
import { installApiMetrics } from './metrics/api-metrics';

/** Builds the API application (used by main and by the tests), without listening. */
export async function createApiApp(config: AppConfig = loadConfig()): Promise<INestApplication> {
  assertTokenSecret(config);
  // --- Logging (issue 16): pino, JSON or readable lines (LOG_FORMAT), the request's id, actor and office on each line.
  const logger = rootLogger(config, 'api', requestLogFields);
  const app = await NestFactory.create<NestExpressApplication>(AppModule, { logger: new NestPinoLogger(() => logger), bodyParser: false });
  const requestLogger = await app.resolve(PinoLogger);
  app.useLogger(new NestPinoLogger(() => requestLogger.logger as unknown as typeof logger));
  // --- end of logging
  app.set('trust proxy', trustProxy(config.TRUST_PROXY));
  app.disable('x-powered-by');
  // --- Metrics (issue 16 part 2): every answer counted and timed; GET /metrics before the router. ---
  installApiMetrics(app, config, app.get<DataSource>(getDataSourceToken()));
  // --- end of metrics ---
  // gzip (or deflate) for every compressible answer over 1 KB — JSON, CSV, the web app's files and
  // the public page, which must stay small on a phone's slow connection; PDFs are compressed already.
  app.use(compression());
  app.use(securityHeaders());
  app.useBodyParser('json', { limit: config.BODY_LIMIT });
  app.useBodyParser('urlencoded', { limit: config.BODY_LIMIT, extended: false });
  // CSV imports (unrecorded residents per village): a regency's villages fit well inside a megabyte.
  app.useBodyParser('text', { type: 'text/csv', limit: '2mb' });
  const origins = config.CORS_ORIGINS.split(',').map((o) => o.trim()).filter(Boolean);
  if (origins.length > 0) app.enableCors({ origin: origins, credentials: false, allowedHeaders: ['Authorization', 'Content-Type', 'X-Request-Id'] });
  app.useGlobalPipes(createValidationPipe());
  app.useGlobalFilters(new DomainExceptionFilter());

  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('e-KTP Operations Workflows API')
      .setDescription('Repair cases, registry and regions for Dinas Dukcapil offices')
      .setVersion('0.2.0')
      .addBearerAuth()
      .build(),
  );
  addCommonAnswers(document);
  setupApiDocs(app, document);
  // The browser app, at the same origin; the API's own paths (and the docs) stay the API's.
  if (serveWebApp(app, config.WEB_DIST_PATH, [...Object.keys(document.paths), '/docs', '/docs-json'])) {
    new Logger('Api').log(`web app from ${config.WEB_DIST_PATH}`);
  }

  if (config.RUN_MIGRATIONS) await runMigrations(app.get<DataSource>(getDataSourceToken()));
  if (config.IMPORT_REGIONS_ON_START) await app.get(RegionImportService).importAll();
  await bootstrapAdmin(app.get<DataSource>(getDataSourceToken()), config, app.get(AuditService));
  await app.get(TemporalClientLifecycle).registerSearchAttributes();
  return app;
}

/** A listening address as a URL's host: brackets for IPv6, loopback for "every interface". */
function urlHost(host: string): string {
  if (host === '0.0.0.0' || host === '::') return '127.0.0.1';
  return host.includes(':') ? `[${host}]` : host;
}

/** TRUST_PROXY: `false`/`true`, a hop count, or subnet names such as `loopback`. */
function trustProxy(value: string): boolean | number | string {
  if (value === 'false' || value === '') return false;
  if (value === 'true') return true;
  return /^\d+$/.test(value) ? Number(value) : value;
}

async function bootstrap(): Promise<void> {
  const config = loadConfig();
  const app = await createApiApp(config);
  // --- ops (issue 16): listen on HOST (loopback unless HOST says otherwise) ---
  await app.listen(config.PORT, config.HOST);
  const logger = new Logger('Api');
  logger.log(`API on http://${urlHost(config.HOST)}:${config.PORT} (OpenAPI at /docs)`);
  // --- end ops ---
  // Close the HTTP server, the database pool and the Temporal connection, then exit 0.
  let closing = false;
  const shutdown = (signal: NodeJS.Signals) => {
    if (closing) return;
    closing = true;
    logger.log(`${signal}: shutting down`);
    app.close().then(
      // tracing (issue 16): send the spans still buffered before exiting.
      () => shutdownTracing().finally(() => process.exit(0)),
      (err) => {
        logger.error(`shutdown failed: ${(err as Error).message}`);
        process.exit(1);
      },
    );
  };
  process.once('SIGTERM', shutdown);
  process.once('SIGINT', shutdown);
}

if (require.main === module) {
  bootstrap().catch((err) => {
    new Logger('Api').error(err instanceof Error ? err.stack ?? err.message : String(err));
    process.exit(1);
  });
}
