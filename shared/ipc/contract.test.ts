import { describe, expect, expectTypeOf, it } from 'vitest';
import type { Result } from '../errors/app-error';
import { type AppInfo, type Bridge, IPC_CHANNELS, IPC_CONTRACT, MAX_EXTERNAL_URL_LENGTH } from './contract';

describe('IPC contract', () => {
  it('gives every channel its own bridge method name', () => {
    const methods = IPC_CHANNELS.map((channel) => IPC_CONTRACT[channel].method);
    expect(new Set(methods).size).toBe(IPC_CHANNELS.length);
  });

  it('names channels <area>:<action> so logs and handlers read alike', () => {
    for (const channel of IPC_CHANNELS) expect(channel).toMatch(/^[a-z]+:[a-zA-Z]+$/);
  });

  it('takes no argument for app:info', () => {
    const request = IPC_CONTRACT['app:info'].request;
    expect(request.safeParse(undefined).success).toBe(true);
    expect(request.safeParse({ sneaky: true }).success).toBe(false);
  });

  it('takes one bounded string for app:openExternal', () => {
    const request = IPC_CONTRACT['app:openExternal'].request;
    expect(request.safeParse('https://mfa.gov.ua').success).toBe(true);
    expect(request.safeParse('').success).toBe(false);
    expect(request.safeParse({ url: 'https://mfa.gov.ua' }).success).toBe(false);
    expect(request.safeParse(`https://a.example/${'x'.repeat(MAX_EXTERNAL_URL_LENGTH)}`).success).toBe(false);
  });

  it('describes the app info the renderer receives', () => {
    const info = { version: '0.1.0', platform: 'linux', locale: 'uk', isPackaged: false };
    expect(IPC_CONTRACT['app:info'].response.parse(info)).toEqual(info);
  });

  it('types the bridge as one Result-returning method per channel', () => {
    expectTypeOf<keyof Bridge>().toEqualTypeOf<'getAppInfo' | 'openExternal'>();
    expectTypeOf<Bridge['getAppInfo']>().toEqualTypeOf<() => Promise<Result<AppInfo>>>();
    expectTypeOf<Bridge['openExternal']>().toEqualTypeOf<(request: string) => Promise<Result<void>>>();
  });
});
