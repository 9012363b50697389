import { describe, expect, it } from 'vitest';
import { IPC_CONTRACT } from '#shared/ipc/contract';
import { createAppInfoHandler } from './app-info';

describe('app:info handler', () => {
  it('reports version, platform, locale and packaging in the shape the contract declares', async () => {
    const app = { getVersion: () => '0.1.0', getLocale: () => 'uk', isPackaged: false };
    const info = await createAppInfoHandler(app, 'win32')(undefined);
    expect(info).toEqual({ version: '0.1.0', platform: 'win32', locale: 'uk', isPackaged: false });
    expect(IPC_CONTRACT['app:info'].response.safeParse(info).success).toBe(true);
  });
});
