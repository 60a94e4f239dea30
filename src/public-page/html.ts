/**
 * HTML built by a tagged template that escapes everything interpolated into it: names and addresses
 * come from the database (typed by offices), so none of them may ever become markup. Only markup
 * made by this same template (an `Html`) goes in as it is; arrays are joined; null, undefined and
 * false are left out (for `cond && html`...``).
 *
 * Every value goes into element text or a double-quoted attribute value, where escaping the five
 * characters below is sufficient (OWASP's rule #1 and #2); nothing is ever interpolated into a
 * script, a style, a URL scheme or an unquoted attribute.
 */
export class Html {
  constructor(readonly text: string) {}
  toString(): string {
    return this.text;
  }
}

type Value = Html | string | number | boolean | null | undefined | readonly Value[];

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text made safe for element content and quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c]);
}

function render(value: Value): string {
  if (value instanceof Html) return value.text;
  if (Array.isArray(value)) return value.map(render).join('');
  if (value === null || value === undefined || value === false || value === true) return '';
  return escapeHtml(String(value));
}

export function html(strings: TemplateStringsArray, ...values: Value[]): Html {
  let out = strings[0];
  for (let i = 0; i < values.length; i++) out += render(values[i]) + strings[i + 1];
  return new Html(out);
}

/** Markup written in this code (a constant stylesheet or script), never anything read from outside. */
export function trusted(markup: string): Html {
  return new Html(markup);
}
