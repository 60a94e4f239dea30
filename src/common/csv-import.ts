import { parse } from 'csv-parse/sync';
import { DomainError } from './domain-errors';
import { findUnsafeChar, lineAndColumn, unsafeTextMessage } from './input-rules';

/** One problem of a CSV import: its line (1 is the header), the column where known, the field. */
export interface CsvLineError {
  line: number;
  column?: number;
  field: string;
  message: string;
}

/** A CSV whose rows do not fit: every problem, by line and column, in one 400 answer; nothing imported. */
export class CsvImportError extends DomainError {
  readonly status = 400;
  constructor(message: string, errors: CsvLineError[]) {
    super('invalid_csv', message, { field: 'body', errors });
  }
}

/** Every problem found, the first named in the message, at most 100 listed. */
export function csvProblems(errors: CsvLineError[]): CsvImportError {
  errors.sort((a, b) => a.line - b.line || (a.column ?? 0) - (b.column ?? 0));
  const first = errors[0];
  return new CsvImportError(
    `${errors.length} problem(s) in the CSV; nothing was imported. First: line ${first.line}${first.column ? `, column ${first.column}` : ''}, ${first.field}: ${first.message}`,
    errors.slice(0, 100),
  );
}

/** A record of the file and the line of the file it starts on. */
export interface CsvRecord {
  line: number;
  cells: string[];
}

/**
 * The records of a CSV body (header first), after the checks every import makes: a text/csv body,
 * only text the input rules allow (named by line and character column), well-formed quotes and the
 * same number of columns on every line. A byte order mark is dropped; empty lines are skipped.
 */
export function readCsv(csv: unknown): CsvRecord[] {
  if (typeof csv !== 'string' || !csv.trim()) {
    throw new CsvImportError('The body must be a CSV file sent as Content-Type: text/csv', [{ line: 0, field: 'body', message: 'empty or not text/csv' }]);
  }
  // The same text rule as every other input, named by line and column of the file.
  const bad = findUnsafeChar(csv);
  if (bad) {
    const { line, column } = lineAndColumn(csv, bad.index);
    throw new CsvImportError(`Line ${line}, column ${column}: ${unsafeTextMessage('the CSV', bad)}`, [
      { line, column, field: 'body', message: unsafeTextMessage(`line ${line} column ${column}`, bad) },
    ]);
  }
  try {
    const records = parse(csv.replace(/^\uFEFF/, ''), {
      skip_empty_lines: true,
      trim: true,
      relax_column_count: false,
      info: true,
    }) as unknown as Array<{ record: string[]; info: { lines: number } }>;
    // `lines` is where a record ends; a quoted cell can span lines.
    return records.map(({ record, info }) => ({ line: info.lines - record.reduce((n, c) => n + (c.match(/\n/g)?.length ?? 0), 0), cells: record }));
  } catch (err) {
    const line = (err as { lines?: number }).lines ?? 0;
    throw new CsvImportError('The CSV cannot be read', [{ line, field: 'body', message: 'malformed CSV (quotes or column count)' }]);
  }
}
