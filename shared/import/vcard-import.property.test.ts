// Tests read the fixture files from disk; the code under test stays free of Node (shared/ runs anywhere).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AppError } from '../errors/app-error';
import { readVcardFile } from './vcard-import';

const FIXTURES = [
  ...['gmail-list.vcf', 'outlook-2007.vcf', 'rfc6350-example.vcf'].map((name) => path.resolve(__dirname, '../../test/fixtures/vcard-clients', name)),
  ...['android-2.1-cyrillic.vcf', 'thunderbird-4.0-multilingual.vcf', 'apple-3.0-grouped.vcf', 'truncated.vcf', 'outlook-2.1-windows-1251.vcf'].map(
    (name) => path.resolve(__dirname, '../../test/fixtures/import', name),
  ),
].map((file) => new Uint8Array(readFileSync(file)));

/**
 * What the importer promises for any input: a ParsedImport whose every candidate has a name and
 * whose rows are in range, or an AppError; never another exception.
 */
function checkReads(bytes: Uint8Array): void {
  let parsed;
  try {
    parsed = readVcardFile(bytes, 'mutated.vcf');
  } catch (error) {
    expect(error).toBeInstanceOf(AppError);
    return;
  }
  const rows = [...parsed.contacts.map((c) => c.row), ...parsed.rejected.map((r) => r.row)].sort((a, b) => a - b);
  expect(rows).toEqual(rows.map((_, i) => i + 1));
  for (const { contact } of parsed.contacts) {
    const names = [contact.nameOriginal, ...Object.values(contact.givenName), ...Object.values(contact.familyName)];
    expect(names.some((name) => name.trim() !== '')).toBe(true);
    expect(names.every((name) => name.length <= 200)).toBe(true);
  }
}

const lines = (bytes: Uint8Array) => new TextDecoder().decode(bytes).split(/\r?\n/);
const encode = (text: string) => new TextEncoder().encode(text);

/** A fixture changed the way files get damaged: cut, lines dropped or repeated, characters flipped. */
const mutatedFixture = fc.oneof(
  fc.record({ file: fc.constantFrom(...FIXTURES), at: fc.nat() }).map(({ file, at }) => file.subarray(0, at % (file.length + 1))),
  fc.record({ file: fc.constantFrom(...FIXTURES), drop: fc.array(fc.nat(), { maxLength: 6 }) }).map(({ file, drop }) => {
    const all = lines(file);
    const gone = new Set(drop.map((i) => i % all.length));
    return encode(all.filter((_, i) => !gone.has(i)).join('\r\n'));
  }),
  fc.record({ file: fc.constantFrom(...FIXTURES), repeat: fc.array(fc.nat(), { maxLength: 6 }) }).map(({ file, repeat }) => {
    const all = lines(file);
    const twice = new Set(repeat.map((i) => i % all.length));
    return encode(all.flatMap((line, i) => (twice.has(i) ? [line, line] : [line])).join('\n'));
  }),
  fc
    .record({ file: fc.constantFrom(...FIXTURES), flips: fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 8 }) })
    .map(({ file, flips }) => {
      const copy = file.slice();
      for (const [at, byte] of flips) copy[at % copy.length] = byte;
      return copy;
    }),
  fc
    .record({
      file: fc.constantFrom(...FIXTURES),
      at: fc.nat(),
      insert: fc.constantFrom('BEGIN:VCARD\n', 'END:VCARD\n', '=\n', ';', ':', '"', '\\', 'ENCODING=QUOTED-PRINTABLE:=D0=', ' ', '\r', 'PHOTO:data:,'),
    })
    .map(({ file, at, insert }) => {
      const text = new TextDecoder().decode(file);
      const i = at % (text.length + 1);
      return encode(text.slice(0, i) + insert + text.slice(i));
    }),
);

/** Cards built from the pieces real cards are made of, in any order and number. */
const cardPiece = fc.constantFrom(
  'BEGIN:VCARD', 'END:VCARD', 'VERSION:2.1', 'VERSION:4.0', 'N:;;;;', 'N:Лисогор;Артем;;;', 'FN:Juliette Delbe', 'FN;LANGUAGE=uk:Жюльєтт Дельб',
  'N;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:=D0=9B=D0=B8=', '=D1=81', 'ORG:IBM;Accounting', 'TEL;CELL:+380501234567', 'TEL:12',
  'EMAIL:a@b.example', 'EMAIL:@', 'PHOTO;ENCODING=BASE64;JPEG:/9j/4AAQ', '  SkZJRg==', '', ' folded', 'item1.X-ABLabel:x',
  'PHOTO:data:image/png;base64,iVBORw0KGgo=', 'ADR:;;;Київ;;;Україна', 'CATEGORIES:,,', 'X-SOCIALPROFILE;type=telegram:https://t.me/',
);
const assembledCards = fc.array(fc.oneof(cardPiece, fc.string({ maxLength: 20 })), { maxLength: 40 }).map((pieces) => encode(pieces.join('\r\n')));

describe('readVcardFile on any input', () => {
  it('random strings: a ParsedImport or an AppError', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (text) => checkReads(encode(text))), { numRuns: 300 });
  });

  it('random bytes: a ParsedImport or an AppError', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => checkReads(bytes)), { numRuns: 300 });
  });

  it('random cards from real pieces: a ParsedImport or an AppError', () => {
    fc.assert(fc.property(assembledCards, (bytes) => checkReads(bytes)), { numRuns: 300 });
  });

  it('damaged fixtures: a ParsedImport or an AppError, quickly', () => {
    fc.assert(
      fc.property(mutatedFixture, (bytes) => {
        const started = performance.now();
        checkReads(bytes);
        expect(performance.now() - started).toBeLessThan(1000);
      }),
      { numRuns: 200 },
    );
  });
});
