import { builtinModules } from 'node:module';
import { defineConfig, type EnvironmentOptions } from 'vite';

/**
 * Builds the Electron main process and preload as two separate CommonJS bundles.
 *
 * Separate builds (Vite environments), not one build with two entries: a shared chunk would
 * make the preload `require('./chunk.cjs')`, which a sandboxed preload cannot do (it may
 * only require 'electron' and a few built-ins). Each bundle is one self-contained file.
 */

const OUT_DIR = 'out/electron';

// 'electron' is provided by the runtime; Node built-ins are there in main (bare or node:).
const external = ['electron', /^electron\/.+/, /^node:/, ...builtinModules];

function electronBundle(entry: string, fileName: string, emptyOutDir: boolean): EnvironmentOptions {
  return {
    consumer: 'server',
    // Bundle every dependency (zod…): the packaged app ships out/ only, no node_modules.
    resolve: { noExternal: true },
    build: {
      outDir: OUT_DIR,
      emptyOutDir,
      // Electron 45 ships Node 22 and Chromium 140; both run ES2023.
      target: 'es2023',
      minify: false,
      sourcemap: true,
      copyPublicDir: false,
      reportCompressedSize: false,
      rolldownOptions: {
        input: entry,
        external,
        output: { format: 'cjs', entryFileNames: fileName, codeSplitting: false },
      },
    },
  };
}

export default defineConfig({
  // Nothing under public/ or index.html belongs to these bundles.
  publicDir: false,
  environments: {
    electronMain: electronBundle('electron/main/index.ts', 'main.cjs', true),
    electronPreload: electronBundle('electron/preload/index.ts', 'preload.cjs', false),
  },
  builder: {
    // Main first: it empties out/electron, then the preload is written beside it.
    buildApp: async (builder) => {
      await builder.build(builder.environments.electronMain!);
      await builder.build(builder.environments.electronPreload!);
    },
  },
});
