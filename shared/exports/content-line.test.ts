import fc from 'fast-check';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { contentLine, escapeText, foldLine, joinLines, paramValue, utcDateTime } from './content-line';

const octets = (text: string) => new TextEncoder().encode(text).length;

describe('escapeText', () => {
  it('escapes what each format requires', () => {
    const value = 'a\\b, c; d\r\ne\nf';
    expect(escapeText(value, 'ics')).toBe('a\\\\b\\, c\\; d\\ne\\nf');
    expect(escapeText(value, 'vcard')).toBe('a\\\\b\\, c; d\\ne\\nf');
    expect(escapeText(value, 'vcardField')).toBe('a\\\\b\\, c\\; d\\ne\\nf');
  });

  it('drops control characters but keeps tabs', () => {
    expect(escapeText('a\u0000b\u0007c\td', 'ics')).toBe('abc\td');
  });
});

describe('paramValue', () => {
  it('quotes values with separators and removes double quotes', () => {
    expect(paramValue('Europe/Warsaw')).toBe('Europe/Warsaw');
    expect(paramValue('a:b')).toBe('"a:b"');
    expect(paramValue('say "hi"; ok')).toBe('"say hi; ok"');
  });
});

describe('foldLine', () => {
  it('keeps a short line whole', () => {
    expect(foldLine('SUMMARY:Talks')).toBe('SUMMARY:Talks');
  });

  it('property: every physical line has at most 75 octets, and unfolding gives the line back', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.oneof(fc.constantFrom('ж', 'ї', '😀', '€', 'a', ' ', '\u0301'), fc.string({ unit: 'grapheme', maxLength: 1 })), maxLength: 300 }), (text) => {
        const folded = foldLine(`DESCRIPTION:${text}`);
        for (const physical of folded.split('\r\n')) expect(octets(physical)).toBeLessThanOrEqual(75);
        expect(folded.split('\r\n').slice(1).every((l) => l.startsWith(' '))).toBe(true);
        expect(folded.replace(/\r\n /g, '')).toBe(`DESCRIPTION:${text}`);
        // The folded bytes decode without replacement characters: no code point was split.
        expect(new TextDecoder('utf-8', { fatal: true }).decode(new TextEncoder().encode(folded))).toBe(folded);
      }),
    );
  });

  it('is read back by ical.js, Cyrillic and emoji included', () => {
    const text = 'Попередні переговори про спільні проєкти; кібербезпека, «зелена» енергетика 😀\nі відбудова \\ решта';
    const ics = joinLines([
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'PRODID:-//test//EN',
      'BEGIN:VEVENT',
      'UID:x',
      `DTSTAMP:${utcDateTime(Date.UTC(2023, 10, 15, 10))}`,
      contentLine('DESCRIPTION', [['LANGUAGE', 'uk']], escapeText(text, 'ics')),
      'END:VEVENT',
      'END:VCALENDAR',
    ]);
    const event = new ICAL.Component(ICAL.parse(ics)).getFirstSubcomponent('vevent')!;
    expect(event.getFirstPropertyValue('description')).toBe(text);
    expect(event.getFirstProperty('description')!.getParameter('language')).toBe('uk');
    expect(event.getFirstPropertyValue('dtstamp')!.toString()).toBe('2023-11-15T10:00:00Z');
  });
});
