const HAS_SCHEME = /^[a-z][a-z0-9+.-]*:/i;

/**
 * What a typed link points at. People type "rebuild-ukraine.com" or "delbe@hautsdefrance.fr"
 * into the link box; stored notes keep only web, mail and phone links, so a bare address gets
 * the scheme it clearly means instead of losing its target when sanitized.
 */
export function withScheme(href: string | null | undefined): string | null {
  const trimmed = href?.trim() ?? '';
  if (trimmed === '') return null;
  if (HAS_SCHEME.test(trimmed) || trimmed.startsWith('/') || trimmed.startsWith('#')) return trimmed;
  if (/^[^\s@/]+@[^\s@/]+\.[^\s@/]+$/.test(trimmed)) return `mailto:${trimmed}`;
  return `https://${trimmed}`;
}
