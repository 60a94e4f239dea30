import * as net from 'node:net';

/** One round trip a process made to Postgres: the statements sent before one Sync (or one simple Query). */
export interface RoundTrip {
  /** Which client connection (0, 1, …) in the order they connected. */
  connection: number;
  /** Statement texts (a named prepared statement is known by its first Parse on the connection). */
  statements: string[];
  /** Named prepared statements used (by name), for reading how many ran prepared. */
  prepared: string[];
  /** Every bound parameter as text (null as null), to tell one case's statements from the rest. */
  params: Array<string | null>;
}

/**
 * A loopback proxy in front of Postgres that decodes what the client sends (the frontend side of
 * the wire protocol) and records each round trip: a simple Query, or the Parse/Bind/Execute messages
 * up to a Sync. For measuring how many round trips an action costs, whatever the process.
 */
export class PgWireCounter {
  readonly trips: RoundTrip[] = [];
  private server?: net.Server;
  private port = 0;
  private connections = 0;
  private readonly sockets = new Set<net.Socket>();

  private constructor(private readonly target: { host: string; port: number }) {}

  static async start(targetUrl: string): Promise<PgWireCounter> {
    const u = new URL(targetUrl);
    const counter = new PgWireCounter({ host: u.hostname, port: Number(u.port || 5432) });
    await new Promise<void>((resolve, reject) => {
      const server = net.createServer((client) => counter.forward(client));
      server.once('error', reject);
      server.listen(0, '127.0.0.1', () => {
        const a = server.address();
        if (a && typeof a === 'object') counter.port = a.port;
        counter.server = server;
        resolve();
      });
    });
    return counter;
  }

  /** `url` with its host and port replaced by the counter's. */
  urlThrough(url: string): string {
    const u = new URL(url);
    u.hostname = '127.0.0.1';
    u.port = String(this.port);
    return u.toString();
  }

  /** A mark: its `since()` answers the round trips recorded after it. */
  mark(): { since: () => RoundTrip[] } {
    const start = this.trips.length;
    return { since: () => this.trips.slice(start) };
  }

  async close(): Promise<void> {
    for (const s of this.sockets) s.destroy();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  private forward(client: net.Socket): void {
    const id = this.connections++;
    const upstream = net.connect(this.target.port, this.target.host);
    for (const socket of [client, upstream]) {
      this.sockets.add(socket);
      socket.setNoDelay(true);
      socket.on('error', () => undefined);
      socket.on('close', () => {
        this.sockets.delete(socket);
        client.destroy();
        upstream.destroy();
      });
    }
    const named = new Map<string, string>();
    let buffer = Buffer.alloc(0);
    let started = false;
    let pending: RoundTrip = { connection: id, statements: [], prepared: [], params: [] };
    client.on('data', (chunk: Buffer) => {
      upstream.write(chunk);
      buffer = Buffer.concat([buffer, chunk]);
      for (;;) {
        if (!started) {
          // The startup message (or an SSLRequest): a length and no type byte.
          if (buffer.length < 4) return;
          const len = buffer.readInt32BE(0);
          if (buffer.length < len) return;
          const code = buffer.readInt32BE(4);
          buffer = buffer.subarray(len);
          if (code !== 80877103) started = true; // an SSLRequest is followed by the real startup
          continue;
        }
        if (buffer.length < 5) return;
        const type = String.fromCharCode(buffer[0]);
        const len = buffer.readInt32BE(1);
        if (buffer.length < 1 + len) return;
        const body = buffer.subarray(5, 1 + len);
        buffer = buffer.subarray(1 + len);
        if (type === 'Q') {
          this.trips.push({ connection: id, statements: [cstring(body, 0)[0]], prepared: [], params: [] });
        } else if (type === 'P') {
          const [name, next] = cstring(body, 0);
          const [text] = cstring(body, next);
          if (name) named.set(name, text);
          else pending.statements.push(text);
        } else if (type === 'B') {
          const [, afterPortal] = cstring(body, 0);
          const [stmt, afterStmt] = cstring(body, afterPortal);
          if (stmt) {
            pending.statements.push(named.get(stmt) ?? `<prepared ${stmt}>`);
            pending.prepared.push(stmt);
          }
          let at = afterStmt;
          const formats = body.readInt16BE(at);
          at += 2 + 2 * formats;
          const count = body.readInt16BE(at);
          at += 2;
          for (let i = 0; i < count; i++) {
            const n = body.readInt32BE(at);
            at += 4;
            if (n < 0) pending.params.push(null);
            else {
              pending.params.push(body.subarray(at, at + n).toString('utf8'));
              at += n;
            }
          }
        } else if (type === 'S') {
          this.trips.push(pending);
          pending = { connection: id, statements: [], prepared: [], params: [] };
        }
      }
    });
    upstream.on('data', (chunk: Buffer) => client.write(chunk));
  }
}

function cstring(buf: Buffer, at: number): [string, number] {
  const end = buf.indexOf(0, at);
  return [buf.subarray(at, end).toString('utf8'), end + 1];
}

/**
 * The round trips of one piece of work among others: those binding `marker` as a parameter, and
 * every round trip of a transaction on a connection (BEGIN … COMMIT/ROLLBACK) that one of them is in.
 */
export function tripsOf(trips: RoundTrip[], marker: string): RoundTrip[] {
  const byConnection = new Map<number, RoundTrip[]>();
  for (const t of trips) byConnection.set(t.connection, [...(byConnection.get(t.connection) ?? []), t]);
  const chosen = new Set<RoundTrip>();
  for (const list of byConnection.values()) {
    let tx: RoundTrip[] | undefined;
    for (const t of list) {
      const text = t.statements.join(';').trim().toUpperCase();
      if (text.startsWith('START TRANSACTION') || text.startsWith('BEGIN')) tx = [];
      if (tx) tx.push(t);
      else if (t.params.some((p) => p !== null && p.includes(marker))) chosen.add(t);
      if (tx && (text.startsWith('COMMIT') || text.startsWith('ROLLBACK'))) {
        if (tx.some((x) => x.params.some((p) => p !== null && p.includes(marker)))) tx.forEach((x) => chosen.add(x));
        tx = undefined;
      }
    }
  }
  return trips.filter((t) => chosen.has(t));
}
