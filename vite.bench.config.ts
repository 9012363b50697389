import { defineConfig } from 'vite';

/**
 * The benchmark page (test/bench/page), a production build like the app's. The bench spec
 * serves it under /bench/ on the same origin as out/renderer, so it seeds the app's database.
 */
export default defineConfig({
  root: 'test/bench/page',
  base: './',
  build: {
    outDir: '../../../out/bench',
    emptyOutDir: true,
    target: 'es2023',
    chunkSizeWarningLimit: 2000,
  },
  // Module workers, so a worker's dynamic imports (exceljs for an XLSX import) stay chunks of their
  // own instead of being inlined into the worker that every import starts.
  worker: { format: 'es' },
  logLevel: 'warn',
});
