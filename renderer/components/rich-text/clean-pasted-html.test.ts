// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { cleanPastedHtml } from './clean-pasted-html';

describe('cleanPastedHtml', () => {
  it('drops scripts, styles, handlers, images and frames', () => {
    const dirty =
      '<style>p{color:red}</style><p onclick="steal()" style="color:red" class="MsoNormal">Кібербезпека<script>steal()</script></p>' +
      '<img src="https://tracker.example/x.png" onerror="steal()"><iframe src="https://evil.example"></iframe><svg><a href="#">x</a></svg>';
    expect(cleanPastedHtml(dirty)).toBe('<p>Кібербезпека</p>');
  });

  it('keeps the block containers web pages put paragraphs in, and links', () => {
    expect(cleanPastedHtml('<div><span>Зелена</span> енергетика</div><table><tbody><tr><td><a href="https://rebuild-ukraine.com" target="_self">RU</a></td></tr></tbody></table>')).toBe(
      '<div><span>Зелена</span> енергетика</div><table><tbody><tr><td><a href="https://rebuild-ukraine.com">RU</a></td></tr></tbody></table>',
    );
  });
});
