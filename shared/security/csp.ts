/**
 * The one Content-Security-Policy of the renderer, used both as a <meta> in the built page
 * and as a response header by the Electron shell. Styles stay inline-capable because the
 * component library injects its CSS variables at run time; scripts never are.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  // An attached PDF is shown in a frame from a blob: URL the app made itself; nothing else frames.
  "frame-src blob:",
].join('; ');
