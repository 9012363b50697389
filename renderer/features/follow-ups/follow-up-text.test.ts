import { describe, expect, it } from 'vitest';
import { shortened } from './follow-up-text';

describe('shortened', () => {
  it('keeps short text, with its spacing tidied', () => {
    expect(shortened('  Надіслати   програму\nфоруму ')).toBe('Надіслати програму форуму');
  });

  it('cuts long text at a word and marks the cut', () => {
    const text = 'Send the draft memorandum on energy efficiency and small business support to Zaporizhzhia city council';
    const short = shortened(text, 40);
    expect(short.length).toBeLessThanOrEqual(40);
    expect(short).toBe('Send the draft memorandum on energy…');
  });

  it('leaves no punctuation dangling before the ellipsis', () => {
    expect(shortened('Собрать для посла сведения об IT-компаниях Харькова, готовых к сотрудничеству', 54)).toBe(
      'Собрать для посла сведения об IT-компаниях Харькова…',
    );
  });

  it('cuts inside a word that is too long to keep whole', () => {
    expect(shortened('x'.repeat(100), 10)).toBe(`${'x'.repeat(9)}…`);
  });
});
