import { describe, expect, it, vi } from 'vitest';
import type { Bridge } from '#shared/ipc/contract';
import { detectPlatform } from './platform';

describe('detectPlatform', () => {
  it('uses the preload bridge when the shell exposes one', async () => {
    const info = { version: '0.1.0', platform: 'linux', locale: 'uk', isPackaged: false };
    const bridge: Bridge = {
      getAppInfo: vi.fn(async () => ({ ok: true as const, value: info })),
      openExternal: vi.fn(async () => ({ ok: true as const, value: undefined })),
    };
    const platform = detectPlatform({ delegationDesk: bridge });
    expect(platform.kind).toBe('electron');
    expect(await platform.getAppInfo()).toEqual(info);
    await platform.openExternal('https://cor.europa.eu');
    expect(bridge.openExternal).toHaveBeenCalledWith('https://cor.europa.eu');
  });

  it('reports no app info when the shell refuses', async () => {
    const bridge: Bridge = {
      getAppInfo: async () => ({ ok: false, error: { code: 'ipcForbidden' } }),
      openExternal: async () => ({ ok: true, value: undefined }),
    };
    expect(await detectPlatform({ delegationDesk: bridge }).getAppInfo()).toBeNull();
  });

  it('falls back to the web in a plain browser', () => {
    expect(detectPlatform({}).kind).toBe('web');
  });
});
