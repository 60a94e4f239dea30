import { Gauge, Registry } from 'prom-client';
import type { DataSource } from 'typeorm';
import { OPEN_REPAIR_STATUSES } from '../../workflows/repair.messages';

/** Age buckets of the letters waiting, in hours (a duration: no calendar day, so no time zone). */
export const LETTER_AGE_BUCKETS = [
  { label: '0-1d', fromHours: 0 },
  { label: '1-3d', fromHours: 24 },
  { label: '3-7d', fromHours: 72 },
  { label: '7-14d', fromHours: 168 },
  { label: '14d+', fromHours: 336 },
] as const;

type Row = { key: string; n: number; extra?: number };

interface Snapshot {
  repairs: Row[];
  unableToRecord: number;
  letters: Row[];
  batches: Row[];
  backlog: number;
  emails: Row[];
  webhooks: Row[];
}

/** The letter's wait: drafted and not yet approved, or sent and no reply yet, with its age bucket. */
const AGE_CASE = `CASE ${LETTER_AGE_BUCKETS.slice()
  .reverse()
  .map((b) => `WHEN age >= interval '${b.fromHours} hours' THEN '${b.label}'`)
  .join(' ')} ELSE '${LETTER_AGE_BUCKETS[0].label}' END`;

/**
 * One round trip: every figure of the read model the dashboards watch, each an aggregate that the
 * existing indexes (or small tables) answer. Open repair statuses come from the workflow's own list.
 */
const SNAPSHOT_SQL = `
SELECT
  (SELECT coalesce(json_agg(r), '[]') FROM (
     SELECT status AS key, count(*)::int AS n, (count(*) FILTER (WHERE deadline_at < now()))::int AS extra
     FROM repair_cases WHERE status = ANY($1) GROUP BY status) r) AS repairs,
  (SELECT count(*)::int FROM service_points WHERE NOT can_record) AS "unableToRecord",
  (SELECT coalesce(json_agg(l), '[]') FROM (
     SELECT waiting || '|' || ${AGE_CASE} AS key, count(*)::int AS n FROM (
       SELECT CASE WHEN e.status = 'drafted' THEN 'approval' ELSE 'reply' END AS waiting,
              now() - CASE WHEN e.status = 'drafted' THEN e.updated_at
                           ELSE coalesce(lt.dispatched_at, lt.approved_at, e.updated_at) END AS age
       FROM escalations e
       LEFT JOIN escalation_letters lt ON lt.escalation_id = e.id AND lt.round = e.round
       WHERE e.status IN ('drafted', 'awaiting-reply')) w
     GROUP BY 1) l) AS letters,
  (SELECT coalesce(json_agg(b), '[]') FROM (
     SELECT status AS key, count(*)::int AS n FROM tour_batches WHERE status IN ('received', 'sent') GROUP BY status) b) AS batches,
  (SELECT coalesce(sum(backlog_remaining), 0)::int FROM outages WHERE status <> 'closed') AS backlog,
  (SELECT coalesce(json_agg(m), '[]') FROM (
     SELECT status AS key, count(*)::int AS n FROM notification_emails WHERE status IN ('pending', 'failed') GROUP BY status) m) AS emails,
  (SELECT coalesce(json_agg(w), '[]') FROM (
     SELECT status AS key, count(*)::int AS n FROM webhook_deliveries WHERE status IN ('pending', 'failed') GROUP BY status) w) AS webhooks`;

/**
 * The domain gauges of the API's /metrics, read from the read model when Prometheus scrapes, and
 * at most once per METRICS_CACHE_SECONDS whatever the number of scrapers (scrapes in between, and
 * concurrent ones, share the last read). Only the API exposes them: the workers run as replicas and
 * would report the same figures twice.
 */
export class DomainMetrics {
  private readonly repairsOpen: Gauge;
  private readonly repairsStalled: Gauge;
  private readonly servicePointsUnableToRecord: Gauge;
  private readonly lettersWaiting: Gauge;
  private readonly batchesUnacknowledged: Gauge;
  private readonly printBacklog: Gauge;
  private readonly emails: Gauge;
  private readonly webhooks: Gauge;
  private readonly readOk: Gauge;
  private readonly readAt: Gauge;
  private last?: { at: number; read: Promise<void> };

