import { _electron as electron, expect, test } from '@playwright/test';
import { accessSync, constants, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Smoke test of the packaged shell: the built app starts, its window shows the app, and the
 * page sees the bridge but no Node. Self-contained: it launches Electron itself and skips,
 * saying why, on machines without an Electron binary or a display.
 */

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const mainBundle = path.join(repoRoot, 'out', 'electron', 'main.cjs');
const rendererIndex = path.join(repoRoot, 'out', 'renderer', 'index.html');

type BinaryLookup = { executablePath: string } | { missing: string };

/**
 * Finds the Electron executable the way the 'electron' package does, without loading it:
 * its entry (`require('electron')`) starts a network download when the binary is missing.
 */
function findElectronBinary(): BinaryLookup {
  let packageDir: string;
  try {
    packageDir = path.dirname(createRequire(import.meta.url).resolve('electron/package.json'));
  } catch {
    return { missing: "the 'electron' package is not installed (npm install)" };
  }
  const pathFile = path.join(packageDir, 'path.txt');
  const relative = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : null;
  const overrideDir = process.env.ELECTRON_OVERRIDE_DIST_PATH;
  if (relative === null && !overrideDir) {
    return { missing: `no Electron binary was downloaded (${pathFile} does not exist; the electron postinstall needs network)` };
  }
  const executablePath = overrideDir
    ? path.join(overrideDir, relative ?? 'electron')
    : path.join(packageDir, 'dist', relative ?? '');
  if (!existsSync(executablePath)) return { missing: `no Electron binary at ${executablePath}` };
  try {
    accessSync(executablePath, constants.X_OK);
  } catch {
    return { missing: `the Electron binary at ${executablePath} is not executable` };
  }
  return { executablePath };
}

/** Electron on Linux needs an X or Wayland display; CI provides one with xvfb-run. */
function missingDisplay(): string | null {
  if (process.platform !== 'linux' || process.env.DISPLAY || process.env.WAYLAND_DISPLAY) return null;
  return 'no display on this Linux machine (set DISPLAY, or run under xvfb-run)';
}

const binary = findElectronBinary();
const skipReason = 'missing' in binary ? binary.missing : missingDisplay();
if (skipReason !== null) console.log(`[electron smoke] skipped: ${skipReason}`);

test.describe('Electron shell smoke', () => {
  test.skip(skipReason !== null, `Electron smoke test skipped: ${skipReason}`);

  test('opens the app window with the bridge and without Node', async () => {
    if (!('executablePath' in binary)) return;
    expect(existsSync(mainBundle), `${mainBundle} is missing: run npm run build first`).toBe(true);
    expect(existsSync(rendererIndex), `${rendererIndex} is missing: run npm run build first`).toBe(true);

    const userDataDir = mkdtempSync(path.join(tmpdir(), 'delegation-desk-smoke-'));
    const env = Object.fromEntries(Object.entries(process.env).filter((entry): entry is [string, string] => entry[1] !== undefined));
    // Chromium refuses to start as root with its OS sandbox (common in CI containers). The page
    // sandbox, context isolation and Node-less renderer checked below are unaffected.
    const rootArgs = process.platform === 'linux' && process.getuid?.() === 0 ? ['--no-sandbox'] : [];

    // Launch the project folder, so Electron reads package.json (name, version, "main": out/electron/main.cjs).
    const app = await electron.launch({
      executablePath: binary.executablePath,
      args: [...rootArgs, repoRoot],
      cwd: repoRoot,
      env: { ...env, DELEGATION_DESK_USER_DATA_DIR: userDataDir },
    });
    try {
      const page = await app.firstWindow();
      await page.waitForLoadState('domcontentloaded');
      expect(page.url()).toBe('app://delegation-desk/index.html');

      const windowState = () =>
        app.evaluate(({ BrowserWindow }) => {
          const window = BrowserWindow.getAllWindows()[0];
          return window ? { title: window.getTitle(), visible: window.isVisible() } : null;
        });
      await expect.poll(windowState).toEqual({ title: expect.stringMatching(/Delegation Desk/), visible: true });

      const exposed = await page.evaluate(() => {
        const scope = globalThis as unknown as Record<string, unknown>;
        const bridge = scope.delegationDesk as Record<string, unknown> | undefined;
        return {
          bridge: bridge === undefined ? null : Object.keys(bridge).sort(),
          require: typeof scope.require,
          process: typeof scope.process,
          module: typeof scope.module,
          ipcRenderer: typeof scope.ipcRenderer,
        };
      });
      expect(exposed).toEqual({
        bridge: ['getAppInfo', 'notify', 'openExternal', 'printToPdf', 'saveFile'],
        require: 'undefined',
        process: 'undefined',
        module: 'undefined',
        ipcRenderer: 'undefined',
      });

      const version = (JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as { version: string }).version;
      const info = await page.evaluate(() => {
        const bridge = (globalThis as unknown as { delegationDesk: { getAppInfo(): Promise<unknown> } }).delegationDesk;
        return bridge.getAppInfo();
      });
      expect(info).toMatchObject({ ok: true, value: { version, platform: process.platform } });

      // The CSP forbids eval; if it ran, the policy is not applied to the page.
      const evalOutcome = await page.evaluate(() => {
        try {
          return String(new Function('return "eval ran"')());
        } catch {
          return 'blocked';
        }
      });
      expect(evalOutcome).toBe('blocked');
    } finally {
      await app.close();
      rmSync(userDataDir, { recursive: true, force: true });
    }
  });
});
