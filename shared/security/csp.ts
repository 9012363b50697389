/**
 * The Content-Security-Policies of the renderer. Styles stay inline-capable because the
 * component library injects its CSS variables at run time; scripts never are.
 *
 * There are two because the two builds reach sync targets differently:
 * - the Electron shell sends the network through its main process (no CORS, passwords never
 *   back in the page), so the page itself talks only to its own origin: `connect-src 'self'`,
 *   sent as a response header by the app:// protocol handler and the session;
 * - the web build has no main process: it fetches whatever WebDAV server the user configured,
 *   on any host, so its <meta> policy allows `connect-src` to any http(s) origin. That widens
 *   only where the page may send requests, not what may run in it.
 *
 * The shell loads the same built index.html, meta tag included. A page under two policies must
 * satisfy both (CSP Level 3 §8.1), so the shell's header keeps it at `connect-src 'self'`.
 */

function policy(connectSources: string): string {
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    `connect-src ${connectSources}`,
    "worker-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
    // An attached PDF is shown in a frame from a blob: URL the app made itself; nothing else frames.
    'frame-src blob:',
  ].join('; ');
}

/** The Electron shell's policy (response header): the page talks only to its own origin. */
export const SHELL_CONTENT_SECURITY_POLICY = policy("'self'");

/** The web build's policy (<meta> in the built page): also any http(s) origin, for WebDAV targets. */
export const WEB_CONTENT_SECURITY_POLICY = policy("'self' https: http:");
