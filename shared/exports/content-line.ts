/**
 * Content lines of iCalendar (RFC 5545 §3.1) and vCard (RFC 6350 §3.2): `NAME;PARAM=value:value`,
 * escaped and folded, lines ending in CRLF.
 *
 * Written by hand rather than with ical.js's stringifier, which folds at 75 UTF-16 units: a line of
 * Cyrillic folded that way is up to 150 octets, and the RFCs count octets. The tests read every
 * file back with ical.js.
 */

/**
 * How TEXT is escaped:
 * - 'ics': backslash, comma, semicolon and newline (RFC 5545 §3.3.11: all four MUST be);
 * - 'vcard': backslash, comma and newline (RFC 6350 §3.4). A semicolon MAY be escaped in a
 *   single-field property, and readers differ on unescaping it (ical.js keeps the backslash),
 *   so it is left as is;
 * - 'vcardField': a field of a compound property (N, ORG, ADR), where the semicolon separates
 *   fields and so MUST be escaped.
 */
export type TextEscape = 'ics' | 'vcard' | 'vcardField';

/** Control characters other than line breaks and tabs are not allowed in a value (RFC 5545 §3.1); C1 controls go too. */
const CONTROL = /(?![\t\n\r])\p{Cc}/gu;

export function escapeText(value: string, mode: TextEscape): string {
  const special = mode === 'vcard' ? /[\\,]/g : /[\\,;]/g;
  return value
    .replace(CONTROL, '')
    .replace(special, (ch) => `\\${ch}`)
    .replace(/\r\n|\r|\n/g, '\\n');
}

/** Several values of one property (CATEGORIES), each escaped, joined by commas. */
export function escapeList(values: readonly string[], mode: TextEscape): string {
  return values.map((value) => escapeText(value, mode)).join(',');
}

/** Fields of a compound property (N, ORG, ADR), joined by semicolons. */
export function compoundValue(fields: readonly string[]): string {
  return fields.map((field) => escapeText(field, 'vcardField')).join(';');
}

/**
 * A parameter value (RFC 5545 §3.2, RFC 6350 §5): quoted when it holds ":", ";" or ",". Double
 * quotes and control characters cannot appear in one at all, so they go.
 */
export function paramValue(value: string): string {
  const clean = value.replace(/["\p{Cc}]/gu, '');
  return /[:;,]/.test(clean) ? `"${clean}"` : clean;
}

const MAX_OCTETS = 75;

function utf8Octets(codePoint: number): number {
  if (codePoint < 0x80) return 1;
  if (codePoint < 0x800) return 2;
  if (codePoint < 0x10000) return 3;
  return 4;
}

/**
 * Folds a line into pieces of at most 75 octets of UTF-8, each continuation starting with a space
 * (which counts in its 75). Folds fall between code points, never inside a UTF-8 sequence or a
 * surrogate pair. Returns the pieces joined by CRLF, without a final CRLF.
 */
export function foldLine(line: string): string {
  const pieces: string[] = [];
  let current = '';
  let octets = 0;
  for (const ch of line) {
    const size = utf8Octets(ch.codePointAt(0)!);
    if (octets + size > MAX_OCTETS) {
      pieces.push(current);
      current = ' ';
      octets = 1;
    }
    current += ch;
    octets += size;
  }
  pieces.push(current);
  return pieces.join('\r\n');
}

export type Params = readonly (readonly [name: string, value: string])[];

/** `NAME;P1=v1;P2=v2:value`, folded. `value` must already be escaped for its type. */
export function contentLine(name: string, params: Params, value: string): string {
  const head = [name, ...params.map(([key, v]) => `${key}=${paramValue(v)}`)].join(';');
  return foldLine(`${head}:${value}`);
}

/** The lines as a file: each followed by CRLF. */
export function joinLines(lines: readonly string[]): string {
  return lines.map((line) => `${line}\r\n`).join('');
}

const pad = (value: number, length = 2) => String(value).padStart(length, '0');

/** An instant as a UTC DATE-TIME: 20231115T100000Z. */
export function utcDateTime(instant: number): string {
  const d = new Date(instant);
  return (
    `${pad(d.getUTCFullYear(), 4)}${pad(d.getUTCMonth() + 1)}${pad(d.getUTCDate())}` +
    `T${pad(d.getUTCHours())}${pad(d.getUTCMinutes())}${pad(d.getUTCSeconds())}Z`
  );
}

/** A wall time 'YYYY-MM-DD' + 'HH:MM' as a local DATE-TIME: 20231115T110000. */
export function localDateTime(date: string, time: string): string {
  return `${date.replace(/-/g, '')}T${time.replace(':', '')}00`;
}
