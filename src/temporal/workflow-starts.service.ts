import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Client, isGrpcServiceError, ServiceError, WorkflowExecutionAlreadyStartedError } from '@temporalio/client';
import { defineSearchAttributeKey, SearchAttributePair, SearchAttributeType, ValueError, WorkflowIdReusePolicy } from '@temporalio/common';
import { DataSource, EntityManager } from 'typeorm';
import { DependencyUnavailableError } from '../common/domain-errors';
import { returnedRows } from '../common/sql';
import { AppConfig } from '../config/app-config';
import { insertAuditEntry } from '../audit/audit.service';
import { withTemporalDeadline } from './temporal-deadline';
import { preparedStatement, runPrepared } from '../database/prepared-statements';

/** The kinds of object whose rows are created together with their workflow. */
export type StartSubjectKind = 'repair' | 'tour' | 'outage' | 'escalation';

/** A workflow to start for rows just stored, and the rows to give back when it cannot ever start. */
export interface WorkflowStart {
  workflowId: string;
  workflowType: string;
  taskQueue: string;
  args: unknown[];
  searchAttributes: SearchAttributePair[];
  subject: { kind: StartSubjectKind; id: string };
}

/**
 * What each kind gives back when its workflow is refused for good: the dependent rows first, then
 * the object's own row (the tour's stops free its kit days, the outage's points its places, the
 * escalation's links its cases).
 */
const SUBJECTS: Record<StartSubjectKind, { table: string; dependents: Array<[table: string, column: string]>; noun: string; done: string }> = {
  repair: { table: 'repair_cases', dependents: [], noun: 'repair case', done: 'opened' },
  tour: { table: 'tours', dependents: [['tour_stops', 'tour_id'], ['tour_team', 'tour_id']], noun: 'tour', done: 'planned' },
  outage: { table: 'outages', dependents: [['outage_service_points', 'outage_id']], noun: 'outage', done: 'recorded' },
  escalation: {
    table: 'escalations',
    dependents: [['escalation_repair_cases', 'escalation_id'], ['escalation_outages', 'escalation_id']],
    noun: 'letter',
    done: 'drafted',
  },
};

type Outcome = 'started' | 'refused' | 'unavailable';

/** gRPC's INVALID_ARGUMENT: the server rejected the request itself. */
const GRPC_INVALID_ARGUMENT = 3;

interface StoredStart {
  workflow_id: string;
  workflow_type: string;
  task_queue: string;
  args: unknown[];
  search_attributes: Array<{ name: string; type: SearchAttributeType; value: unknown }>;
  subject_kind: StartSubjectKind;
  subject_id: string;
  attempts: number;
}

/**
 * Stores the start of a workflow in the caller's transaction, beside the rows it is for: once that
 * transaction commits, the workflow is started (by the caller right away, or later by the worker's
 * sweeper if the caller died) or, when Temporal refuses it for good, the rows are given back.
 */
export async function stageWorkflowStart(m: EntityManager, start: WorkflowStart): Promise<void> {
  await m.query(workflowStartInsert(1), workflowStartValues(start));
}

/**
 * The INSERT of a staged start whose values are the placeholders from `$first` on
 * (workflowStartValues), for a statement that stores the start together with its rows (a CTE).
 */
export function workflowStartInsert(first: number): string {
  const p = (i: number) => `$${first + i}`;
  return `INSERT INTO workflow_starts (workflow_id, workflow_type, task_queue, args, search_attributes, subject_kind, subject_id)
     VALUES (${p(0)}, ${p(1)}, ${p(2)}, ${p(3)}::jsonb, ${p(4)}::jsonb, ${p(5)}, ${p(6)}::uuid) ON CONFLICT (workflow_id) DO NOTHING`;
}

export function workflowStartValues(start: WorkflowStart): unknown[] {
  return [
    start.workflowId,
    start.workflowType,
    start.taskQueue,
    JSON.stringify(start.args),
    JSON.stringify(start.searchAttributes.map((a) => ({ name: a.key.name, type: a.key.type, value: a.value }))),
    start.subject.kind,
    start.subject.id,
  ];
}

