import { describe, expect, it, vi } from 'vitest';
import { AppError } from '#shared/errors/app-error';
import type { CredentialVault } from './credential-vault';
import type { JsonFile } from './json-file';
import { createTargetRegistry } from './target-registry';

const NEXTCLOUD = 'https://cloud.oda.gov.ua/remote.php/dav/files/olena/';
const ONEDRIVE = '/home/olena/OneDrive/Delegation';

/** The file in memory, as JSON text, so what is "on disk" can be inspected. */
function memoryFile(initial?: string) {
  let text = initial;
  const file: JsonFile = {
    read: async () => (text === undefined ? undefined : (JSON.parse(text) as unknown)),
    write: vi.fn(async (value: unknown) => {
      text = JSON.stringify(value);
    }),
  };
  return { file, text: () => text ?? '' };
}

function fakeVault(keychain = true): CredentialVault {
  return {
    hasKeychain: () => keychain,
    seal: (password) => (keychain ? `sealed:${Buffer.from(password).toString('base64')}` : null),
    open: (sealed) => (sealed.startsWith('sealed:') ? Buffer.from(sealed.slice(7), 'base64').toString() : null),
  };
}

const never = () => false;
const webdav = (password?: string, overrides: { baseUrl?: string; username?: string } = {}) => ({
  kind: 'webdav' as const,
  id: 't1',
  baseUrl: overrides.baseUrl ?? NEXTCLOUD,
  username: overrides.username ?? 'olena',
  ...(password === undefined ? {} : { password }),
});

describe('target registry: WebDAV passwords', () => {
  it('keeps a password in the keychain, sealed on disk, and reaches the target with it after a restart', async () => {
    const disk = memoryFile();
    const registry = createTargetRegistry({ file: disk.file, vault: fakeVault() });
    await expect(registry.configure(webdav('app-пароль'), never)).resolves.toEqual({ known: true, credentials: 'keychain' });
    expect(disk.text()).not.toContain('app-пароль');

    const restarted = createTargetRegistry({ file: disk.file, vault: fakeVault() });
    await expect(restarted.status('t1')).resolves.toEqual({ known: true, credentials: 'keychain' });
    await expect(restarted.reach('t1')).resolves.toEqual({ kind: 'webdav', baseUrl: NEXTCLOUD, username: 'olena', password: 'app-пароль' });
  });

  it('keeps the password for the session only where there is no keychain, and never writes it', async () => {
    const disk = memoryFile();
    const registry = createTargetRegistry({ file: disk.file, vault: fakeVault(false) });
    await expect(registry.configure(webdav('app-пароль'), never)).resolves.toEqual({ known: true, credentials: 'session' });
    await expect(registry.reach('t1')).resolves.toMatchObject({ password: 'app-пароль' });
    expect(disk.text()).not.toContain('app-пароль');

    const restarted = createTargetRegistry({ file: disk.file, vault: fakeVault(false) });
    await expect(restarted.status('t1')).resolves.toEqual({ known: true, credentials: 'none' });
    await expect(restarted.reach('t1')).resolves.toEqual({ kind: 'webdav', baseUrl: NEXTCLOUD, username: 'olena', password: null });
  });

  it('keeps the password when configured again with the same URL and user and no password', async () => {
    for (const keychain of [true, false]) {
      const registry = createTargetRegistry({ file: memoryFile().file, vault: fakeVault(keychain) });
      await registry.configure(webdav('secret'), never);
      await expect(registry.configure(webdav(), never)).resolves.toEqual({ known: true, credentials: keychain ? 'keychain' : 'session' });
      await expect(registry.reach('t1')).resolves.toMatchObject({ password: 'secret' });
    }
  });

  it.each([
    ['another URL', { baseUrl: 'https://evil.example/dav/' }],
    ['another user name', { username: 'mallory' }],
  ])('drops the password when configured for %s without one', async (_, change) => {
    const disk = memoryFile();
    const registry = createTargetRegistry({ file: disk.file, vault: fakeVault() });
    await registry.configure(webdav('secret'), never);
    await expect(registry.configure(webdav(undefined, change), never)).resolves.toEqual({ known: true, credentials: 'none' });
    await expect(registry.reach('t1')).resolves.toMatchObject({ password: null, ...change });
    expect(disk.text()).not.toContain('sealed:');
  });

  it('replaces the password with a new one', async () => {
    const registry = createTargetRegistry({ file: memoryFile().file, vault: fakeVault() });
    await registry.configure(webdav('old'), never);
    await registry.configure(webdav('new'), never);
    await expect(registry.reach('t1')).resolves.toMatchObject({ password: 'new' });
  });

  it('reaches the target with no password when the sealed one no longer opens, and keeps it for a later try', async () => {
    const disk = memoryFile(JSON.stringify({ version: 1, targets: { t1: { kind: 'webdav', baseUrl: NEXTCLOUD, username: 'olena', sealedPassword: 'from another machine' } } }));
    const registry = createTargetRegistry({ file: disk.file, vault: fakeVault() });
    await expect(registry.reach('t1')).resolves.toMatchObject({ password: null });
    await expect(registry.status('t1')).resolves.toEqual({ known: true, credentials: 'keychain' });
  });

  it('does not rewrite the file when nothing changed (the app configures every target at start)', async () => {
    const disk = memoryFile();
    const registry = createTargetRegistry({ file: disk.file, vault: fakeVault() });
    await registry.configure(webdav('secret'), never);
    await registry.configure(webdav(), never);
    await registry.configure(webdav(), never);
    expect(disk.file.write).toHaveBeenCalledTimes(1);
  });
});

