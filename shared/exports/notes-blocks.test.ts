import { describe, expect, it } from 'vitest';
import { SAMPLE } from './export-test-records';
import { parseNoteHtml, type NoteBlock } from './notes-blocks';
import { escapeMarkdown, notesToHtml, notesToMarkdown, notesToPlainText } from './notes-render';

const WARSAW_NOTES = SAMPLE.meeting('rebuild-delbe').notes;

describe('parseNoteHtml', () => {
  it('reads the Warsaw meeting’s notes: a paragraph with bold text and a two-item list', () => {
    const blocks = parseNoteHtml(WARSAW_NOTES);
    expect(blocks.map((b) => b.kind)).toEqual(['paragraph', 'item', 'item']);
    const [paragraph, first] = blocks as [Extract<NoteBlock, { kind: 'paragraph' }>, Extract<NoteBlock, { kind: 'item' }>];
    expect(paragraph.runs).toEqual([
      { text: 'Предварительные переговоры о совместных проектах в сфере ' },
      { text: 'кибербезопасности', bold: true },
      { text: ' и «зелёной» энергетики с Жюльет Дельб, руководителем департамента международных связей региона О-де-Франс.' },
    ]);
    expect(first).toMatchObject({ ordered: false, depth: 0, number: 1, quote: false });
  });

  it('reads quotes, nested and numbered lists, line breaks, headings, code and rules', () => {
    const blocks = parseNoteHtml(
      '<h2>Підсумки</h2><blockquote><p>«Цитата»<br>— Автор</p></blockquote>' +
        '<ol start="3"><li><p>перше</p><p>продовження</p><ul><li>вкладене</li></ul></li><li>друге</li></ol>' +
        '<pre><code>a  &lt;b&gt;\n  c</code></pre><hr><p>кінець</p>',
    );
    expect(blocks).toEqual([
      { kind: 'heading', level: 2, runs: [{ text: 'Підсумки' }], quote: false },
      { kind: 'paragraph', runs: [{ text: '«Цитата»' }, { text: '\n' }, { text: '— Автор' }], quote: true },
      { kind: 'item', ordered: true, depth: 0, number: 3, runs: [{ text: 'перше' }, { text: '\n' }, { text: 'продовження' }], quote: false },
      { kind: 'item', ordered: false, depth: 1, number: 1, runs: [{ text: 'вкладене' }], quote: false },
      { kind: 'item', ordered: true, depth: 0, number: 4, runs: [{ text: 'друге' }], quote: false },
      { kind: 'code', text: 'a  <b>\n  c', quote: false },
      { kind: 'rule' },
      { kind: 'paragraph', runs: [{ text: 'кінець' }], quote: false },
    ]);
  });

  it('keeps safe links and drops unsafe ones, scripts, styles, handlers and unknown tags', () => {
    const blocks = parseNoteHtml(
      '<p onclick="steal()">See <a href="https://loga.gov.ua/?a=1&amp;b=2" target="_blank">the site</a>, ' +
        '<a href="javascript:alert(1)">this</a> and <img src="http://x/y.png" onerror="alert(1)">' +
        '<span style="color:red">red</span></p><script>alert("x")</script><style>p{}</style><iframe src="//x"></iframe>' +
        '<div>plain &amp; simple &#x1F600; &unknown;</div><!-- comment <p>hidden</p> -->',
    );
    expect(blocks).toEqual([
      {
        kind: 'paragraph',
        quote: false,
        runs: [{ text: 'See ' }, { text: 'the site', href: 'https://loga.gov.ua/?a=1&b=2' }, { text: ', this and red' }],
      },
      { kind: 'paragraph', quote: false, runs: [{ text: 'plain & simple 😀 &unknown;' }] },
    ]);
  });

  it('reads plain text without any tags as one paragraph, and empty markup as nothing', () => {
    expect(parseNoteHtml('  Just text\n  on two lines ')).toEqual([{ kind: 'paragraph', quote: false, runs: [{ text: 'Just text on two lines' }] }]);
    expect(parseNoteHtml('<p></p><p><br></p>')).toEqual([]);
    expect(parseNoteHtml('')).toEqual([]);
  });
});

describe('notes renderers', () => {
  const blocks = parseNoteHtml(
    '<p>Talks on <strong>cyber</strong><em>security</em> and <a href="https://example.org/a b">links</a></p>' +
      '<ul><li>one</li><li>two<ul><li>deep</li></ul></li></ul><blockquote><p>quoted *text*</p><p>second</p></blockquote><p>1. not a list</p>',
  );

  it('plain text marks items and quotes', () => {
    expect(notesToPlainText(blocks)).toBe('Talks on cybersecurity and links\n• one\n• two\n  • deep\n> quoted *text*\n> second\n1. not a list');
  });

  it('Markdown keeps the structure and escapes the text', () => {
    expect(notesToMarkdown(blocks)).toBe(
      'Talks on **cyber***security* and [links](<https://example.org/a%20b>)\n\n- one\n- two\n    - deep\n\n> quoted \\*text\\*\n>\n> second\n\n1\\. not a list',
    );
    expect(escapeMarkdown('# not a heading\n- not an item\n<b>&amp; [x]')).toBe('\\# not a heading\n\\- not an item\n\\<b\\>\\&amp; \\[x\\]');
  });

  it('HTML is rebuilt with nesting and nothing but the editor’s elements', () => {
    expect(notesToHtml(blocks)).toBe(
      '<p>Talks on <strong>cyber</strong><em>security</em> and <a href="https://example.org/a b" rel="noopener noreferrer nofollow">links</a></p>' +
        '<ul><li>one</li><li>two<ul><li>deep</li></ul></li></ul>' +
        '<blockquote><p>quoted *text*</p><p>second</p></blockquote><p>1. not a list</p>',
    );
    expect(notesToHtml(parseNoteHtml('<ol><li>a</li></ol><ul><li>b</li></ul><h1>T</h1>'), 3)).toBe('<ol><li>a</li></ol><ul><li>b</li></ul><h3>T</h3>');
  });
});
