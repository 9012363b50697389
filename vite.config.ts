import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { WEB_CONTENT_SECURITY_POLICY } from './shared/security/csp';

/**
 * The dev server needs inline scripts for hot reload, so the policy goes into the built page only.
 * It is the web build's policy (WebDAV targets on any host); the Electron shell serves the same
 * page with its stricter policy as a header, and a page must satisfy both.
 */
function contentSecurityPolicy(): Plugin {
  return {
    name: 'delegation-desk-csp',
    apply: 'build',
    transformIndexHtml: (html) =>
      html.replace(
        '<meta charset="UTF-8" />',
        `<meta charset="UTF-8" />\n    <meta http-equiv="Content-Security-Policy" content="${WEB_CONTENT_SECURITY_POLICY}" />`,
      ),
  };
}

export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react(), contentSecurityPolicy()],
  build: {
    outDir: '../out/renderer',
    emptyOutDir: true,
    target: 'es2023',
    chunkSizeWarningLimit: 2000,
  },
  // Module workers, so a worker's dynamic imports (exceljs for an XLSX import) stay chunks of their
  // own instead of being inlined into the worker that every import starts.
  worker: { format: 'es' },
  preview: { host: '127.0.0.1' },
  server: { host: '127.0.0.1' },
});
