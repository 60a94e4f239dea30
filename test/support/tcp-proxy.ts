import * as net from 'node:net';

/**
 * A loopback TCP proxy between the API/worker processes and a dependency (Postgres, Temporal), to
 * take the dependency away as a crash or a cut network would: `cut()` refuses new connections
 * (nothing listens on the port) and drops the open ones; `hang()` drops the open ones and accepts new
 * ones that are never answered (a peer that stopped responding); `freeze()` keeps the open ones but
 * passes nothing more over them, and answers no new one (a network that stalls mid-conversation);
 * `restore()` forwards again, on the same port.
 */
export class TcpProxy {
  private server?: net.Server;
  private readonly sockets = new Set<net.Socket>();
  private port = 0;
  private hanging = false;

  private constructor(
    private readonly targetHost: string,
    private readonly targetPort: number,
  ) {}

  /** Starts forwarding a free loopback port to `target` (`host:port`). */
  static async start(target: string): Promise<TcpProxy> {
    const i = target.lastIndexOf(':');
    const proxy = new TcpProxy(target.slice(0, i), Number(target.slice(i + 1)));
    await proxy.listen();
    return proxy;
  }

  /** `127.0.0.1:<port>`: what the processes are given instead of the dependency's address. */
  get address(): string {
    return `127.0.0.1:${this.port}`;
  }

  /** `url` with its host and port replaced by the proxy's (for DATABASE_URL). */
  urlThrough(url: string): string {
    const u = new URL(url);
    u.hostname = '127.0.0.1';
    u.port = String(this.port);
    return u.toString();
  }

  /** New connections are refused and open ones are dropped, until restore(). */
  async cut(): Promise<void> {
    const server = this.server;
    this.server = undefined;
    const closed = server ? new Promise<void>((resolve) => server.close(() => resolve())) : Promise.resolve();
    this.dropAll();
    await closed;
  }

  /** Open connections are dropped; new ones are accepted and then left unanswered, until restore(). */
  async hang(): Promise<void> {
    this.hanging = true;
    this.dropAll();
    if (!this.server) await this.listen();
  }

  /** Open connections stay open but carry nothing more; new ones are accepted and left unanswered, until restore(). */
  async freeze(): Promise<void> {
    this.hanging = true;
    for (const socket of this.sockets) {
      socket.unpipe();
      socket.pause();
    }
    if (!this.server) await this.listen();
  }

  /** Forwards again, on the same port (connections held by hang() are dropped, so that clients reconnect). */
  async restore(): Promise<void> {
    if (this.hanging) {
      this.hanging = false;
      this.dropAll();
    }
    if (!this.server) await this.listen();
  }

  async close(): Promise<void> {
    await this.cut();
  }

  private listen(): Promise<void> {
    const server = net.createServer((client) => this.forward(client));
    return new Promise((resolve, reject) => {
      server.once('error', reject);
      server.listen(this.port, '127.0.0.1', () => {
        server.off('error', reject);
        const address = server.address();
        if (address && typeof address === 'object') this.port = address.port;
        this.server = server;
        resolve();
      });
    });
  }

  private dropAll(): void {
    for (const socket of this.sockets) socket.destroy();
    this.sockets.clear();
  }

  private forward(client: net.Socket): void {
    if (this.hanging) {
      this.sockets.add(client);
      client.on('error', () => undefined);
      client.on('close', () => this.sockets.delete(client));
      return;
    }
    const upstream = net.connect(this.targetPort, this.targetHost);
    for (const socket of [client, upstream]) {
      this.sockets.add(socket);
      socket.setNoDelay(true);
      // One side gone: the other goes too, as it would over a real connection.
      socket.on('error', () => undefined);
      socket.on('close', () => {
        this.sockets.delete(socket);
        client.destroy();
        upstream.destroy();
      });
    }
    client.pipe(upstream);
    upstream.pipe(client);
  }
}

/**
 * Proxies in front of the test run's Postgres and Temporal, with `env` pointed through them
 * (DATABASE_URL, TEMPORAL_ADDRESS): set before the Stack holding `env` starts.
 */
export async function proxyDependencies(env: NodeJS.ProcessEnv): Promise<{ postgres: TcpProxy; temporal: TcpProxy }> {
  const database = process.env.TEST_DATABASE_URL as string;
  const postgres = await TcpProxy.start(new URL(database).host);
  const temporal = await TcpProxy.start(process.env.TEST_TEMPORAL_ADDRESS as string);
  env.DATABASE_URL = postgres.urlThrough(database);
  env.TEMPORAL_ADDRESS = temporal.address;
  return { postgres, temporal };
}
