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
};
type ComposeFile = { services: Record<string, Service> };

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
    for (const key of ['DATABASE_URL', 'TEMPORAL_ADDRESS', 'TEMPORAL_NAMESPACE', 'TEMPORAL_TASK_QUEUE']) {
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

describe('Dockerfile', () => {
  let dockerfile: string;

  beforeAll(() => {
    dockerfile = fs.readFileSync(dockerfilePath, 'utf8');
  });

  it('is a multi-stage build on node 20 bookworm-slim', () => {
    expect(dockerfile).toMatch(/node:20[\w.-]*-bookworm-slim/);
    expect((dockerfile.match(/^FROM\s/gim) ?? []).length).toBeGreaterThanOrEqual(2);
    expect(dockerfile).toMatch(/npm run build/);
    expect(dockerfile).toMatch(/npm prune --omit=dev/);
  });

  it('runs as a non-root user', () => {
    const users = [...dockerfile.matchAll(/^USER\s+(\S+)/gim)].map((m) => m[1]);
    expect(users.length).toBeGreaterThan(0);
    expect(['root', '0', '0:0']).not.toContain(users[users.length - 1]);
  });
});
