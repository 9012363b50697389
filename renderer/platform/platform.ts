import type { AppInfo, Bridge, DesktopNotification } from '#shared/ipc/contract';
import { BRIDGE_KEY } from '#shared/ipc/bridge-key';
import { AppError } from '#shared/errors/app-error';
import { createElectronBackupPlatform, createWebBackupPlatform, type BackupPlatform } from './backup-platform';
import { createElectronSyncPlatform } from './electron-sync-platform';
import type { SyncPlatform } from './sync-platform';
import { createWebSyncPlatform } from './web-sync-platform';

/**
 * What the renderer needs from where it runs. In Electron it goes through the preload bridge;
 * in a browser it falls back to web equivalents.
 */
export interface Platform {
  kind: 'electron' | 'web';
  getAppInfo(): Promise<AppInfo | null>;
  openExternal(url: string): Promise<void>;
  /** Saves a file where the user says: a save dialog in Electron, a download in a browser. */
  saveFile(file: FileToSave): Promise<'saved' | 'cancelled'>;
  /**
   * Shows a desktop notification. 'unavailable' when it cannot (not allowed, not supported):
   * the caller then tells the user inside the app.
   */
  notify(message: DesktopNotification): Promise<'shown' | 'unavailable'>;
  /**
   * The current page as a PDF, laid out by its print stylesheet: in Electron the shell prints it
   * and returns the bytes (the caller saves them with saveFile); in a browser it opens the print
   * dialog, whose "Save as PDF" does the rest, and returns null.
   */
  printToPdf(options: PdfOptions): Promise<Uint8Array | null>;
  /** Whether notify reaches the desktop, or asking the user could make it so. */
  notificationAccess(): NotificationAccess;
  /** Asks the user to allow notifications; browsers accept this only from a click or key press. */
  requestNotificationAccess(): Promise<NotificationAccess>;
  /** Sync targets of the outbox: through the shell in Electron, through fetch in a browser. */
  sync: SyncPlatform;
  /** Automatic backups to a folder: the shell writes them in Electron; unavailable in a browser. */
  backup: BackupPlatform;
}

export type NotificationAccess = 'granted' | 'ask' | 'denied' | 'unsupported';

export interface PdfOptions {
  /** Used where the print stylesheet sets no page size (it normally does: A4). */
  landscape: boolean;
}

export interface FileToSave {
  /** Suggested file name. */
  name: string;
  mimeType: string;
  bytes: ArrayBuffer;
}

/** The browser's equivalent of a save dialog: a download the browser files away itself. */
function downloadFile({ name, mimeType, bytes }: FileToSave): 'saved' {
  const url = URL.createObjectURL(new Blob([bytes], { type: mimeType || 'application/octet-stream' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  // The download has started from the URL; revoking later lets slow browsers read it first.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
  return 'saved';
}

/** The parts of the web Notification API used here (injectable for tests). */
interface WebNotificationApi {
  readonly permission: 'default' | 'granted' | 'denied';
  requestPermission(): Promise<'default' | 'granted' | 'denied'>;
  new (title: string, options: { body: string }): { onclick: (() => void) | null };
}

function accessOf(api: WebNotificationApi | undefined): NotificationAccess {
  if (!api) return 'unsupported';
  return api.permission === 'default' ? 'ask' : api.permission;
}

function webNotifications(api: WebNotificationApi | undefined, focusWindow: () => void) {
  return {
    notificationAccess: () => accessOf(api),
    async requestNotificationAccess(): Promise<NotificationAccess> {
      if (!api) return 'unsupported';
      if (api.permission !== 'default') return accessOf(api);
      try {
        await api.requestPermission();
      } catch {
        // Old Safari takes a callback instead of returning a promise; the permission is read below.
      }
      return accessOf(api);
    },
    async notify({ title, body }: DesktopNotification): Promise<'shown' | 'unavailable'> {
      if (api?.permission !== 'granted') return 'unavailable';
      try {
        const notification = new api(title, { body });
        notification.onclick = focusWindow;
        return 'shown';
      } catch {
        // Chrome on Android allows notifications only through a service worker.
        return 'unavailable';
      }
    },
  };
}

function electronPlatform(bridge: Bridge): Platform {
  return {
    kind: 'electron',
    async getAppInfo() {
      const result = await bridge.getAppInfo();
      return result.ok ? result.value : null;
    },
    async openExternal(url) {
      await bridge.openExternal(url);
    },
    async saveFile({ name, mimeType, bytes }) {
      const result = await bridge.saveFile({ name, mimeType, bytes: new Uint8Array(bytes) });
      if (!result.ok) throw new AppError(result.error.code, result.error.details);
      return result.value;
    },
    async printToPdf({ landscape }) {
      const result = await bridge.printToPdf({ landscape });
      if (!result.ok) throw new AppError(result.error.code, result.error.details);
      return result.value.bytes;
    },
    async notify(message) {
      const result = await bridge.notify(message);
      return result.ok && result.value === 'shown' ? 'shown' : 'unavailable';
    },
    // The shell shows notifications itself; the OS, not the page, decides whether they appear.
    notificationAccess: () => 'granted',
    requestNotificationAccess: async () => 'granted',
    sync: createElectronSyncPlatform(bridge),
    backup: createElectronBackupPlatform(bridge),
  };
}

function webPlatform(scope: Record<string, unknown>): Platform {
  const notificationApi = typeof scope.Notification === 'function' ? (scope.Notification as WebNotificationApi) : undefined;
  return {
    kind: 'web',
    getAppInfo: async () => null,
    async openExternal(url) {
      window.open(url, '_blank', 'noopener,noreferrer');
    },
    saveFile: async (file) => downloadFile(file),
    async printToPdf() {
      window.print();
      return null;
    },
    ...webNotifications(notificationApi, () => window.focus()),
    sync: createWebSyncPlatform(),
    backup: createWebBackupPlatform(),
  };
}

export function detectPlatform(scope: object = globalThis): Platform {
  const globals = scope as Record<string, unknown>;
  const bridge = globals[BRIDGE_KEY] as Bridge | undefined;
  return bridge ? electronPlatform(bridge) : webPlatform(globals);
}
