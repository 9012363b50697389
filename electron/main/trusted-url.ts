import { MAX_EXTERNAL_URL_LENGTH } from '#shared/ipc/contract';

/**
 * Pure URL checks for the shell: which pages are ours, and which links may leave the app
 * for the OS browser or mail client. No Electron here, so the rules are tested directly.
 */

export const APP_SCHEME = 'app';
export const APP_HOST = 'delegation-desk';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

const EXTERNAL_PROTOCOLS = new Set(['http:', 'https:', 'mailto:']);

function parse(raw: string): URL | null {
  try {
    return new URL(raw);
  } catch {
    return null;
  }
}

/**
 * True for pages served by our own protocol. `app:` is not a WHATWG special scheme, so
 * `URL.origin` is "null" here and the check compares protocol and host instead. The port
 * must be empty: `app://delegation-desk:1` is a different origin in Chromium.
 */
export function isAppUrl(raw: string): boolean {
  const url = parse(raw);
  return url !== null && url.protocol === `${APP_SCHEME}:` && url.host === APP_HOST;
}

/**
 * The normalized link to hand to `shell.openExternal`, or null when it must not leave the
 * app. Only web and mail links pass: `file:`, `smb:`, custom handlers and the like can run
 * programs on the user's machine. Credentials in the authority are refused because
 * `https://mfa.gov.ua@evil.example` is a classic way to disguise where a link goes.
 */
export function toAllowedExternalUrl(raw: string): string | null {
  if (raw.length > MAX_EXTERNAL_URL_LENGTH) return null;
  const url = parse(raw);
  if (url === null || !EXTERNAL_PROTOCOLS.has(url.protocol)) return null;
  if (url.username !== '' || url.password !== '') return null;
  if (url.protocol === 'mailto:') return url.pathname.includes('@') ? url.href : null;
  return url.hostname !== '' ? url.href : null;
}

export function isAllowedExternalUrl(raw: string): boolean {
  return toAllowedExternalUrl(raw) !== null;
}
