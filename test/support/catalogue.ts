import * as fs from 'node:fs';
import * as path from 'node:path';

const LOCALES = path.resolve(__dirname, '..', '..', 'web', 'src', 'locales');

/** A language's catalogue as the app loads it: one file per top-level key. */
export function catalogue(language: 'id' | 'en'): Record<string, unknown> {
  const dir = path.join(LOCALES, language);
  return Object.fromEntries(
    fs
      .readdirSync(dir)
      .filter((f) => f.endsWith('.json'))
      .map((f) => [f.slice(0, -'.json'.length), JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8')) as unknown]),
  );
}

/** Every string of a catalogue, flattened. */
export function strings(catalogue: unknown): string[] {
  return typeof catalogue === 'string' ? [catalogue] : Object.values(catalogue as object).flatMap(strings);
}
