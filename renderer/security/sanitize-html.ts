import DOMPurify from 'dompurify';
import { BugError } from '#shared/errors/app-error';

/**
 * Rich text is kept as HTML, and HTML from a paste, an import or an old version is never
 * trusted: only what the notes editor can produce survives (headings, emphasis, lists, quotes,
 * links), without scripts, styles, event handlers, images or frames that would load remote
 * content.
 */
const ALLOWED_TAGS = ['p', 'br', 'h1', 'h2', 'h3', 'h4', 'strong', 'b', 'em', 'i', 'u', 's', 'ul', 'ol', 'li', 'blockquote', 'a', 'code', 'pre', 'hr'];
const ALLOWED_ATTR = ['href', 'target', 'rel'];
const SAFE_LINK = /^(https?:|mailto:|tel:)/i;

let hooked = false;

function purifier() {
  if (!DOMPurify.isSupported) throw new BugError('sanitizeHtml needs a DOM (window.document)');
  if (!hooked) {
    // Links open outside the app (see use-external-links) and never carry the opener along.
    DOMPurify.addHook('afterSanitizeAttributes', (node) => {
      if (node.tagName !== 'A') return;
      const href = node.getAttribute('href') ?? '';
      if (!SAFE_LINK.test(href)) node.removeAttribute('href');
      node.setAttribute('target', '_blank');
      node.setAttribute('rel', 'noopener noreferrer nofollow');
    });
    hooked = true;
  }
  return DOMPurify;
}

export function sanitizeHtml(html: string): string {
  if (html.trim() === '') return '';
  const clean = purifier().sanitize(html, { ALLOWED_TAGS, ALLOWED_ATTR, ALLOW_DATA_ATTR: false });
  // An editor left empty still produces "<p></p>": store that as no notes at all.
  return clean.replace(/^(<p>(<br>)?<\/p>)+$/, '');
}
