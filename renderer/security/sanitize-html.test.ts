// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { sanitizeHtml } from './sanitize-html';

describe('sanitizeHtml', () => {
  it('keeps what the notes editor writes', () => {
    const html =
      '<h2>Підсумки</h2><p><strong>Кібербезпека</strong> та <em>зелена енергетика</em></p><ul><li>один</li></ul><ol><li>два</li></ol><blockquote><p>цитата</p></blockquote>';
    expect(sanitizeHtml(html)).toBe(html);
  });

  it('removes scripts, event handlers, styles and frames from pasted HTML', () => {
    const dirty =
      '<p onclick="steal()">Текст<script>alert(1)</script></p><img src="https://tracker.example/x.png" onerror="steal()"><iframe src="https://evil.example"></iframe><p style="color:red">ok</p>';
    expect(sanitizeHtml(dirty)).toBe('<p>Текст</p><p>ok</p>');
  });

  it('keeps web and mail links, opening outside the app, and drops javascript: links', () => {
    expect(sanitizeHtml('<a href="https://rebuild-ukraine.com">RU</a>')).toBe(
      '<a href="https://rebuild-ukraine.com" target="_blank" rel="noopener noreferrer nofollow">RU</a>',
    );
    expect(sanitizeHtml('<a href="javascript:alert(1)">x</a>')).toBe('<a target="_blank" rel="noopener noreferrer nofollow">x</a>');
  });

  it('stores an emptied editor as no notes', () => {
    expect(sanitizeHtml('<p></p>')).toBe('');
    expect(sanitizeHtml('  ')).toBe('');
  });
});
