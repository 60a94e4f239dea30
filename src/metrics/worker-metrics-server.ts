import { Logger } from '@nestjs/common';
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Registry } from 'prom-client';
import type { AppConfig } from '../config/app-config';
import { refusalBody, refuseMetrics } from './metrics-access';

/** What the worker's readiness needs to know, asked on each GET /health/ready. */
export interface WorkerReadiness {
  /** The SDK worker's state: RUNNING means it polls its task queue. */
  workerState(): string;
  /** Temporal's frontend answers on the worker's own connection. */
  temporal(): Promise<unknown>;
  /** Postgres answers (SELECT 1). */
  database(): Promise<unknown>;
}

const CHECK_TIMEOUT_MS = 3_000;

function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

/**
 * The worker's own HTTP server on WORKER_METRICS_PORT (off when 0):
 * - `GET /health/live`: 200 while the process answers;
 * - `GET /health/ready`: 200 when the worker polls (RUNNING), Temporal and Postgres answer; else 503;
 * - `GET /metrics`: this process's metrics (prom-client) followed by the Temporal SDK's worker metrics,
 *   read from the SDK runtime's own Prometheus endpoint on a loopback port (`sdkMetricsUrl`), under
 *   the same protection as the API's /metrics.
 * Readiness starts `down` until the worker is set (`setReadiness`), so a scrape or a health check
 * during start-up gets a real answer rather than a refused connection.
 */
export class WorkerMetricsServer {
  private readonly logger = new Logger('WorkerMetrics');
  private readonly server: http.Server;
  private readiness?: WorkerReadiness;

  constructor(
    private readonly config: AppConfig,
    private readonly registry: Registry,
    private readonly sdkMetricsUrl: string | undefined,
  ) {
    this.server = http.createServer((req, res) => {
      this.handle(req, res).catch((err: Error) => {
        if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain' });
        res.end(`failed: ${err.message}\n`);
      });
    });
  }

  setReadiness(readiness: WorkerReadiness): void {
    this.readiness = readiness;
  }

  async listen(): Promise<number> {
    await new Promise<void>((resolve, reject) => {
      this.server.once('error', reject);
      this.server.listen(this.config.WORKER_METRICS_PORT, this.config.WORKER_METRICS_HOST, () => {
        this.server.off('error', reject);
        resolve();
      });
    });
    const port = (this.server.address() as AddressInfo).port;
    this.logger.log(`worker metrics and health on http://${this.config.WORKER_METRICS_HOST}:${port} (/metrics, /health/live, /health/ready)`);
    return port;
  }

  async close(): Promise<void> {
    this.server.closeAllConnections?.();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private async handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://worker');
    if (req.method !== 'GET' && req.method !== 'HEAD') return this.json(res, 405, { statusCode: 405, code: 'not_found', message: 'GET only' });
    switch (url.pathname) {
      case '/health/live':
        return this.json(res, 200, { status: 'up' });
      case '/health/ready':
        return this.ready(res);
      case '/metrics':
        return this.metrics(req, res);
      default:
        return this.json(res, 404, { statusCode: 404, code: 'not_found', message: 'Not found: /metrics, /health/live, /health/ready' });
    }
  }

  private json(res: http.ServerResponse, status: number, body: unknown): void {
    res.writeHead(status, { 'content-type': 'application/json', 'cache-control': 'no-store' });
    res.end(JSON.stringify(body));
  }

  /** Which check failed is said by name only (no hosts, no driver messages; those go to the log). */
  private async ready(res: http.ServerResponse): Promise<void> {
    const r = this.readiness;
    const state = r?.workerState() ?? 'STARTING';
    const probe = async (name: string, check?: () => Promise<unknown>) => {
      if (!check) return 'down';
      try {
        await withTimeout(check(), CHECK_TIMEOUT_MS);
        return 'up';
      } catch (err) {
        this.logger.warn(`readiness: ${name} check failed: ${(err as Error).message}`);
        return 'down';
      }
    };
    const [temporal, database] = await Promise.all([probe('temporal', r && (() => r.temporal())), probe('database', r && (() => r.database()))]);
    const up = state === 'RUNNING' && temporal === 'up' && database === 'up';
    if (!up) res.setHeader('Retry-After', '5');
    return this.json(res, up ? 200 : 503, { status: up ? 'up' : 'down', worker: state, temporal, database });
  }

  private async metrics(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const refusal = refuseMetrics(this.config, req);
    if (refusal) {
      res.writeHead(refusal.status, { 'content-type': 'application/json', 'cache-control': 'no-store' });
      res.end(refusalBody(refusal));
      return;
    }
    const own = await this.registry.metrics();
    const sdk = await this.sdkMetrics();
    res.writeHead(200, { 'content-type': this.registry.contentType, 'cache-control': 'no-store' });
    res.end(`${own.trimEnd()}\n${sdk}`);
  }

  /** The SDK's metrics text; a line saying they are missing when its endpoint does not answer. */
  private async sdkMetrics(): Promise<string> {
    if (!this.sdkMetricsUrl) return '';
    try {
      const answer = await fetch(this.sdkMetricsUrl, { signal: AbortSignal.timeout(CHECK_TIMEOUT_MS) });
      if (!answer.ok) throw new Error(`HTTP ${answer.status}`);
      const text = await answer.text();
      return text.endsWith('\n') || text === '' ? text : `${text}\n`;
    } catch (err) {
      return `# the Temporal SDK's metrics are missing: ${(err as Error).message}\n`;
    }
  }
}
