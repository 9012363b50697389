import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  FALLBACK_STEM,
  MAX_STEM_BYTES,
  MAX_STEM_UNITS,
  exportCode,
  exportFileName,
  safeFileName,
  truncateText,
  utf8Length,
} from './file-names';

/** What makes a name unsafe anywhere, checked independently of how the module cleans it. */
function unsafeReasons(name: string): string[] {
  const reasons: string[] = [];
  const stem = name.includes('.') ? name.slice(0, name.lastIndexOf('.')) : name;
  if (stem === '') reasons.push('empty');
  if (/[/\\<>:"|?*]/.test(name)) reasons.push('reserved character');
  if (/\p{Cc}/u.test(name)) reasons.push('control character');
  if (/[\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff\u061c\u00ad]/.test(name)) reasons.push('format character');
  if (/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/.test(name)) reasons.push('lone surrogate');
  if (/^[. ]|[. ]$/.test(name)) reasons.push('leading or trailing dot or space');
  if (/^(CON|PRN|AUX|NUL|COM[0-9¹²³]|LPT[0-9¹²³])$/i.test(name.split('.')[0]!.trimEnd())) reasons.push('device name');
  if (name.normalize('NFC') !== name) reasons.push('not NFC');
  if (stem.length > MAX_STEM_UNITS || utf8Length(stem) > MAX_STEM_BYTES) reasons.push('too long');
  if (utf8Length(name) > 255) reasons.push('over 255 bytes');
  return reasons;
}

/** Strings rich in the characters that break file names. */
const hostile = fc.string({
  unit: fc.oneof(
    fc.constantFrom('/', '\\', ':', '*', '?', '"', '<', '>', '|', '.', ' ', '\t', '\n', '\u0000', '\u001f', '\u007f'),
    fc.constantFrom('\u200e', '\u200f', '\u202a', '\u202e', '\u2066', '\u2069', '\u200b', '\ufeff', '\u00ad'),
    fc.constantFrom('CON', 'prn', 'Aux', 'nul', 'COM1', 'lpt9', 'COM¹'),
    fc.constantFrom('Е', '\u0301', 'й', 'и\u0306', '😀', '👩‍👩‍👧', '\ud83d', '\ude00', 'ї', 'Ґ'),
    fc.string({ unit: 'grapheme', maxLength: 3 }),
    fc.string({ unit: 'binary', maxLength: 2 }),
  ),
  maxLength: 200,
});

describe('safeFileName', () => {
  it('keeps a plain Ukrainian or English title as it is', () => {
    expect(safeFileName('Переговори з регіоном О-де-Франс', 'docx')).toBe('Переговори з регіоном О-де-Франс.docx');
    expect(safeFileName('ReBuild Ukraine 2023', 'pdf')).toBe('ReBuild Ukraine 2023.pdf');
  });

  it('replaces reserved characters with readable stand-ins', () => {
    expect(safeFileName('Talks with Hauts-de-France: cybersecurity', 'md')).toBe('Talks with Hauts-de-France - cybersecurity.md');
    expect(safeFileName('Agenda 10:00/11:00 a\\b | c', 'txt')).toBe('Agenda 10-00-11-00 a-b - c.txt');
    expect(safeFileName('Forum "Municipal" <draft>? *final*', 'txt')).toBe("Forum 'Municipal' draft final.txt");
  });

  it('drops bidi, zero-width and control characters, so nothing hides a second extension', () => {
    expect(safeFileName('report\u202Excod.exe', 'docx')).toBe('reportxcod.exe.docx');
    expect(safeFileName('a\u200Eb\u2066c\u2069\u200Bd\uFEFFe\u0007f', 'txt')).toBe('abcdef.txt');
    expect(safeFileName('line one\nline\ttwo', 'txt')).toBe('line one line two.txt');
  });

  it('prefixes Windows device names in any case, with or without an extension', () => {
    expect(safeFileName('CON', 'txt')).toBe('_CON.txt');
    expect(safeFileName('nul', '')).toBe('_nul');
    expect(safeFileName('Lpt1.report', 'docx')).toBe('_Lpt1.report.docx');
    expect(safeFileName('com¹', 'csv')).toBe('_com¹.csv');
    expect(safeFileName('CONSOLE', 'txt')).toBe('CONSOLE.txt');
  });

  it('trims dots and spaces at the ends and never returns an empty name', () => {
    expect(safeFileName('  ..report.. ', 'docx')).toBe('report.docx');
    expect(safeFileName('', 'ics')).toBe(`${FALLBACK_STEM}.ics`);
    expect(safeFileName(' . \u200E?* ', 'vcf')).toBe(`${FALLBACK_STEM}.vcf`);
    expect(safeFileName('x', '.DOCX')).toBe('x.docx');
    expect(safeFileName('x', '../../evil')).toBe('x.evil');
  });

  it('normalizes to NFC and keeps Cyrillic as typed', () => {
    const decomposed = 'Мари\u0306ка i\u0308'; // й and ï as base letter + combining mark
    expect(safeFileName(decomposed, 'txt')).toBe('Мар\u0439ка \u00ef.txt');
  });

  it('cuts a long title between characters, never inside a surrogate pair or an emoji sequence', () => {
    const long = `${'Ж'.repeat(97)}😀👩‍👩‍👧${'я'.repeat(50)}`;
    const name = safeFileName(long, 'txt');
    const stem = name.slice(0, -4);
    expect(utf8Length(stem)).toBeLessThanOrEqual(MAX_STEM_BYTES);
    // 194 + 4 bytes; the family emoji (18 bytes) does not fit, and none of its parts is kept.
    expect(stem).toBe(`${'Ж'.repeat(97)}😀`);
    expect(safeFileName('a'.repeat(300), 'txt')).toBe(`${'a'.repeat(MAX_STEM_UNITS)}.txt`);
  });

  it('truncateText falls back to code points when one grapheme is longer than the limit', () => {
    expect(truncateText(`a${'\u0301'.repeat(20)}`, 5, 100)).toBe(`a${'\u0301'.repeat(4)}`);
  });

  it('property: never unsafe or empty, whatever the input', () => {
    fc.assert(
      fc.property(hostile, fc.constantFrom('docx', 'pdf', '.md', 'x/y', ''), (stem, ext) => {
        expect(unsafeReasons(safeFileName(stem, ext))).toEqual([]);
      }),
      { numRuns: 2000 },
    );
  });

  it('property: idempotent (a safe name, cleaned again, is unchanged)', () => {
    fc.assert(
      fc.property(hostile, (stem) => {
        const once = safeFileName(stem, 'docx');
        expect(safeFileName(once.slice(0, -'.docx'.length), 'docx')).toBe(once);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('exportFileName', () => {
  const meeting = { kind: 'meetingSummary', title: 'Talks with Hauts-de-France', date: '2023-11-15', id: '01HF6Q0Y8W3N5Z7K9M2P4R6T8V', format: 'docx', lang: 'en' } as const;

  it('reads date, title, short code, extension', () => {
    expect(exportFileName(meeting)).toMatch(/^2023-11-15 Talks with Hauts-de-France \([0-9A-HJKMNP-TV-Z]{4}\)\.docx$/);
  });

  it('is stable for the same record and format, and differs between same-titled records', () => {
    expect(exportFileName({ ...meeting })).toBe(exportFileName(meeting));
    expect(exportFileName({ ...meeting, id: '01HF6Q0Y8W3N5Z7K9M2P4R6T8W' })).not.toBe(exportFileName(meeting));
    expect(exportFileName({ ...meeting, format: 'pdf' })).toBe(exportFileName(meeting).replace(/docx$/, 'pdf'));
  });

  it('tells apart the kinds and languages of one record’s exports', () => {
    const codes = new Set(
      (['meetingSummary', 'pressPost'] as const).flatMap((kind) => ['uk', 'ru', 'en'].map((lang) => exportCode({ kind, id: meeting.id, lang }))),
    );
    expect(codes.size).toBe(6);
  });

  it('keeps the code when a long title is shortened, and cleans the title', () => {
    const name = exportFileName({ ...meeting, title: `Робоче засідання: ${'відбудова '.repeat(40)}` });
    expect(name).toMatch(/^2023-11-15 Робоче засідання - (відбудова )+відбудов?[а-я]* \([0-9A-Z]{4}\)\.docx$/);
    expect(unsafeReasons(name)).toEqual([]);
  });

  it('leaves out a missing or malformed date, and stays a name with an empty title', () => {
    expect(exportFileName({ ...meeting, date: '' })).toMatch(/^Talks with Hauts-de-France \(\w{4}\)\.docx$/);
    expect(exportFileName({ ...meeting, date: '15.11.2023' })).toMatch(/^Talks/);
    expect(exportFileName({ ...meeting, title: ' \u202E ' })).toMatch(/^2023-11-15 \(\w{4}\)\.docx$/);
  });

  it('property: safe for any title', () => {
    fc.assert(
      fc.property(hostile, (title) => {
        expect(unsafeReasons(exportFileName({ ...meeting, title }))).toEqual([]);
      }),
      { numRuns: 1000 },
    );
  });
});
