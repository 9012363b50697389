/**
 * Meeting and event notes are stored as sanitized HTML (renderer/security/sanitize-html.ts keeps
 * only what the notes editor makes: paragraphs, headings, emphasis, lists, quotes, code, links,
 * rules). Documents that are not HTML (DOCX, Markdown, plain text in a calendar) need that
 * structure, not the markup, and shared/ has no DOM to parse it with: this reads that small
 * vocabulary into blocks of styled runs.
 *
 * It is not a general HTML parser, and needs not be one: anything outside the vocabulary is read
 * as plain text (its tags dropped, the contents of script, style and the like dropped too), so
 * whatever reaches it, the blocks hold only text, styles and http(s)/mailto/tel links.
 */

export interface NoteRun {
  /** Text; '\n' alone is a line break. */
  text: string;
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
  strike?: boolean;
  code?: boolean;
  href?: string;
}

export type NoteBlock =
  | { kind: 'paragraph'; runs: NoteRun[]; quote: boolean }
  | { kind: 'heading'; level: number; runs: NoteRun[]; quote: boolean }
  | { kind: 'item'; ordered: boolean; depth: number; number: number; runs: NoteRun[]; quote: boolean }
  | { kind: 'code'; text: string; quote: boolean }
  | { kind: 'rule' };

type TextBlock = Exclude<NoteBlock, { kind: 'rule' } | { kind: 'code' }>;

const SAFE_LINK = /^(https?:|mailto:|tel:)/i;
/** Elements whose content is not text a reader should see. */
const SKIP_CONTENT = new Set(['script', 'style', 'template', 'noscript', 'iframe', 'object', 'svg', 'math', 'title', 'textarea', 'select', 'head']);
const STYLE_TAGS: Record<string, keyof Omit<NoteRun, 'text' | 'href'>> = {
  strong: 'bold',
  b: 'bold',
  em: 'italic',
  i: 'italic',
  u: 'underline',
  s: 'strike',
  strike: 'strike',
  del: 'strike',
  code: 'code',
};
/** Tags that end a block of text when met (besides the ones handled one by one). */
const BLOCK_TAGS = new Set(['div', 'section', 'article', 'header', 'footer', 'table', 'tr', 'td', 'th', 'dl', 'dt', 'dd', 'figure', 'figcaption']);

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', laquo: '«', raquo: '»', ndash: '–', mdash: '—', rsquo: '’', lsquo: '‘', ldquo: '“', rdquo: '”', hellip: '…' };

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#\d+|[a-zA-Z]+);/g, (entity, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? Number.parseInt(name.slice(2), 16) : Number.parseInt(name.slice(1), 10);
      return Number.isInteger(code) && code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff) ? String.fromCodePoint(code) : entity;
    }
    return ENTITIES[name.toLowerCase()] ?? entity;
  });
}

function attribute(attributes: string, name: string): string | null {
  const match = new RegExp(`(?:^|\\s)${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s"'>]+))`, 'i').exec(attributes);
  return match ? decodeEntities(match[1] ?? match[2] ?? match[3] ?? '') : null;
}

