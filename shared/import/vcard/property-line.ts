import { decodeQuotedPrintable } from './property-value';

/** One content line of a card, read but not yet interpreted: `[group.]NAME;PARAM=a,b:value`. */
export interface VcardProperty {
  /** Apple's grouping (`item1.EMAIL` with `item1.X-ABLabel`), lower case; '' when none. */
  group: string;
  /** Upper case, e.g. 'TEL', 'X-ABLABEL'. */
  name: string;
  /** Upper-case keys; values unquoted, TYPE lists split on commas. */
  params: Record<string, string[]>;
  /** Everything after the first colon that is not inside a quoted parameter value. */
  rawValue: string;
}

/** Values vCard 2.1 writes bare (`;QUOTED-PRINTABLE`) that say how the value is encoded, not its type. */
const BARE_ENCODINGS = new Set(['QUOTED-PRINTABLE', 'BASE64', 'B', '8BIT', '7BIT']);
const NAME = /^(?:([A-Za-z0-9-]+)\.)?([A-Za-z0-9-]+)/;

/**
 * Reads a logical line (already unfolded). Returns null for a line that is not a property at
 * all (no name, no colon, an unclosed quote): the caller decides what a broken line costs.
 * Accepts what real clients write beyond the RFCs: 2.1's bare parameters (`TEL;WORK;VOICE:`),
 * lower-case names and keys, repeated keys (`type=CELL;type=pref`).
 */
export function parsePropertyLine(line: string): VcardProperty | null {
  const name = NAME.exec(line);
  if (!name) return null;
  const property: VcardProperty = { group: (name[1] ?? '').toLowerCase(), name: name[2].toUpperCase(), params: {}, rawValue: '' };
  let i = name[0].length;
  while (i < line.length && line[i] === ';') {
    const parsed = readParam(line, i + 1);
    if (!parsed) return null;
    addParam(property.params, parsed.key, parsed.values);
    i = parsed.end;
  }
  if (line[i] !== ':') return null;
  property.rawValue = line.slice(i + 1);
  return property;
}

interface ParsedParam {
  key: string;
  values: string[];
  end: number;
}

function readParam(line: string, start: number): ParsedParam | null {
  let i = start;
  while (i < line.length && !'=;:'.includes(line[i])) i++;
  const key = line.slice(start, i).trim().toUpperCase();
  if (line[i] !== '=') {
    if (key === '') return { key: '', values: [], end: i };
    return { key: BARE_ENCODINGS.has(key) ? 'ENCODING' : 'TYPE', values: [key], end: i };
  }
  i++;
  const values: string[] = [];
  for (;;) {
    if (line[i] === '"') {
      const close = line.indexOf('"', i + 1);
      if (close < 0) return null;
      values.push(line.slice(i + 1, close));
      i = close + 1;
    } else {
      const from = i;
      while (i < line.length && !',;:'.includes(line[i])) i++;
      values.push(line.slice(from, i));
    }
    if (line[i] !== ',') break;
    i++;
  }
  return { key, values, end: i };
}

function addParam(params: Record<string, string[]>, key: string, values: string[]): void {
  if (key === '') return;
  // TYPE="work,voice" and type=WORK;type=VOICE mean the same: one flat list.
  const flat = key === 'TYPE' ? values.flatMap((value) => value.split(',')) : values;
  const cleaned = flat.map((value) => value.trim()).filter((value) => value !== '');
  params[key] = [...(params[key] ?? []), ...cleaned];
}

export function paramOf(property: VcardProperty, key: string): string {
  return property.params[key]?.[0] ?? '';
}

export function hasType(property: VcardProperty, type: string): boolean {
  const wanted = type.toUpperCase();
  return (property.params.TYPE ?? []).some((value) => value.toUpperCase() === wanted);
}

/** ENCODING=QUOTED-PRINTABLE, whether written as a key or (2.1) bare. */
export function isQuotedPrintable(property: VcardProperty): boolean {
  return paramOf(property, 'ENCODING').toUpperCase() === 'QUOTED-PRINTABLE';
}

export function isBase64(property: VcardProperty): boolean {
  const encoding = paramOf(property, 'ENCODING').toUpperCase();
  return encoding === 'B' || encoding === 'BASE64';
}

/**
 * The value as text, with quoted-printable decoded in its CHARSET; backslash escapes are kept
 * for the caller, who knows whether the value is compound. A CHARSET without QP says nothing
 * new: the whole file was decoded already.
 */
export function textOf(property: VcardProperty): string {
  if (isQuotedPrintable(property)) return decodeQuotedPrintable(property.rawValue, paramOf(property, 'CHARSET'));
  return property.rawValue;
}

/** The language a value declares (`LANGUAGE=uk-UA` → 'uk'), lower case; '' when none. */
export function languageParamOf(property: VcardProperty): string {
  return paramOf(property, 'LANGUAGE').split('-')[0].trim().toLowerCase();
}
