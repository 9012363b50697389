import { describe, expect, it, vi } from 'vitest';
import { SHELL_CONTENT_SECURITY_POLICY } from '#shared/security/csp';
import { guardSession, guardWebContents, type GuardedSession, type GuardedWebContents, type NavigationEvent } from './security';

type AnyListener = (event: NavigationEvent) => void;

function fakeWebContents() {
  const listeners = new Map<string, AnyListener>();
  let openHandler: ((details: { url: string }) => { action: 'deny' }) | undefined;
  const contents: GuardedWebContents = {
    on: (event: string, listener: AnyListener) => listeners.set(event, listener),
    setWindowOpenHandler: (handler) => void (openHandler = handler),
  };
  const emit = (name: string, url = '') => {
    const event = { url, preventDefault: vi.fn() };
    listeners.get(name)?.(event);
    return event;
  };
  const openWindow = (url: string) => openHandler?.({ url });
  return { contents, emit, openWindow };
}

function guarded() {
  const fake = fakeWebContents();
  const shell = { openExternal: vi.fn(async () => undefined) };
  guardWebContents(fake.contents, shell);
  return { ...fake, shell };
}

describe('guardWebContents: navigation', () => {
  it.each(['https://evil.example/', 'file:///etc/passwd', 'http://127.0.0.1:5173/'])('cancels navigation to %s', (url) => {
    const { emit } = guarded();
    expect(emit('will-navigate', url).preventDefault).toHaveBeenCalled();
    expect(emit('will-redirect', url).preventDefault).toHaveBeenCalled();
  });

  it('lets the app move between its own pages', () => {
    const { emit } = guarded();
    expect(emit('will-navigate', 'app://delegation-desk/index.html').preventDefault).not.toHaveBeenCalled();
  });

  it('opens a clicked web link in the OS browser instead', () => {
    const { emit, shell } = guarded();
    emit('will-navigate', 'https://mfa.gov.ua/en');
    expect(shell.openExternal).toHaveBeenCalledWith('https://mfa.gov.ua/en');
  });

  it('never hands a local file to the OS', () => {
    const { emit, shell } = guarded();
    emit('will-navigate', 'file:///C:/Windows/System32/calc.exe');
    expect(shell.openExternal).not.toHaveBeenCalled();
  });

  it('refuses to attach a webview', () => {
    const { emit } = guarded();
    expect(emit('will-attach-webview').preventDefault).toHaveBeenCalled();
  });
});

describe('guardWebContents: window.open', () => {
  it('denies the window and opens an allowed link in the OS', () => {
    const { openWindow, shell } = guarded();
    expect(openWindow('https://mfa.gov.ua')).toEqual({ action: 'deny' });
    expect(shell.openExternal).toHaveBeenCalledWith('https://mfa.gov.ua/');
  });

  it.each(['javascript:alert(1)', 'file:///etc/passwd', 'app://delegation-desk/index.html', 'https://a@evil.example/'])(
    'denies %s without opening anything',
    (url) => {
      const { openWindow, shell } = guarded();
      expect(openWindow(url)).toEqual({ action: 'deny' });
      expect(shell.openExternal).not.toHaveBeenCalled();
    },
  );
});

function fakeSession() {
  type Handlers = {
    request?: Parameters<GuardedSession['setPermissionRequestHandler']>[0];
    check?: Parameters<GuardedSession['setPermissionCheckHandler']>[0];
    headers?: Parameters<GuardedSession['webRequest']['onHeadersReceived']>[0];
  };
  const handlers: Handlers = {};
  const session: GuardedSession = {
    setPermissionRequestHandler: (handler) => void (handlers.request = handler),
    setPermissionCheckHandler: (handler) => void (handlers.check = handler),
    webRequest: { onHeadersReceived: (listener) => void (handlers.headers = listener) },
  };
  guardSession(session);
  const request = (permission: string, requestingUrl: string) => {
    const callback = vi.fn();
    handlers.request?.(null, permission, callback, { requestingUrl });
    return callback.mock.calls[0]?.[0];
  };
  const check = (permission: string, origin: string) => handlers.check?.(null, permission, origin);
  const headersFor = (responseHeaders?: Record<string, string[]>) => {
    const callback = vi.fn();
    handlers.headers?.({ responseHeaders }, callback);
    return callback.mock.calls[0]?.[0];
  };
  return { request, check, headersFor };
}

describe('guardSession: permissions', () => {
  it.each(['media', 'geolocation', 'hid', 'openExternal', 'display-capture'])('denies %s even to the app', (permission) => {
    const { request, check } = fakeSession();
    expect(request(permission, 'app://delegation-desk/index.html')).toBe(false);
    expect(check(permission, 'app://delegation-desk')).toBe(false);
  });

  it('grants notifications and clipboard writes to the app only', () => {
    const { request, check } = fakeSession();
    expect(request('notifications', 'app://delegation-desk/index.html')).toBe(true);
    expect(check('clipboard-sanitized-write', 'app://delegation-desk')).toBe(true);
    expect(request('notifications', 'https://evil.example/')).toBe(false);
    expect(check('clipboard-sanitized-write', 'https://evil.example')).toBe(false);
  });
});

describe('guardSession: CSP header', () => {
  it('adds our policy to a response without one', () => {
    const { headersFor } = fakeSession();
    expect(headersFor({ 'Content-Type': ['text/html'] })).toEqual({
      responseHeaders: { 'Content-Type': ['text/html'], 'Content-Security-Policy': [SHELL_CONTENT_SECURITY_POLICY] },
    });
  });

  it('replaces a looser policy whatever its header case', () => {
    const { headersFor } = fakeSession();
    const { responseHeaders } = headersFor({ 'content-security-policy': ['default-src *'] });
    expect(responseHeaders).toEqual({ 'Content-Security-Policy': [SHELL_CONTENT_SECURITY_POLICY] });
  });

  it('adds the policy when the response has no headers at all', () => {
    const { headersFor } = fakeSession();
    expect(headersFor(undefined)).toEqual({ responseHeaders: { 'Content-Security-Policy': [SHELL_CONTENT_SECURITY_POLICY] } });
  });
});
