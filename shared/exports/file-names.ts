/**
 * File names for exports that every desktop system accepts and that stay the same for the same
 * record: the outbox relies on that (a file sent twice lands on the same name, so the second
 * copy is recognised, not duplicated).
 *
 * The rules, from the strictest of Windows, macOS and Linux:
 * - no path separators (/ \) and none of Windows' reserved characters (< > : " | ? *): a colon
 *   before a space reads as a dash ("Talks: energy" → "Talks - energy"), quotes become
 *   apostrophes, separators and pipes dashes, and ? * < > go;
 * - no control, format (bidi marks and overrides, zero-width characters, BOM), surrogate or
 *   non-character code points: they are invisible and can make "report.exe.docx" look like
 *   "report.docx.exe";
 * - no Windows device names (CON, PRN, AUX, NUL, COM0–9, LPT0–9, also COM¹ …, CONIN$, CONOUT$)
 *   whatever the case or extension: such a name is prefixed with "_";
 * - no leading or trailing dots or spaces (Windows drops trailing ones, a leading dot hides the
 *   file on macOS and Linux); runs of white space become one space;
 * - NFC, so the same title typed on a Mac and on Windows gives the same bytes; Cyrillic and any
 *   other script stay as they are;
 * - at most 120 UTF-16 units and 200 UTF-8 bytes before the extension (ext4 and APFS allow 255
 *   bytes per name; Cyrillic takes two bytes a letter), cut between characters as the reader
 *   sees them (grapheme clusters), never inside a surrogate pair or before a combining mark;
 * - never empty: "export" stands in for a name with nothing left.
 */

export const MAX_STEM_UNITS = 120;
export const MAX_STEM_BYTES = 200;
export const MAX_EXTENSION_LENGTH = 10;
export const FALLBACK_STEM = 'export';

const INVISIBLE = /[\p{Cc}\p{Cf}\p{Cs}\p{Noncharacter_Code_Point}]/gu;
const DEVICE_NAME = /^(CON|PRN|AUX|NUL|COM[0-9¹²³]|LPT[0-9¹²³]|CONIN\$|CONOUT\$)$/i;

const encoder = new TextEncoder();

export function utf8Length(text: string): number {
  return encoder.encode(text).length;
}

/** Reserved characters as readable stand-ins, then white space, invisible characters and edges. */
function cleanOnce(text: string): string {
  return (
    text
      .replace(/[\t\n\v\f\r\u0085\u2028\u2029]/g, ' ')
      .replace(INVISIBLE, '')
      .replace(/:(?= )/g, ' -')
      .replace(/[:/\\|]/g, '-')
      .replace(/"/g, "'")
      .replace(/[<>?*]/g, '')
      .normalize('NFC')
      .replace(/\p{Zs}+/gu, ' ')
      // Leading dots hide a file; trailing dots and spaces are dropped by Windows.
      .replace(/^[. ]+|[. ]+$/g, '')
  );
}

/**
 * cleanOnce until nothing changes: taking a character out can bring a letter and a combining mark
 * together (so NFC composes them), and NFC can turn a rare character into a space.
 */
function cleanText(text: string): string {
  let current = text;
  for (let pass = 0; pass < 5; pass++) {
    const next = cleanOnce(current);
    if (next === current) break;
    current = next;
  }
  return current;
}

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/** The longest start of `text` within both limits, cut between graphemes (or code points, if one grapheme alone is too long). */
export function truncateText(text: string, maxUnits: number, maxBytes: number): string {
  if (text.length <= maxUnits && utf8Length(text) <= maxBytes) return text;
  const cut = (pieces: Iterable<string>): string => {
    let out = '';
    let bytes = 0;
    for (const piece of pieces) {
      const size = utf8Length(piece);
      if (out.length + piece.length > maxUnits || bytes + size > maxBytes) break;
      out += piece;
      bytes += size;
    }
    return out;
  };
  const byGrapheme = cut([...graphemes.segment(text)].map((s) => s.segment));
  return byGrapheme !== '' ? byGrapheme : cut(text);
}

function cleanExtension(extension: string): string {
  return extension.replace(/[^A-Za-z0-9]/g, '').toLowerCase().slice(0, MAX_EXTENSION_LENGTH);
}

function cleanStem(stem: string): string {
  let name = truncateText(cleanText(stem), MAX_STEM_UNITS, MAX_STEM_BYTES);
  // Cutting can leave a space or dot at the end again.
  name = name.replace(/[. ]+$/g, '');
  if (name === '') return FALLBACK_STEM;
  // Windows reads "CON.anything" as the console device: the part before the first dot counts.
  if (DEVICE_NAME.test(name.split('.')[0]!.trimEnd())) name = `_${name}`;
  return name;
}

/** A file name safe on Windows, macOS and Linux: the stem cleaned as above, then "." and the extension (letters and digits only). */
export function safeFileName(stem: string, extension: string): string {
  const ext = cleanExtension(extension);
  const name = cleanStem(stem);
  return ext ? `${name}.${ext}` : name;
}

export const EXPORT_KINDS = ['meetingSummary', 'delegationReport', 'pressPost', 'contacts', 'calendar', 'agreement'] as const;
export type ExportKind = (typeof EXPORT_KINDS)[number];

export interface ExportNameParts {
  kind: ExportKind;
  /** The record's title in the export's language, e.g. the meeting's. */
  title: string;
  /** 'YYYY-MM-DD' the file is about (the meeting's day), or empty. */
  date?: string;
  /** The record's id, or for an export of many records a stable key of the selection. */
  id: string;
  /** The extension: 'docx', 'pdf', 'md', 'html', 'vcf', 'csv', 'xlsx', 'ics', 'txt'. */
  format: string;
  /** The language of the document, for exports written in one. */
  lang?: string;
}

const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** FNV-1a, 32 bits: a small deterministic hash, enough to tell a handful of same-titled files apart. */
function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (const byte of encoder.encode(text)) {
    hash ^= byte;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

/**
 * Four Crockford base-32 characters (20 bits) from the record id, the kind of export and its
 * language: a meeting's summary and its press post, or its summary in Ukrainian and in English,
 * get different names even when their titles read the same, and never collide on a target.
 */
export function exportCode(parts: Pick<ExportNameParts, 'kind' | 'id' | 'lang'>): string {
  let hash = fnv1a(`${parts.kind}\u0000${parts.id}\u0000${parts.lang ?? ''}`) >>> 12;
  let code = '';
  for (let i = 0; i < 4; i++) {
    code = CROCKFORD[hash & 31] + code;
    hash >>>= 5;
  }
  return code;
}

/**
 * "2023-11-15 Talks with Hauts-de-France (4Q2Z).docx": the date, the title (shortened to fit),
 * and a short code that keeps two same-titled records apart. The same record, kind, language
 * and format always give the same name.
 */
export function exportFileName(parts: ExportNameParts): string {
  const date = /^\d{4}-\d{2}-\d{2}$/.test(parts.date ?? '') ? parts.date! : '';
  const suffix = `(${exportCode(parts)})`;
  const fixed = [date, suffix].filter(Boolean).join(' ');
  const room = MAX_STEM_UNITS - fixed.length - 1;
  const roomBytes = MAX_STEM_BYTES - utf8Length(fixed) - 1;
  const title = truncateText(cleanText(parts.title), room, roomBytes).replace(/[. ]+$/g, '');
  const stem = [date, title, suffix].filter(Boolean).join(' ');
  return safeFileName(stem, parts.format);
}
