import { describe, expect, it } from 'vitest';
import { splitCards, unfold } from './content-lines';

describe('splitCards', () => {
  it('reads CRLF, LF, CR and Apple\'s CR CR LF alike, ignoring lines between cards', () => {
    for (const eol of ['\r\n', '\n', '\r', '\r\r\n']) {
      const text = ['BEGIN:VCARD', 'FN:A', 'END:VCARD', '', 'junk', 'begin:vcard', 'FN:B', 'end:vcard '].join(eol);
      expect(splitCards(text)).toEqual([
        { row: 1, lines: ['FN:A'], complete: true },
        { row: 2, lines: ['FN:B'], complete: true },
      ]);
    }
  });

  it('marks a card cut short by the end of the file or by the next BEGIN as incomplete', () => {
    const cards = splitCards('BEGIN:VCARD\nFN:A\nBEGIN:VCARD\nFN:B\nEND:VCARD\nBEGIN:VCARD\nFN:C');
    expect(cards.map((c) => [c.row, c.complete])).toEqual([
      [1, false],
      [2, true],
      [3, false],
    ]);
  });

  it('finds no card in text without BEGIN:VCARD', () => {
    expect(splitCards('FN:A\nEND:VCARD')).toEqual([]);
  });
});

describe('unfold', () => {
  it('joins folded lines, removing one space or tab', () => {
    expect(unfold(['NOTE:Зустрічалися в Харко', ' ві та', '\t Лілі', 'FN:A'])).toEqual(['NOTE:Зустрічалися в Харкові та Лілі', 'FN:A']);
  });

  it('joins vCard 2.1 quoted-printable soft breaks, whose continuation is not indented', () => {
    expect(unfold(['LABEL;WORK;ENCODING=QUOTED-PRINTABLE:222 Broadway=0D=0A=', 'New York=', 'USA', 'TEL:1'])).toEqual([
      'LABEL;WORK;ENCODING=QUOTED-PRINTABLE:222 Broadway=0D=0ANew YorkUSA',
      'TEL:1',
    ]);
  });

  it('does not treat a trailing "=" of a plain value as a soft break', () => {
    expect(unfold(['NOTE:a=', 'FN:b'])).toEqual(['NOTE:a=', 'FN:b']);
  });

  it('joins unindented base64 lines of a 2.1 photo up to the blank line', () => {
    expect(unfold(['PHOTO;ENCODING=BASE64;JPEG:/9j/', '4AAQ', 'SkZJ==', '', 'EMAIL:a@b.example'])).toEqual([
      'PHOTO;ENCODING=BASE64;JPEG:/9j/4AAQSkZJ==',
      'EMAIL:a@b.example',
    ]);
  });
});
