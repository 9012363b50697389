import { describe, expect, it } from 'vitest';
import { agreementFileName } from './file-name';

describe('agreementFileName', () => {
  it('keeps Cyrillic and apostrophes, and drops what file systems refuse', () => {
    expect(agreementFileName('Угода про встановлення побратимських зв’язків', 'docx')).toBe('Угода про встановлення побратимських зв’язків.docx');
    expect(agreementFileName('Memorandum: Kalush / Zaporizhzhia?', 'docx')).toBe('Memorandum Kalush Zaporizhzhia.docx');
  });

  it('never makes an empty or dot-ended name', () => {
    expect(agreementFileName('  ...  ', 'docx')).toBe('agreement.docx');
    expect(agreementFileName('Draft v2.', 'pdf')).toBe('Draft v2.pdf');
  });
});