const TOKEN = /<!--[\s\S]*?(?:-->|$)|<(\/?)([a-zA-Z][a-zA-Z0-9]*)((?:[^>"']|"[^"]*"|'[^']*')*)>|[^<]+|</g;

/** Runs with their edges trimmed, line breaks without spaces around them, neighbours of one style merged. */
function tidyRuns(runs: readonly NoteRun[]): NoteRun[] {
  const out: NoteRun[] = [];
  for (const run of runs) {
    const last = out.at(-1);
    const { text: _a, ...style } = run;
    const lastStyle = last ? (({ text: _b, ...s }) => s)(last) : null;
    if (last && run.text !== '\n' && last.text !== '\n' && JSON.stringify(style) === JSON.stringify(lastStyle)) last.text += run.text;
    else out.push({ ...run });
  }
  for (let i = 0; i < out.length; i++) {
    const run = out[i]!;
    if (run.text === '\n') continue;
    if (i === 0 || out[i - 1]!.text === '\n') run.text = run.text.replace(/^ +/, '');
    if (i === out.length - 1 || out[i + 1]!.text === '\n') run.text = run.text.replace(/ +$/, '');
  }
  const kept = out.filter((run) => run.text !== '');
  while (kept[0]?.text === '\n') kept.shift();
  while (kept.at(-1)?.text === '\n') kept.pop();
  return kept;
}

export function parseNoteHtml(html: string): NoteBlock[] {
  const blocks: NoteBlock[] = [];
  const lists: { ordered: boolean; count: number }[] = [];
  const styles: Record<string, number> = {};
  const links: (string | null)[] = [];
  let quote = 0;
  let current: TextBlock | null = null;
  let code: { text: string } | null = null;
  let skipping: string | null = null;

  const flush = () => {
    if (current) {
      const runs = tidyRuns(current.runs);
      if (runs.some((r) => r.text.trim() !== '')) blocks.push({ ...current, runs });
      current = null;
    }
    if (code) {
      const text = code.text.replace(/^\n/, '').replace(/\s+$/, '');
      if (text) blocks.push({ kind: 'code', text, quote: quote > 0 });
      code = null;
    }
  };
  const addText = (text: string) => {
    if (code) {
      code.text += text;
      return;
    }
    if (!current) {
      if (text.trim() === '') return;
      current = { kind: 'paragraph', runs: [], quote: quote > 0 };
    }
    const run: NoteRun = { text };
    for (const [tag, key] of Object.entries(STYLE_TAGS)) if ((styles[tag] ?? 0) > 0) run[key] = true;
    const href = links.at(-1);
    if (href) run.href = href;
    current.runs.push(run);
  };

  for (const match of html.matchAll(TOKEN)) {
    const [token, closing, rawName, attrs = ''] = match;
    if (token.startsWith('<!--')) continue;
    const name = rawName?.toLowerCase();
    if (skipping) {
      if (closing && name === skipping) skipping = null;
      continue;
    }
    if (!name) {
      addText(code ? decodeEntities(token) : decodeEntities(token).replace(/[ \t\r\n\f]+/g, ' '));
      continue;
    }
    if (SKIP_CONTENT.has(name)) {
      if (!closing && !token.endsWith('/>')) skipping = name;
      continue;
    }
    if (name in STYLE_TAGS) styles[name] = Math.max(0, (styles[name] ?? 0) + (closing ? -1 : 1));
    else if (name === 'a') {
      if (closing) links.pop();
      else {
        const href = attribute(attrs, 'href')?.trim() ?? '';
        links.push(SAFE_LINK.test(href) ? href : null);
      }
    } else if (name === 'br') addText('\n');
    else if (name === 'p') {
      const inItem = (current as TextBlock | null)?.kind === 'item';
      if (!closing && inItem && current!.runs.length > 0) addText('\n');
      else if (!inItem) {
        flush();
        if (!closing) current = { kind: 'paragraph', runs: [], quote: quote > 0 };
      }
    } else if (/^h[1-6]$/.test(name)) {
      flush();
      if (!closing) current = { kind: 'heading', level: Number(name[1]), runs: [], quote: quote > 0 };
    } else if (name === 'ul' || name === 'ol') {
      flush();
      if (closing) lists.pop();
      else lists.push({ ordered: name === 'ol', count: Math.max(0, Number(attribute(attrs, 'start') ?? 1) - 1) || 0 });
    } else if (name === 'li') {
      flush();
      const list = lists.at(-1) ?? { ordered: false, count: 0 };
      if (!closing) current = { kind: 'item', ordered: list.ordered, depth: Math.max(0, lists.length - 1), number: ++list.count, runs: [], quote: quote > 0 };
    } else if (name === 'blockquote') {
      flush();
      quote = Math.max(0, quote + (closing ? -1 : 1));
    } else if (name === 'pre') {
      flush();
      if (!closing) code = { text: '' };
    } else if (name === 'hr') {
      flush();
      blocks.push({ kind: 'rule' });
    } else if (BLOCK_TAGS.has(name)) flush();
  }
  flush();
  return blocks;
}

/** A block's runs as plain text (line breaks kept). */
export function runsText(runs: readonly NoteRun[]): string {
  return runs.map((run) => run.text).join('');
}
