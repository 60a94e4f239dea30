/**
 * A CSV cell: quoted when it holds a quote, comma or line break; a leading formula character
 * (= + - @) is neutralised with an apostrophe so that a spreadsheet shows it as text.
 */
export function csvCell(value: unknown): string {
  const s = value === null || value === undefined ? '' : String(value);
  const safe = /^[=+\-@]/.test(s) ? `'${s}` : s;
  return /[",\r\n]/.test(safe) || safe !== s ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** A whole CSV file: the header row, then the rows, CRLF-terminated (RFC 4180). */
export function csvText(header: readonly string[], rows: ReadonlyArray<readonly unknown[]>): string {
  return [header, ...rows].map((r) => `${r.map(csvCell).join(',')}\r\n`).join('');
}