const DELETE_STARTED = preparedStatement('workflow_start_delete', `DELETE FROM workflow_starts WHERE workflow_id = $1`);

/** Starts staged workflows: the API right after its commit, the worker's sweeper for what was left behind. */
@Injectable()
export class WorkflowStartsService {
  private readonly logger = new Logger(WorkflowStartsService.name);

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly client: Client,
    private readonly config: AppConfig,
  ) {}

  /**
   * After the commit: starts the staged workflow and removes its outbox row. A start refused for good
   * gives the rows back (503, nothing was created); an unreachable Temporal leaves the rows and the
   * outbox row to the sweeper, and the 503 says the object is stored and will be started.
   */
  async startNow(start: WorkflowStart): Promise<void> {
    const outcome = await this.attempt(start.workflowId, () => withTemporalDeadline(this.client, () => this.client.workflow.start(start.workflowType, startOptions(start))));
    const subject = SUBJECTS[start.subject.kind];
    if (outcome.result === 'started') {
      // Should this fail, the sweeper finds the workflow running and removes the row then.
      await runPrepared(this.db, DELETE_STARTED, [start.workflowId]).catch((err: Error) => {
        this.logger.warn(`${start.workflowId} started; its outbox row stays for the sweeper: ${err.message}`);
      });
      return;
    }
    if (outcome.result === 'refused') {
      const givenBack = await this.db.transaction((m) => this.giveBack(m, start.workflowId, start.subject, outcome.error));
      // Unless the sweeper took the row meanwhile and has started it.
      if (givenBack || !(await this.subjectExists(start.subject))) {
        throw new DependencyUnavailableError('workflow_start_refused', `The workflow service refused to start the ${subject.noun}; it was not ${subject.done}`);
      }
      return;
    }
    this.logger.warn(`could not start ${start.workflowId} now, the sweeper will: ${outcome.error.message}`);
    throw new DependencyUnavailableError(
      'temporal_unavailable',
      `The workflow service is unavailable; the ${subject.noun} ${start.subject.id} is stored and will be ${subject.done} as soon as the service is back, do not send it again`,
      { id: start.subject.id, pending: true },
    );
  }

  /**
   * One pass of the sweeper: starts (or gives back) what was staged more than the grace period ago and
   * is still here, one row per transaction, claimed with SKIP LOCKED so several workers share the work.
   * Stops at the first start that finds Temporal unreachable. Returns how many rows it settled.
   */
  async sweep(limit = 50): Promise<number> {
    let settled = 0;
    for (let i = 0; i < limit; i++) {
      const outcome = await this.db.transaction(async (m) => {
        const [row]: StoredStart[] = await m.query(
          `SELECT workflow_id, workflow_type, task_queue, args, search_attributes, subject_kind, subject_id, attempts
             FROM workflow_starts
            WHERE task_queue = $1 AND created_at <= now() - make_interval(secs => $2) AND next_attempt_at <= now()
            ORDER BY next_attempt_at LIMIT 1 FOR UPDATE SKIP LOCKED`,
          [this.config.TEMPORAL_TASK_QUEUE, this.config.WORKFLOW_START_GRACE_SECONDS],
        );
        if (!row) return undefined;
        const start = fromRow(row);
        const outcome = await this.attempt(start.workflowId, () => withTemporalDeadline(this.client, () => this.client.workflow.start(start.workflowType, startOptions(start))));
        if (outcome.result === 'started') {
          await m.query(`DELETE FROM workflow_starts WHERE workflow_id = $1`, [start.workflowId]);
          this.logger.log(`started ${start.workflowId}, left behind by the process that stored it`);
        } else if (outcome.result === 'refused') {
          await this.giveBack(m, start.workflowId, start.subject, outcome.error);
        } else {
          const backoff = Math.min(this.config.WORKFLOW_START_RETRY_MAX_SECONDS, 2 ** Math.min(row.attempts, 20));
          await m.query(
            `UPDATE workflow_starts SET attempts = attempts + 1, last_error = $2, next_attempt_at = now() + make_interval(secs => $3) WHERE workflow_id = $1`,
            [start.workflowId, outcome.error.message.slice(0, 2000), backoff],
          );
          this.logger.warn(`could not start ${start.workflowId} (attempt ${row.attempts + 1}), retrying in ${backoff}s: ${outcome.error.message}`);
        }
        return outcome.result;
      });
      if (!outcome || outcome === 'unavailable') break;
      settled++;
    }
    return settled;
  }

  /** A workflow already started counts as started: a repeat start is how a lost answer is found out. */
  private async attempt(workflowId: string, start: () => Promise<unknown>): Promise<{ result: 'started' } | { result: Exclude<Outcome, 'started'>; error: Error }> {
    try {
      await start();
      return { result: 'started' };
    } catch (err) {
      if (err instanceof WorkflowExecutionAlreadyStartedError) return { result: 'started' };
      const error = err instanceof Error ? err : new Error(String(err));
      return { result: refusedForGood(error) ? 'refused' : 'unavailable', error };
    }
  }

  /** Removes the outbox row and, if it was still there (nobody else settled it), the subject's rows. */
  private async giveBack(m: EntityManager, workflowId: string, subject: WorkflowStart['subject'], error: Error): Promise<boolean> {
    const removed = returnedRows(await m.query(`DELETE FROM workflow_starts WHERE workflow_id = $1 RETURNING workflow_id`, [workflowId]));
    if (removed.length === 0) return false;
    const s = SUBJECTS[subject.kind];
    const [row] = await m.query(`SELECT office_id FROM ${s.table} WHERE id = $1`, [subject.id]);
    for (const [table, column] of s.dependents) await m.query(`DELETE FROM ${table} WHERE ${column} = $1`, [subject.id]);
    await m.query(`DELETE FROM ${s.table} WHERE id = $1`, [subject.id]);
    // The trail recorded the create: it records that it was undone. The create's idempotency key is
    // freed, so a retry of it is carried out anew rather than told it was done.
    await insertAuditEntry(m, {
      actor: 'system',
      actorKind: 'system',
      officeId: row?.office_id ?? null,
      action: `${subject.kind}.given-back`,
      targetType: subject.kind,
      targetId: subject.id,
      summary: { workflowId, reason: error.message.slice(0, 500) },
      dedupKey: `${workflowId}:given-back`,
    });
    await m.query(`DELETE FROM idempotency_keys WHERE target_id = $1`, [subject.id]);
    this.logger.error(`the workflow service refused to start ${workflowId}; ${s.noun} ${subject.id} was given back: ${error.message}`);
    return true;
  }

  private async subjectExists(subject: WorkflowStart['subject']): Promise<boolean> {
    const rows = await this.db.query(`SELECT 1 FROM ${SUBJECTS[subject.kind].table} WHERE id = $1`, [subject.id]);
    return rows.length > 0;
  }
}