describe('target registry: folders', () => {
  const folder = (folderPath = ONEDRIVE) => ({ kind: 'folder' as const, id: 'f1', folderPath });

  it('accepts only a folder the OS dialog returned, or the one it already has', async () => {
    const disk = memoryFile();
    const registry = createTargetRegistry({ file: disk.file, vault: fakeVault() });
    const refused = registry.configure(folder('/etc'), never);
    await expect(refused).rejects.toBeInstanceOf(AppError);
    await expect(refused).rejects.toMatchObject({ code: 'validation', details: { field: 'folderPath', reason: 'folderNotChosen' } });
    await expect(registry.status('f1')).resolves.toEqual({ known: false, credentials: 'none' });

    await expect(registry.configure(folder(), (chosen) => chosen === ONEDRIVE)).resolves.toEqual({ known: true, credentials: 'none' });
    // After a restart the dialog's answer is gone, but the folder already kept stays acceptable.
    const restarted = createTargetRegistry({ file: disk.file, vault: fakeVault() });
    await expect(restarted.configure(folder(), never)).resolves.toEqual({ known: true, credentials: 'none' });
    await expect(restarted.reach('f1')).resolves.toEqual({ kind: 'folder', folderPath: ONEDRIVE });
    await expect(restarted.configure(folder('/etc'), never)).rejects.toMatchObject({ code: 'validation' });
    await expect(restarted.reach('f1')).resolves.toEqual({ kind: 'folder', folderPath: ONEDRIVE });
  });

  it('never lets a folder kept for one target serve another', async () => {
    const registry = createTargetRegistry({ file: memoryFile().file, vault: fakeVault() });
    await registry.configure(folder(), (chosen) => chosen === ONEDRIVE);
    await expect(registry.configure({ kind: 'folder', id: 'f2', folderPath: ONEDRIVE }, never)).rejects.toMatchObject({ code: 'validation' });
  });
});

describe('target registry: lifecycle', () => {
  it('forgets a target and its password', async () => {
    const disk = memoryFile();
    const registry = createTargetRegistry({ file: disk.file, vault: fakeVault() });
    await registry.configure(webdav('secret'), never);
    await registry.forget('t1');
    await expect(registry.status('t1')).resolves.toEqual({ known: false, credentials: 'none' });
    await expect(registry.reach('t1')).resolves.toBeNull();
    expect(disk.text()).not.toContain('sealed:');
  });

  it('starts empty from a file that is not a registry, and reports it', async () => {
    const onUnreadableFile = vi.fn();
    const disk = memoryFile(JSON.stringify({ version: 99, targets: 'nonsense' }));
    const registry = createTargetRegistry({ file: disk.file, vault: fakeVault(), onUnreadableFile });
    await expect(registry.status('t1')).resolves.toEqual({ known: false, credentials: 'none' });
    expect(onUnreadableFile).toHaveBeenCalledTimes(1);
  });

  it('changes nothing in memory when the file cannot be written, and says why', async () => {
    const full = Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' });
    const file: JsonFile = { read: async () => undefined, write: async () => Promise.reject(full) };
    const registry = createTargetRegistry({ file, vault: fakeVault() });
    await expect(registry.configure(webdav('secret'), never)).rejects.toMatchObject({ code: 'storageQuota', details: { reason: 'ENOSPC' } });
    await expect(registry.status('t1')).resolves.toEqual({ known: false, credentials: 'none' });
    await expect(registry.reach('t1')).resolves.toBeNull();
  });

  it('applies quick changes one after another, the last one winning', async () => {
    const disk = memoryFile();
    const registry = createTargetRegistry({ file: disk.file, vault: fakeVault() });
    await Promise.all([
      registry.configure(webdav('first'), never),
      registry.configure(webdav('second', { baseUrl: 'https://cloud2.example/dav/' }), never),
      registry.configure(webdav('third'), never),
    ]);
    await expect(registry.reach('t1')).resolves.toEqual({ kind: 'webdav', baseUrl: NEXTCLOUD, username: 'olena', password: 'third' });
    const restarted = createTargetRegistry({ file: disk.file, vault: fakeVault() });
    await expect(restarted.reach('t1')).resolves.toMatchObject({ baseUrl: NEXTCLOUD, password: 'third' });
  });
});
