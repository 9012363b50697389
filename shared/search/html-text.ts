/**
 * The words of stored rich text (sanitized HTML, see renderer/security/sanitize-html.ts) for the
 * search index. The index is built in a worker, which has no DOM to parse HTML with, so this reads
 * the markup by hand; it only has to keep the words apart, not render anything.
 */

/** Formatting that sits inside a word ("Ки<strong>їв</strong>" is one word); every other tag ends one. */
const INLINE_TAGS = new Set(['a', 'b', 'strong', 'em', 'i', 'u', 's', 'code', 'span', 'mark', 'sub', 'sup']);

const NAMED_ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  laquo: '«',
  raquo: '»',
  ndash: '–',
  mdash: '—',
  rsquo: '’',
  lsquo: '‘',
  ldquo: '“',
  rdquo: '”',
  hellip: '…',
};

function decodeEntity(entity: string, name: string): string {
  if (name.startsWith('#x') || name.startsWith('#X')) return codePoint(Number.parseInt(name.slice(2), 16), entity);
  if (name.startsWith('#')) return codePoint(Number.parseInt(name.slice(1), 10), entity);
  return NAMED_ENTITIES[name.toLowerCase()] ?? entity;
}

function codePoint(value: number, fallback: string): string {
  return Number.isInteger(value) && value > 0 && value <= 0x10ffff ? String.fromCodePoint(value) : fallback;
}

/** Plain text of an HTML fragment: tags out, entities decoded, whitespace collapsed. */
export function htmlToPlainText(html: string): string {
  if (!html.includes('<') && !html.includes('&')) return html.trim();
  return html
    .replace(/<!--[\s\S]*?-->/g, ' ')
    .replace(/<\/?([a-zA-Z][a-zA-Z0-9]*)\b[^>]*>/g, (_tag, name: string) => (INLINE_TAGS.has(name.toLowerCase()) ? '' : ' '))
    .replace(/&(#x[0-9a-fA-F]+|#\d+|[a-zA-Z]+);/g, decodeEntity)
    .replace(/\s+/g, ' ')
    .trim();
}