/**
 * A start that can never succeed as stored: Temporal rejected the request itself, or its arguments
 * cannot be encoded. Anything else (unreachable, timed out, overloaded) may have reached the server
 * or may succeed later, so the rows are kept and the start is tried again.
 */
function refusedForGood(err: Error): boolean {
  if (err instanceof ValueError) return true;
  const cause = err instanceof ServiceError ? err.cause : err;
  return isGrpcServiceError(cause) && cause.code === GRPC_INVALID_ARGUMENT;
}

function startOptions(start: WorkflowStart) {
  return {
    workflowId: start.workflowId,
    taskQueue: start.taskQueue,
    args: start.args,
    typedSearchAttributes: start.searchAttributes,
    // A repeat start of a workflow that has already ended must not run it a second time.
    workflowIdReusePolicy: WorkflowIdReusePolicy.REJECT_DUPLICATE,
  };
}

function fromRow(row: StoredStart): WorkflowStart {
  return {
    workflowId: row.workflow_id,
    workflowType: row.workflow_type,
    taskQueue: row.task_queue,
    args: row.args,
    searchAttributes: row.search_attributes.map(
      (a) =>
        ({
          key: defineSearchAttributeKey(a.name, a.type),
          value: a.type === SearchAttributeType.DATETIME ? new Date(a.value as string) : a.value,
        }) as SearchAttributePair,
    ),
    subject: { kind: row.subject_kind, id: row.subject_id },
  };
}
