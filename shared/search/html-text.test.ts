import { describe, expect, it } from 'vitest';
import { htmlToPlainText } from './html-text';

describe('htmlToPlainText', () => {
  it('keeps the words of paragraphs, lists and headings apart', () => {
    expect(htmlToPlainText('<h2>Підсумки</h2><p>Кібербезпека</p><ul><li>зелена</li><li>енергетика</li></ul>')).toBe(
      'Підсумки Кібербезпека зелена енергетика',
    );
    expect(htmlToPlainText('<p>перший рядок<br>другий</p>')).toBe('перший рядок другий');
  });

  it('leaves a word formatted in the middle whole', () => {
    expect(htmlToPlainText('<p>Ки<strong>їв</strong> і <a href="https://example.org" target="_blank">Варшава</a></p>')).toBe('Київ і Варшава');
  });

  it('decodes entities, named and numeric', () => {
    expect(htmlToPlainText('<p>О-де-Франс &amp; Луганщина &laquo;ReBuild&raquo; &#171;x&#187; &#x41;&nbsp;B</p>')).toBe(
      'О-де-Франс & Луганщина «ReBuild» «x» A B',
    );
    // What is not an entity stays as written.
    expect(htmlToPlainText('R&D &unknown;')).toBe('R&D &unknown;');
  });

  it('drops comments and attributes, so link targets are not words of the note', () => {
    expect(htmlToPlainText('<!-- чернетка --><p><a href="https://secret.example">посилання</a></p>')).toBe('посилання');
  });

  it('passes plain text through', () => {
    expect(htmlToPlainText('  Просто текст  ')).toBe('Просто текст');
    expect(htmlToPlainText('')).toBe('');
  });
});