  constructor(
    registry: Registry,
    private readonly db: DataSource,
    private readonly cacheSeconds: number,
  ) {
    const gauge = (name: string, help: string, labelNames: string[] = []) => new Gauge({ name, help, labelNames, registers: [registry] });
    this.repairsOpen = gauge('ektp_repair_cases_open', 'Repair cases not closed or cancelled, by status', ['status']);
    this.repairsStalled = gauge('ektp_repair_cases_stalled', 'Open repair cases past the deadline of their current step, by status', ['status']);
    this.servicePointsUnableToRecord = gauge('ektp_service_points_unable_to_record', 'Service points that cannot record e-KTP applications now');
    this.lettersWaiting = gauge(
      'ektp_letters_waiting',
      'Escalation letters waiting for approval (drafted) or for the recipient\'s reply (awaiting-reply), by how long they have waited',
      ['waiting_for', 'age'],
    );
    this.batchesUnacknowledged = gauge('ektp_batches_unacknowledged', 'Offline recording batches the centre has not acknowledged yet, by status', ['status']);
    this.printBacklog = gauge('ektp_print_backlog_remaining', 'Cards still to print after outages (sum of the open outages\' remaining backlog)');
    this.emails = gauge('ektp_notification_emails', 'Notification e-mails not sent: pending (to be sent or retried) and failed (given up)', ['status']);
    this.webhooks = gauge('ektp_webhook_deliveries', 'Webhook deliveries not delivered: pending (being retried) and failed (given up)', ['status']);
    this.readOk = gauge('ektp_read_model_up', '1 when the domain gauges could be read from Postgres at the last read, 0 when not');
    this.readAt = gauge('ektp_read_model_read_timestamp_seconds', 'When the domain gauges were last read from Postgres (Unix time)');
  }

  /** Brings the gauges up to date unless they were read within the cache's time. */
  refresh(): Promise<void> {
    const now = Date.now();
    if (this.last && now - this.last.at < this.cacheSeconds * 1000) return this.last.read;
    const read = this.read();
    this.last = { at: now, read };
    return read;
  }

  private async read(): Promise<void> {
    let snapshot: Snapshot;
    try {
      const [row] = (await this.db.query(SNAPSHOT_SQL, [OPEN_REPAIR_STATUSES])) as Snapshot[];
      snapshot = row;
    } catch {
      // Postgres down or slow: no figures rather than stale ones; ektp_read_model_up says why they are missing.
      for (const g of [this.repairsOpen, this.repairsStalled, this.servicePointsUnableToRecord, this.lettersWaiting, this.batchesUnacknowledged, this.printBacklog, this.emails, this.webhooks]) {
        g.reset();
      }
      this.readOk.set(0);
      return;
    }
    const byKey = (rows: Row[]) => new Map(rows.map((r) => [r.key, r]));
    const repairs = byKey(snapshot.repairs);
    for (const status of OPEN_REPAIR_STATUSES) {
      this.repairsOpen.set({ status }, repairs.get(status)?.n ?? 0);
      this.repairsStalled.set({ status }, repairs.get(status)?.extra ?? 0);
    }
    this.servicePointsUnableToRecord.set(snapshot.unableToRecord);
    const letters = byKey(snapshot.letters);
    for (const waiting of ['approval', 'reply']) {
      for (const { label } of LETTER_AGE_BUCKETS) this.lettersWaiting.set({ waiting_for: waiting, age: label }, letters.get(`${waiting}|${label}`)?.n ?? 0);
    }
    const batches = byKey(snapshot.batches);
    for (const status of ['received', 'sent']) this.batchesUnacknowledged.set({ status }, batches.get(status)?.n ?? 0);
    this.printBacklog.set(snapshot.backlog);
    const emails = byKey(snapshot.emails);
    const webhooks = byKey(snapshot.webhooks);
    for (const status of ['pending', 'failed']) {
      this.emails.set({ status }, emails.get(status)?.n ?? 0);
      this.webhooks.set({ status }, webhooks.get(status)?.n ?? 0);
    }
    this.readOk.set(1);
    this.readAt.set(Date.now() / 1000);
  }
}
