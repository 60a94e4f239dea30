/**
 * Rows of a raw `UPDATE … RETURNING` / `DELETE … RETURNING` through TypeORM: for those commands
 * `query()` answers `[rows, rowCount]` instead of the rows (INSERT and SELECT answer the rows).
 */
export function returnedRows<T = Record<string, unknown>>(result: unknown): T[] {
  if (Array.isArray(result) && result.length === 2 && Array.isArray(result[0]) && typeof result[1] === 'number') return result[0] as T[];
  return result as T[];
}
