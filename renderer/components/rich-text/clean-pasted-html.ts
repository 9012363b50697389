import DOMPurify, { type DOMPurify as Purifier } from 'dompurify';

/**
 * Pasted HTML is cleaned before the editor reads it: no scripts, styles, event handlers,
 * images or frames, whatever page or document it came from. Unlike sanitizeHtml (what is
 * stored), it keeps the block containers web pages and office documents wrap their paragraphs
 * in (div, table cells), so the editor still sees where one paragraph ends and the next begins;
 * the editor's schema then keeps only what notes can hold.
 */
const ALLOWED_TAGS = [
  ...['p', 'br', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'strong', 'b', 'em', 'i', 'u', 's', 'ul', 'ol', 'li', 'blockquote', 'a', 'code', 'pre', 'hr'],
  ...['div', 'span', 'section', 'article', 'header', 'footer', 'main', 'aside', 'address', 'figure', 'figcaption'],
  ...['table', 'caption', 'thead', 'tbody', 'tfoot', 'tr', 'td', 'th', 'dl', 'dt', 'dd'],
];

let instance: Purifier | null = null;

export function cleanPastedHtml(html: string): string {
  // An instance of its own: the hooks sanitizeHtml adds to the shared one are for stored notes.
  instance ??= DOMPurify(window);
  return instance.sanitize(html, { ALLOWED_TAGS, ALLOWED_ATTR: ['href'], ALLOW_DATA_ATTR: false });
}
