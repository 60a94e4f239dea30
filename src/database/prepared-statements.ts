import type { Pool, PoolClient, QueryResult, QueryResultRow } from 'pg';
import { DataSource, EntityManager, QueryFailedError } from 'typeorm';

/**
 * A statement of the hot path, run as a named prepared statement: Postgres parses and plans it once
 * per connection, later runs send only its name and values. TypeORM's `query()` cannot name a
 * statement, so these go to the pg client underneath (the transaction's own connection when given
 * a transaction's manager, the pool otherwise).
 */
export interface PreparedStatement {
  readonly name: string;
  readonly text: string;
}

const defined = new Map<string, string>();

/**
 * Declares a prepared statement (at module load). A name stands for one text in the whole process:
 * a connection that had prepared another text under the same name would refuse it.
 */
export function preparedStatement(name: string, text: string): PreparedStatement {
  const known = defined.get(name);
  if (known !== undefined && known !== text) throw new Error(`prepared statement ${name} is declared twice with different texts`);
  defined.set(name, text);
  return { name, text };
}

/**
 * Runs `statement` with `values` through `db`: a DataSource (the pool, outside any transaction) or an
 * EntityManager (inside `transaction()`: on that transaction's connection). Answers the rows (those
 * of RETURNING for a write) and the count of rows the command touched. Fails like TypeORM's query()
 * (a QueryFailedError carrying the driver's error, logged without its parameters).
 */
export async function runPrepared<T extends QueryResultRow = Record<string, unknown>>(
  db: DataSource | EntityManager,
  statement: PreparedStatement,
  values: unknown[],
): Promise<{ rows: T[]; rowCount: number }> {
  const config = { name: statement.name, text: statement.text, values };
  const runner = db instanceof DataSource ? undefined : db.queryRunner;
  const dataSource = db instanceof DataSource ? db : db.connection;
  let result: QueryResult<T>;
  try {
    if (runner && !runner.isReleased) {
      // The postgres driver's QueryRunner answers its pg PoolClient on connect().
      const client = (await runner.connect()) as PoolClient;
      result = await client.query<T>(config);
    } else {
      const pool = (dataSource.driver as unknown as { master: Pool }).master;
      result = await pool.query<T>(config);
    }
  } catch (err) {
    dataSource?.logger.logQueryError(err instanceof Error ? err : String(err), statement.text, []);
    throw new QueryFailedError(statement.text, [], err instanceof Error ? err : new Error(String(err)));
  }
  return { rows: result.rows, rowCount: result.rowCount ?? 0 };
}
