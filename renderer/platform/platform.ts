import type { AppInfo, Bridge } from '#shared/ipc/contract';
import { BRIDGE_KEY } from '#shared/ipc/bridge-key';

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
    // Until the shell offers a save dialog over the bridge, Chromium's own download does the job.
    saveFile: async (file) => downloadFile(file),
  };
}

const webPlatform: Platform = {
  kind: 'web',
  getAppInfo: async () => null,
  async openExternal(url) {
    window.open(url, '_blank', 'noopener,noreferrer');
  },
  saveFile: async (file) => downloadFile(file),
};

export function detectPlatform(scope: object = globalThis): Platform {
  const bridge = (scope as Record<string, unknown>)[BRIDGE_KEY] as Bridge | undefined;
  return bridge ? electronPlatform(bridge) : webPlatform;
}
