/**
 * Reads the answer to a PROPFIND (Depth: 1) on a folder into the names found there, so the
 * transport can tell which names are certainly free without asking about each one.
 *
 * The parse is deliberately loose in one direction only: every <href> of the answer counts as a
 * name that is there (the folder's own entry too), so a surprise can make a free name look
 * taken (costing a HEAD), never a taken name look free. Anything it cannot read makes the
 * whole listing unusable (null), and the transport looks at each path as it would without one.
 */

/** The PROPFIND body of a probe and of a listing: the resource type alone, to keep answers small. */
export const PROPFIND_BODY = '<?xml version="1.0" encoding="utf-8"?><d:propfind xmlns:d="DAV:"><d:prop><d:resourcetype/></d:prop></d:propfind>';

/**
 * How names are compared: NFC and lower case. A server on a case-insensitive file system
 * (rclone on Windows or macOS) stores "Звіт.md" and "звіт.md" as one file, and macOS may hand
 * back NFD, so names that differ only so are taken to be the same.
 */
export function nameKey(name: string): string {
  return name.normalize('NFC').toLowerCase();
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decodeXmlText(text: string): string | null {
  // A bare '&' is not XML: whatever wrote it, the listing cannot be trusted.
  if (/&(?!(?:#x[0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);)/.test(text)) return null;
  let bad = false;
  const decoded = text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);/g, (_, entity: string) => {
    if (entity.startsWith('#')) {
      const code = entity[1] === 'x' ? Number.parseInt(entity.slice(2), 16) : Number.parseInt(entity.slice(1), 10);
      if (code > 0x10ffff) {
        bad = true;
        return '';
      }
      return String.fromCodePoint(code);
    }
    const named = ENTITIES[entity];
    if (named === undefined) bad = true;
    return named ?? '';
  });
  return bad ? null : decoded;
}

/** The last path segment of an href (absolute URL or path), decoded; null when it cannot be. */
function lastSegment(href: string): string | null {
  let path = href.trim();
  const scheme = /^[a-zA-Z][a-zA-Z0-9+.-]*:\/\/[^/]*/.exec(path);
  if (scheme) path = path.slice(scheme[0].length);
  path = path.replace(/[?#].*$/, '');
  const segments = path.split('/').filter((segment) => segment !== '');
  const last = segments.at(-1);
  if (last === undefined) return '';
  try {
    return decodeURIComponent(last);
  } catch {
    return null;
  }
}

const RESPONSE = /<(?:[A-Za-z_][\w.-]*:)?response\b[^>]*>([\s\S]*?)<\/(?:[A-Za-z_][\w.-]*:)?response\s*>/g;
const HREF = /<(?:[A-Za-z_][\w.-]*:)?href\b[^>]*>([^<]*)<\/(?:[A-Za-z_][\w.-]*:)?href\s*>/;

/**
 * The keys (nameKey) of the entries a multistatus answer lists, or null when the answer does
 * not read as one: no <response> at all (a folder's listing always has the folder itself), a
 * response without an <href>, or an href that does not decode.
 */
export function parseFolderListing(xml: string): Set<string> | null {
  const names = new Set<string>();
  let responses = 0;
  for (const match of xml.matchAll(RESPONSE)) {
    responses += 1;
    const href = HREF.exec(match[1]!);
    if (!href) return null;
    const text = decodeXmlText(href[1]!);
    if (text === null) return null;
    const name = lastSegment(text);
    if (name === null) return null;
    if (name !== '') names.add(nameKey(name));
  }
  return responses > 0 ? names : null;
}
