import { describe, expect, it } from 'vitest';
import { clauseHeading, showsKindLabel, textParagraphs } from './document-text';

describe('textParagraphs', () => {
  it('splits on blank lines, keeps single line breaks inside a paragraph and drops blank ends', () => {
    expect(textParagraphs('\n Перший абзац.\nДругий рядок.\n\n  \nДругий абзац.  \n')).toEqual([
      ['Перший абзац.', 'Другий рядок.'],
      ['Другий абзац.'],
    ]);
    expect(textParagraphs('a\r\n\r\nb')).toEqual([['a'], ['b']]);
    expect(textParagraphs('   ')).toEqual([]);
  });

  it('drops control characters XML cannot hold, which would make the file unreadable', () => {
    expect(textParagraphs('Калуш\u0001\u000b — Kalush\t')).toEqual([['Калуш — Kalush']]);
  });
});

describe('clauseHeading', () => {
  it('joins the number and heading, leaving out whichever is empty', () => {
    expect(clauseHeading('2.1.', 'Енергоефективність')).toBe('2.1. Енергоефективність');
    expect(clauseHeading('', ' Preamble ')).toBe('Preamble');
    expect(clauseHeading('3.', '  ')).toBe('3.');
    expect(clauseHeading('', '')).toBe('');
  });
});

describe('showsKindLabel', () => {
  it('shows the kind above a title that says more, not above one that repeats it', () => {
    expect(showsKindLabel('Меморандум про співпрацю', 'Меморандум про співпрацю між Калуською та Запорізькою міськими радами', 'uk')).toBe(true);
    expect(showsKindLabel('Угода про встановлення побратимських зв’язків', 'угода про встановлення побратимських зв’язків ', 'uk')).toBe(false);
    expect(showsKindLabel('', 'Memorandum', 'en')).toBe(false);
  });
});
