/**
 * The rules every piece of input meets before any DTO sees it: text Postgres and Temporal can store
 * (no NUL, no unpaired surrogate, no control characters but tab and line breaks), bodies nested at
 * most MAX_DEPTH levels, no keys that name object internals. One implementation for JSON bodies,
 * query strings, route parameters, multipart fields (through the validation pipe) and CSV bodies.
 */

/** Deeper than any of our DTOs (a tour's stops are three levels); far below what recursion can take. */
export const MAX_DEPTH = 32;

/** Keys that reach object internals; never a field of ours, refused like any unknown key at any depth. */
export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

/** Reported at most this many problems per request: enough to fix them, bounded for a hostile body. */
const MAX_PROBLEMS = 20;

export interface InputProblem {
  field: string;
  rule: string;
  message: string;
}

export type TextMode =
  /** Free text of a body or a file: tab, LF and CR are allowed. */
  | 'multiline'
  /** Query strings and route parameters: no control character at all. */
  | 'single-line';

// A lone surrogate matches \p{Cs} only under the `u` flag (a pair is one code point there).
const UNSAFE_MULTILINE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]|\p{Cs}/u;
const UNSAFE_SINGLE_LINE = /[\u0000-\u001F\u007F-\u009F]|\p{Cs}/u;
const UNSTORABLE = /\u0000|\p{Cs}/u;
const UNSTORABLE_ALL = /\u0000|\p{Cs}/gu;

export interface UnsafeChar {
  /** Index in UTF-16 code units. */
  index: number;
  /** `U+0000` */
  codePoint: string;
  kind: 'control character' | 'unpaired surrogate';
}

/** The first character a text must not hold, or undefined when the text is safe. */
export function findUnsafeChar(text: string, mode: TextMode = 'multiline'): UnsafeChar | undefined {
  const match = (mode === 'multiline' ? UNSAFE_MULTILINE : UNSAFE_SINGLE_LINE).exec(text);
  if (!match) return undefined;
  const code = match[0].charCodeAt(0);
  return {
    index: match.index,
    codePoint: `U+${code.toString(16).toUpperCase().padStart(4, '0')}`,
    kind: code >= 0xd800 && code <= 0xdfff ? 'unpaired surrogate' : 'control character',
  };
}

export function unsafeTextMessage(field: string, bad: UnsafeChar): string {
  return bad.kind === 'unpaired surrogate'
    ? `${field} must be valid Unicode text (an unpaired surrogate ${bad.codePoint} at character ${bad.index + 1})`
    : `${field} must not contain control characters (${bad.codePoint} at character ${bad.index + 1}); only tab and line breaks are allowed in text`;
}

/** Line and column (both from 1) of a UTF-16 index in a text. */
export function lineAndColumn(text: string, index: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < index; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: index - lineStart + 1 };
}

/**
 * Every problem of a parsed input (JSON body, query, params, multipart fields), walked without
 * recursion so a hostile nesting cannot exhaust the stack. `root` names the field of a bare value.
 */
export function inspectInput(value: unknown, options: { root?: string; mode?: TextMode } = {}): InputProblem[] {
  const mode = options.mode ?? 'multiline';
  const problems: InputProblem[] = [];
  const stack: Array<{ value: unknown; path: string; depth: number }> = [{ value, path: options.root ?? '', depth: 0 }];
  const name = (path: string) => path || 'body';
  while (stack.length > 0 && problems.length < MAX_PROBLEMS) {
    const item = stack.pop()!;
    if (typeof item.value === 'string') {
      const bad = findUnsafeChar(item.value, mode);
      if (bad) problems.push({ field: name(item.path), rule: 'isSafeText', message: unsafeTextMessage(name(item.path), bad) });
      continue;
    }
    if (item.value === null || typeof item.value !== 'object') continue;
    if (item.depth >= MAX_DEPTH) {
      problems.push({ field: name(item.path), rule: 'maxDepth', message: `${name(item.path)} is nested deeper than ${MAX_DEPTH} levels` });
      continue;
    }
    const entries: Array<[string, unknown]> = Array.isArray(item.value)
      ? item.value.map((v, i) => [String(i), v])
      : Object.keys(item.value).map((k) => [k, (item.value as Record<string, unknown>)[k]]);
    // Pushed in reverse, so problems come out in the order of the input.
    for (let i = entries.length - 1; i >= 0; i--) {
      const [key, child] = entries[i];
      const path = item.path ? `${item.path}.${key}` : key;
      if (!Array.isArray(item.value)) {
        const badKey = findUnsafeChar(key, 'single-line');
        if (FORBIDDEN_KEYS.has(key) || badKey) {
          problems.push({ field: badKey ? JSON.stringify(path) : path, rule: 'whitelistValidation', message: `property ${badKey ? JSON.stringify(path) : path} should not exist` });
          continue;
        }
      }
      stack.push({ value: child, path, depth: item.depth + 1 });
    }
  }
  return problems;
}

/**
 * The same value with every NUL and unpaired surrogate replaced by U+FFFD, for writers behind the
 * edge: whatever reaches them from a workflow is stored, never refused by Postgres (text columns take
 * no NUL; jsonb takes neither). Iterative; depth beyond MAX_DEPTH * 4 is kept as it is.
 */
export function storableText<T>(value: T): T {
  if (typeof value === 'string') return (UNSTORABLE.test(value) ? value.replace(UNSTORABLE_ALL, '\uFFFD') : value) as T;
  if (value === null || typeof value !== 'object' || !needsCleaning(value)) return value;
  return clean(value, 0) as T;
}

function needsCleaning(value: object): boolean {
  const stack: Array<{ v: unknown; d: number }> = [{ v: value, d: 0 }];
  while (stack.length > 0) {
    const { v, d } = stack.pop()!;
    if (typeof v === 'string') {
      if (UNSTORABLE.test(v)) return true;
    } else if (v !== null && typeof v === 'object' && d < MAX_DEPTH * 4 && isPlain(v)) {
      for (const k of Object.keys(v)) {
        if (UNSTORABLE.test(k)) return true;
        stack.push({ v: (v as Record<string, unknown>)[k], d: d + 1 });
      }
    }
  }
  return false;
}

function clean(value: unknown, depth: number): unknown {
  if (typeof value === 'string') return value.replace(UNSTORABLE_ALL, '\uFFFD');
  if (value === null || typeof value !== 'object' || depth >= MAX_DEPTH * 4 || !isPlain(value)) return value;
  if (Array.isArray(value)) return value.map((v) => clean(v, depth + 1));
  const out: Record<string, unknown> = {};
  for (const k of Object.keys(value)) out[k.replace(UNSTORABLE_ALL, '\uFFFD')] = clean((value as Record<string, unknown>)[k], depth + 1);
  return out;
}

/** Arrays and plain objects (what a payload converter produces); Dates, Buffers and the like stay as they are. */
function isPlain(v: object): boolean {
  if (Array.isArray(v)) return true;
  const proto = Object.getPrototypeOf(v);
  return proto === Object.prototype || proto === null;
}
