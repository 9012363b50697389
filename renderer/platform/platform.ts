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
  };
}

const webPlatform: Platform = {
  kind: 'web',
  getAppInfo: async () => null,
  async openExternal(url) {
    window.open(url, '_blank', 'noopener,noreferrer');
  },
};

export function detectPlatform(scope: object = globalThis): Platform {
  const bridge = (scope as Record<string, unknown>)[BRIDGE_KEY] as Bridge | undefined;
  return bridge ? electronPlatform(bridge) : webPlatform;
}
