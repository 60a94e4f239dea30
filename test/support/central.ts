import { createHash } from 'node:crypto';
import { createServer, IncomingMessage, Server } from 'node:http';
import type { Socket } from 'node:net';

export interface Delivery {
  idempotencyKey: string;
  sha256OfBody: string;
  batchId: string;
  residents: number;
  villageCode: string;
}

/**
 * A real HTTP server on loopback standing in for the ministry's central ingestion endpoint. It can
 * drop the next N connections (the centre is down), reject packets by checksum, and it keeps what
 * it accepted by idempotency key, as the centre would: a key seen before is answered 409.
 */
export class CentralServer {
  /** Every packet accepted or rejected, once per idempotency key. */
  readonly accepted = new Map<string, Delivery>();
  readonly rejected = new Map<string, Delivery>();
  /** Every request that reached the handler (retries included). */
  requests = 0;
  refused = 0;
  private refuseLeft = 0;
  private readonly rejectKeys = new Map<string, string>();
  private server: Server = createServer((req, res) => void this.handle(req, res));
  private sockets = new Set<Socket>();
  port = 0;

  get url(): string {
    return `http://127.0.0.1:${this.port}/ingest/v1/batches`;
  }

  async start(): Promise<void> {
    this.server.on('connection', (socket) => {
      if (this.refuseLeft > 0) {
        this.refuseLeft--;
        this.refused++;
        socket.destroy();
        return;
      }
      this.sockets.add(socket);
      socket.on('close', () => this.sockets.delete(socket));
    });
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', () => resolve()));
    this.port = (this.server.address() as { port: number }).port;
  }

  /** The next `n` connections are dropped before any byte is read. */
  refuseNext(n: number): void {
    this.refuseLeft = n;
  }

  /** The centre is down until `comeBack()`: every connection is dropped, kept-alive ones included. */
  goDown(): void {
    this.refuseLeft = Number.POSITIVE_INFINITY;
    for (const socket of this.sockets) socket.destroy();
  }

  comeBack(): void {
    this.refuseLeft = 0;
  }

  rejectChecksum(sha256: string, reason: string): void {
    this.rejectKeys.set(sha256, reason);
  }

  private async handle(req: IncomingMessage, res: import('node:http').ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    this.requests++;
    const body = Buffer.concat(chunks);
    const key = String(req.headers['idempotency-key'] ?? '');
    const delivery: Delivery = {
      idempotencyKey: key,
      sha256OfBody: createHash('sha256').update(body).digest('hex'),
      batchId: String(req.headers['x-batch-id'] ?? ''),
      residents: Number(req.headers['x-residents-count']),
      villageCode: String(req.headers['x-village-code'] ?? ''),
    };
    res.setHeader('content-type', 'application/json');
    if (!key || delivery.sha256OfBody !== key) {
      res.statusCode = 422;
      res.end(JSON.stringify({ reason: 'checksum does not match the packet' }));
      return;
    }
    const reason = this.rejectKeys.get(key);
    if (reason) {
      this.rejected.set(key, delivery);
      res.statusCode = 422;
      res.end(JSON.stringify({ reason }));
      return;
    }
    if (this.accepted.has(key)) {
      res.statusCode = 409;
      res.end(JSON.stringify({ receipt: `R-${key.slice(0, 8)}` }));
      return;
    }
    this.accepted.set(key, delivery);
    res.statusCode = 201;
    res.end(JSON.stringify({ receipt: `R-${key.slice(0, 8)}` }));
  }

  async stop(): Promise<void> {
    for (const s of this.sockets) s.destroy();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}
