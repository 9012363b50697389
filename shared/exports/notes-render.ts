import { runsText, type NoteBlock, type NoteRun } from './notes-blocks';

/** Notes as plain text, and as Markdown and HTML rebuilt from the parsed blocks. */

function itemMarker(block: Extract<NoteBlock, { kind: 'item' }>): string {
  return block.ordered ? `${block.number}.` : '•';
}

/** Plain text: a line per block (more for line breaks), list items marked and indented, quotes in "> ". */
export function notesToPlainText(blocks: readonly NoteBlock[]): string {
  return blocks
    .map((block) => {
      let text: string;
      if (block.kind === 'rule') return '—';
      if (block.kind === 'code') text = block.text;
      else if (block.kind === 'item') text = `${'  '.repeat(block.depth)}${itemMarker(block)} ${runsText(block.runs)}`;
      else text = runsText(block.runs);
      return block.quote ? text.replace(/^/gm, '> ') : text;
    })
    .join('\n');
}

// ---- Markdown ----

/** Escapes what Markdown would read as markup: inline punctuation anywhere, block markers at a line's start. */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\\`*_[\]<>|~]/g, '\\$&')
    .replace(/&(?=#?[a-zA-Z0-9]+;)/g, '\\&')
    .replace(/^(\s*)([#+\-=])/gm, '$1\\$2')
    .replace(/^(\s*\d+)([.)])/gm, '$1\\$2');
}

function markdownRun(run: NoteRun): string {
  if (run.text === '\n') return '\\\n';
  // Markers must touch the text: spaces at the edges go outside them.
  const [, lead = '', core = '', trail = ''] = /^(\s*)([\s\S]*?)(\s*)$/.exec(run.text) ?? [];
  if (!core) return run.text;
  let out: string;
  if (run.code) {
    const fence = '`'.repeat(Math.max(0, ...(core.match(/`+/g) ?? []).map((f) => f.length)) + 1);
    out = `${fence}${/^`|`$/.test(core) ? ` ${core} ` : core}${fence}`;
  } else out = escapeMarkdown(core);
  if (run.strike) out = `~~${out}~~`;
  if (run.italic) out = `*${out}*`;
  if (run.bold) out = `**${out}**`;
  if (run.href) out = `[${out}](<${run.href.replace(/[<>\s]/g, encodeURIComponent)}>)`;
  return `${lead}${out}${trail}`;
}

function markdownRuns(runs: readonly NoteRun[]): string {
  return runs.map(markdownRun).join('');
}

/**
 * Markdown (CommonMark with GFM strikethrough). Headings start at `baseLevel` (the notes'
 * h1 under a report's meeting heading); nested list items are indented four spaces a level.
 */
export function notesToMarkdown(blocks: readonly NoteBlock[], baseLevel = 4): string {
  const parts: string[] = [];
  let previous: NoteBlock | null = null;
  for (const block of blocks) {
    let text: string;
    if (block.kind === 'rule') text = '---';
    else if (block.kind === 'code') text = `~~~\n${block.text.replace(/^~~~/gm, ' ~~~')}\n~~~`;
    else if (block.kind === 'heading') text = `${'#'.repeat(Math.min(6, baseLevel + block.level - 1))} ${markdownRuns(block.runs).replace(/\\\n/g, ' ')}`;
    else if (block.kind === 'item') {
      const marker = block.ordered ? `${block.number}.` : '-';
      const indent = ' '.repeat(4 * block.depth);
      text = `${indent}${marker} ${markdownRuns(block.runs).replace(/\n/g, `\n${indent}${' '.repeat(marker.length + 1)}`)}`;
    } else text = markdownRuns(block.runs);
    if (block.kind !== 'rule' && block.quote) text = text.replace(/^/gm, '> ');
    // Items of one list follow each other directly; everything else is set apart by a blank line.
    const sameList = previous?.kind === 'item' && block.kind === 'item';
    const sameQuote = previous && previous.kind !== 'rule' && block.kind !== 'rule' && previous.quote && block.quote;
    if (parts.length > 0) parts.push(sameList ? '\n' : sameQuote ? '\n>\n' : '\n\n');
    parts.push(text);
    previous = block;
  }
  return parts.join('');
}

// ---- HTML ----

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[ch]!);
}

function htmlRun(run: NoteRun): string {
  if (run.text === '\n') return '<br>';
  let out = escapeHtml(run.text);
  if (run.code) out = `<code>${out}</code>`;
  if (run.strike) out = `<s>${out}</s>`;
  if (run.underline) out = `<u>${out}</u>`;
  if (run.italic) out = `<em>${out}</em>`;
  if (run.bold) out = `<strong>${out}</strong>`;
  if (run.href) out = `<a href="${escapeHtml(run.href)}" rel="noopener noreferrer nofollow">${out}</a>`;
  return out;
}

const htmlRuns = (runs: readonly NoteRun[]) => runs.map(htmlRun).join('');

/**
 * The notes as HTML again, rebuilt from the blocks: only the editor's elements, no attributes but
 * a checked href, so nothing stored can bring a script or a remote image into the document.
 */
export function notesToHtml(blocks: readonly NoteBlock[], baseLevel = 4): string {
  const out: string[] = [];
  const lists: ('ul' | 'ol')[] = [];
  let inQuote = false;
  const closeLists = (depth: number) => {
    while (lists.length > depth) out.push(`</li></${lists.pop()}>`);
  };
  for (const block of blocks) {
    const quote = block.kind !== 'rule' && block.quote;
    if (block.kind !== 'item') closeLists(0);
    if (quote !== inQuote) {
      closeLists(0);
      out.push(quote ? '<blockquote>' : '</blockquote>');
      inQuote = quote;
    }
    if (block.kind === 'item') {
      const tag = block.ordered ? 'ol' : 'ul';
      closeLists(block.depth + 1);
      if (lists.length === block.depth + 1 && lists.at(-1) !== tag) closeLists(block.depth);
      if (lists.length === block.depth + 1) out.push('</li><li>');
      while (lists.length < block.depth + 1) {
        lists.push(tag);
        out.push(block.ordered && lists.length === block.depth + 1 && block.number !== 1 ? `<ol start="${block.number}"><li>` : `<${tag}><li>`);
      }
      out.push(htmlRuns(block.runs));
    } else if (block.kind === 'paragraph') out.push(`<p>${htmlRuns(block.runs)}</p>`);
    else if (block.kind === 'heading') {
      const level = Math.min(6, baseLevel + block.level - 1);
      out.push(`<h${level}>${htmlRuns(block.runs)}</h${level}>`);
    } else if (block.kind === 'code') out.push(`<pre><code>${escapeHtml(block.text)}</code></pre>`);
    else out.push('<hr>');
  }
  closeLists(0);
  if (inQuote) out.push('</blockquote>');
  return out.join('');
}
