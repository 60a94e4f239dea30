import { Injectable } from '@nestjs/common';
import { AppConfig } from '../config/app-config';

export interface IngestPacket {
  batchId: string;
  sha256: string;
  content: Buffer;
  residentsCount: number;
  deviceSerial: string;
  capturedAt: string;
  villageCode: string;
  regencyCode: string;
}

export type IngestAnswer = { status: 'acknowledged'; receipt: string | null } | { status: 'rejected'; reason: string };

/** The centre could not be reached or did not answer usefully: try again later. */
export class CentralUnavailableError extends Error {}

/**
 * The ministry's central ingestion endpoint, over HTTP. Contract: `POST CENTRAL_INGEST_URL` with the
 * packet as `application/octet-stream`, the checksum as `Idempotency-Key` (and `X-Checksum-SHA256`),
 * the batch's metadata in `X-*` headers. 2xx acknowledges (`{"receipt": …}` optional); 409 means the
 * centre already holds this checksum, which acknowledges too; 400 and 422 reject the packet with
 * `{"reason": …}`; anything else — no connection, a timeout, 5xx, 401/403/404/429 — is a reason to
 * try again later.
 */
@Injectable()
export class CentralIngestAdapter {
  constructor(private readonly config: AppConfig) {}

  async push(p: IngestPacket): Promise<IngestAnswer> {
    const url = this.config.CENTRAL_INGEST_URL;
    if (!url) throw new CentralUnavailableError('CENTRAL_INGEST_URL is not configured; the batch waits, stored, until it is');
    let res: Response;
    try {
      res = await fetch(url, {
        method: 'POST',
        headers: {
          'Content-Type': 'application/octet-stream',
          'Idempotency-Key': p.sha256,
          'X-Checksum-SHA256': p.sha256,
          'X-Batch-Id': p.batchId,
          'X-Residents-Count': String(p.residentsCount),
          'X-Device-Serial': p.deviceSerial,
          'X-Captured-At': p.capturedAt,
          'X-Village-Code': p.villageCode,
          'X-Regency-Code': p.regencyCode,
          ...(this.config.CENTRAL_INGEST_TOKEN ? { Authorization: `Bearer ${this.config.CENTRAL_INGEST_TOKEN}` } : {}),
        },
        body: p.content,
        signal: AbortSignal.timeout(this.config.CENTRAL_INGEST_TIMEOUT_MS),
      });
    } catch (err) {
      const cause = (err as { cause?: { code?: string; message?: string } }).cause;
      throw new CentralUnavailableError(`centre unreachable: ${cause?.code ?? cause?.message ?? (err as Error).message}`);
    }
    const text = await res.text().catch(() => '');
    const body = parseJson(text);
    if (res.ok || res.status === 409) return { status: 'acknowledged', receipt: typeof body?.receipt === 'string' ? body.receipt : null };
    if (res.status === 400 || res.status === 422) {
      const reason = typeof body?.reason === 'string' && body.reason.trim() ? body.reason.trim() : `rejected by the centre (HTTP ${res.status})`;
      return { status: 'rejected', reason: reason.slice(0, 1000) };
    }
    throw new CentralUnavailableError(`centre answered HTTP ${res.status}${text ? `: ${text.slice(0, 200)}` : ''}`);
  }
}

function parseJson(text: string): Record<string, unknown> | undefined {
  try {
    const value = JSON.parse(text);
    return value && typeof value === 'object' ? value : undefined;
  } catch {
    return undefined;
  }
}
