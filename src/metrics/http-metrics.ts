import type { NextFunction, Request, Response } from 'express';
import { Counter, Histogram, Registry } from 'prom-client';

const LABELS = ['method', 'route', 'status_code'] as const;

/**
 * Every HTTP answer of the API, counted and timed by route *pattern* (`/repairs/:id`, never the raw
 * URL, so ids do not make new series). A request no route matched is `(unmatched)` (404s, the
 * browser app's files and pages are `(static)`).
 */
export function httpMetricsMiddleware(registry: Registry): (req: Request, res: Response, next: NextFunction) => void {
  const requests = new Counter({
    name: 'http_requests_total',
    help: 'HTTP requests answered, by method, route pattern and status code',
    labelNames: LABELS,
    registers: [registry],
  });
  const duration = new Histogram({
    name: 'http_request_duration_seconds',
    help: 'Time from the request arriving to the answer finishing, by method, route pattern and status code',
    labelNames: LABELS,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
    registers: [registry],
  });
  return (req, res, next) => {
    const started = process.hrtime.bigint();
    res.once('finish', () => {
      const labels = { method: req.method, route: routeOf(req, res), status_code: String(res.statusCode) };
      requests.inc(labels);
      duration.observe(labels, Number(process.hrtime.bigint() - started) / 1e9);
    });
    next();
  };
}

function routeOf(req: Request, res: Response): string {
  const pattern: unknown = req.route?.path;
  // Nest's middleware are mounted on the catch-all `*path`; only a real route's pattern names one.
  if (typeof pattern === 'string' && !pattern.includes('*')) return `${req.baseUrl ?? ''}${pattern}` || '/';
  if (req.path === '/metrics') return '/metrics';
  return res.statusCode === 404 ? '(unmatched)' : '(static)';
}
