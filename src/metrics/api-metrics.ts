import type { INestApplication } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import type { DataSource } from 'typeorm';
import type { AppConfig } from '../config/app-config';
import { DomainMetrics } from './domain-metrics';
import { httpMetricsMiddleware } from './http-metrics';
import { refusalBody, refuseMetrics } from './metrics-access';
import { createMetricsRegistry } from './registry';

/**
 * The API's Prometheus metrics: the HTTP middleware (first, so that it times every answer) and
 * `GET /metrics`, answered before Nest's router, the guards and the rate limiter (Prometheus is not
 * a user; refuseMetrics says who may read). Not in the OpenAPI document: it is for operators' tools.
 */
export function installApiMetrics(app: INestApplication, config: AppConfig, db: DataSource): void {
  const registry = createMetricsRegistry('api');
  const domain = new DomainMetrics(registry, db, config.METRICS_CACHE_SECONDS);
  app.use(httpMetricsMiddleware(registry));
  app.use('/metrics', (req: Request, res: Response, next: NextFunction) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return next();
    if (req.path !== '/' && req.path !== '') return next();
    res.setHeader('Cache-Control', 'no-store');
    const refusal = refuseMetrics(config, req);
    if (refusal) {
      res.status(refusal.status).type('application/json').send(refusalBody(refusal));
      return;
    }
    domain
      .refresh()
      .then(() => registry.metrics())
      .then(
        (text) => res.type(registry.contentType).send(text),
        (err: Error) => res.status(500).type('text/plain').send(`# metrics failed: ${err.message}\n`),
      );
  });
}
