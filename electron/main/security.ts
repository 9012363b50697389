import { SHELL_CONTENT_SECURITY_POLICY } from '#shared/security/csp';
import type { ExternalOpener } from './handlers/open-external';
import { isAppUrl, toAllowedExternalUrl } from './trusted-url';

/**
 * The shell's locks: the app's pages may not leave the app, open windows, embed webviews or
 * get device permissions, and every response carries our CSP. Electron objects come in as
 * the minimal interfaces below so the rules are unit-tested with fakes.
 */

/** Electron's navigation `Event<{ url }>`: the target URL and a way to cancel. */
export interface NavigationEvent {
  readonly url: string;
  preventDefault(): void;
}

export interface PreventableEvent {
  preventDefault(): void;
}

export interface GuardedWebContents {
  on(event: 'will-navigate', listener: (event: NavigationEvent) => void): unknown;
  on(event: 'will-redirect', listener: (event: NavigationEvent) => void): unknown;
  on(event: 'will-attach-webview', listener: (event: PreventableEvent) => void): unknown;
  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'deny' }): void;
}

type Headers = Record<string, string | string[]>;

export interface GuardedSession {
  setPermissionRequestHandler(
    handler: (webContents: unknown, permission: string, callback: (granted: boolean) => void, details: { requestingUrl: string }) => void,
  ): void;
  setPermissionCheckHandler(handler: (webContents: unknown, permission: string, requestingOrigin: string) => boolean): void;
  readonly webRequest: {
    onHeadersReceived(
      listener: (details: { responseHeaders?: Record<string, string[]> }, callback: (response: { responseHeaders?: Headers }) => void) => void,
    ): void;
  };
}

/**
 * What our own pages may use without asking: copying to the clipboard (names, romanized
 * spellings), meeting reminders, and storage the browser will not evict under disk pressure
 * (the records live only in IndexedDB). Camera, microphone, location, HID and the rest stay off.
 */
const GRANTED_TO_APP = new Set(['clipboard-sanitized-write', 'notifications', 'persistent-storage']);

export function isPermissionGranted(permission: string, requestingUrl: string): boolean {
  return GRANTED_TO_APP.has(permission) && isAppUrl(requestingUrl);
}

/** Sends an allowed link to the OS browser; anything else is dropped silently, as a click on it should be. */
function openIfAllowed(shell: ExternalOpener, url: string): void {
  const allowed = toAllowedExternalUrl(url);
  if (allowed === null) return;
  shell.openExternal(allowed).catch((error: unknown) => console.error('[security] openExternal failed', error));
}

export function guardWebContents(contents: GuardedWebContents, shell: ExternalOpener): void {
  // A link clicked in the page must not replace the app; web and mail links go to the OS instead.
  const keepInApp = (event: NavigationEvent) => {
    if (isAppUrl(event.url)) return;
    event.preventDefault();
    openIfAllowed(shell, event.url);
  };
  contents.on('will-navigate', keepInApp);
  contents.on('will-redirect', keepInApp);

  contents.setWindowOpenHandler(({ url }) => {
    openIfAllowed(shell, url);
    return { action: 'deny' };
  });

  // webviewTag is already off; this also stops one injected by a compromised renderer.
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

/** Replaces any CSP a response brings (in any header case) with ours. */
export function withContentSecurityPolicy(headers: Headers = {}): Headers {
  const kept = Object.entries(headers).filter(([name]) => name.toLowerCase() !== 'content-security-policy');
  return { ...Object.fromEntries(kept), 'Content-Security-Policy': [SHELL_CONTENT_SECURITY_POLICY] };
}

export function guardSession(session: GuardedSession): void {
  session.setPermissionRequestHandler((_contents, permission, callback, details) =>
    callback(isPermissionGranted(permission, details.requestingUrl)),
  );
  session.setPermissionCheckHandler((_contents, permission, requestingOrigin) => isPermissionGranted(permission, requestingOrigin));
  session.webRequest.onHeadersReceived((details, callback) =>
    callback({ responseHeaders: withContentSecurityPolicy(details.responseHeaders) }),
  );
}
