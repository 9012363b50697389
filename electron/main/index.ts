import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { app, BrowserWindow, dialog, ipcMain, Notification, protocol, safeStorage, session, shell, type OpenDialogOptions } from 'electron';
import { createWebDavTransportPool } from '#shared/outbox/transport-pool';
import { createAutoBackupFolder } from './backup/auto-backup-folder';
import { createBackupFolderStore } from './backup/backup-folder-store';
import { createBackupHandlers } from './backup/backup-handlers';
import { createAppInfoHandler } from './handlers/app-info';
import { createNotifyHandler } from './handlers/notify';
import { createOpenExternalHandler } from './handlers/open-external';
import { createPrintPdfHandler } from './handlers/print-pdf';
import { createSaveFileHandler } from './handlers/save-file';
import { registerIpcHandlers } from './ipc';
import { startLifecycle } from './lifecycle';
import { registerAppScheme, serveAppProtocol } from './protocol';
import { guardSession, guardWebContents } from './security';
import { createCredentialVault } from './sync/credential-vault';
import { createFolderTransport } from './sync/folder-transport';
import { createJsonFile } from './sync/json-file';
import { createSyncHandlers } from './sync/sync-handlers';
import { createTargetRegistry } from './sync/target-registry';
import { bringToFront, createMainWindow } from './window';

const webDavTransports = createWebDavTransportPool();

/**
 * The composition root: the only module that imports 'electron'. Everything it wires takes
 * Electron's objects as parameters, so each rule is unit-tested with fakes.
 */

// This file only ever runs as the CommonJS bundle out/electron/main.cjs, so __dirname is
// out/electron whether started as `electron .`, `electron out/electron/main.cjs` or packaged.
const rendererDir = path.join(__dirname, '..', 'renderer');
const preloadPath = path.join(__dirname, 'preload.cjs');

// End-to-end tests run on a throwaway profile: they neither touch the user's records nor
// collide with a running copy's single-instance lock (which is held per profile).
const userDataOverride = process.env.DELEGATION_DESK_USER_DATA_DIR;
if (userDataOverride) app.setPath('userData', userDataOverride);

// Windows shows a toast only for an app with an identity: the installer's id, set here too so
// an unpackaged run behaves the same.
if (process.platform === 'win32') app.setAppUserModelId('ua.delegationdesk.app');

/** The window dialogs belong to and notifications bring back: the focused one, else the first. */
const appWindow = () => BrowserWindow.getFocusedWindow() ?? BrowserWindow.getAllWindows()[0] ?? null;

// Every web contents, including any a bug might create, gets the same locks as the main window.
app.on('web-contents-created', (_event, contents) => guardWebContents(contents, shell));

startLifecycle(app, process.platform, {
  beforeReady: () => registerAppScheme(protocol),
  onReady: () => {
    guardSession(session.defaultSession);
    serveAppProtocol(protocol, rendererDir);
    registerIpcHandlers(ipcMain, {
      'app:info': createAppInfoHandler(app, process.platform),
      'app:openExternal': createOpenExternalHandler(shell),
      'app:notify': createNotifyHandler(
        { isSupported: () => Notification.isSupported(), create: (options) => new Notification(options) },
        () => {
          const window = appWindow();
          if (window) bringToFront(window);
        },
      ),
      'file:save': createSaveFileHandler({
        dialog: {
          showSaveDialog: (options) => {
            const window = appWindow();
            return window ? dialog.showSaveDialog(window, options) : dialog.showSaveDialog(options);
          },
        },
        writeFile: (filePath, bytes) => writeFile(filePath, bytes),
        defaultDirectory: () => app.getPath('downloads'),
      }),
      'pdf:printPage': createPrintPdfHandler(),
      ...createSyncHandlers({
        registry: createTargetRegistry({
          file: createJsonFile(path.join(app.getPath('userData'), 'sync-targets.json')),
          vault: createCredentialVault(safeStorage, process.platform),
        }),
        chooseFolder: async () => {
          const window = appWindow();
          const options: OpenDialogOptions = { properties: ['openDirectory', 'createDirectory'] };
          const { canceled, filePaths } = await (window ? dialog.showOpenDialog(window, options) : dialog.showOpenDialog(options));
          return canceled ? null : (filePaths[0] ?? null);
        },
        // Node's fetch, in main: no CORS, and the password never goes back to the page.
        // One transport per account across sync:put calls, so a queue keeps its folder listing (one PROPFIND, not a HEAD per file).
        webDav: (account) => webDavTransports({ ...account, fetch: (input, init) => fetch(input, init) }),
        folder: (folderPath) => createFolderTransport(folderPath),
      }),
      ...createBackupHandlers({
        store: createBackupFolderStore({ file: createJsonFile(path.join(app.getPath('userData'), 'backup-folder.json')) }),
        chooseFolder: async () => {
          const window = appWindow();
          const options: OpenDialogOptions = { properties: ['openDirectory', 'createDirectory'] };
          const { canceled, filePaths } = await (window ? dialog.showOpenDialog(window, options) : dialog.showOpenDialog(options));
          return canceled ? null : (filePaths[0] ?? null);
        },
        folder: (folderPath) => createAutoBackupFolder(folderPath),
      }),
    });
  },
  createWindow: () => createMainWindow((options) => new BrowserWindow(options), preloadPath),
  bringToFront,
  openWindowCount: () => BrowserWindow.getAllWindows().length,
});
