// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import type { TargetStatus } from '#shared/ipc/contract';
import type { SyncTarget } from '#shared/sync/sync-target';
import { detectPlatform, type Platform } from '../../platform/platform';
import { PlatformProvider } from '../../platform/platform-context';
import { render, type Rendered } from '../../test-support/render';
import { CredentialNote } from './CredentialNote';

let mounted: Rendered | null = null;

afterEach(async () => {
  await mounted?.unmount();
  mounted = null;
});

const base = { id: 't1', name: 'Nextcloud', remoteFolder: 'Delegation Desk', createdAt: 1, updatedAt: 1, lastCheck: null };
const webdav: SyncTarget = { ...base, kind: 'webdav', baseUrl: 'https://cloud.example.org/dav/', username: 'olena' };
const folder: SyncTarget = { ...base, kind: 'folder', folderPath: '/home/olena/OneDrive' };

async function note(kind: Platform['kind'], target: SyncTarget, status: TargetStatus): Promise<{ text: string; buttons: string[] }> {
  await mounted?.unmount();
  const platform: Platform = { ...detectPlatform({}), kind };
  mounted = await render(
    <PlatformProvider platform={platform}>
      <CredentialNote target={target} status={status} onFix={() => {}} />
    </PlatformProvider>,
  );
  const buttons = [...mounted.container.querySelectorAll('button')].map((b) => b.textContent ?? '');
  const text = [...mounted.container.querySelectorAll('p')].map((p) => p.textContent).join(' ');
  return { text, buttons };
}

describe('the credential note', () => {
  it('says a password is in the keychain, or kept only until the app closes where there is none', async () => {
    expect(await note('electron', webdav, { known: true, credentials: 'keychain' })).toEqual({ text: "The password is kept in this computer's keychain.", buttons: [] });
    expect((await note('electron', webdav, { known: true, credentials: 'session' })).text).toBe('The password is kept until the app closes: this system offers no keychain.');
  });

  it('says the browser build keeps it for this session only', async () => {
    expect((await note('web', webdav, { known: true, credentials: 'session' })).text).toBe('The browser build keeps the password for this session only.');
  });

  it('asks for the password again when none is kept, or the shell no longer knows the target', async () => {
    const lost = { text: 'The password is not kept any more.', buttons: ['Enter the password again'] };
    expect(await note('web', webdav, { known: true, credentials: 'none' })).toEqual(lost);
    expect(await note('electron', webdav, { known: false, credentials: 'none' })).toEqual(lost);
  });

  it('says nothing of passwords for a local folder, but asks for the folder again once the shell lost it', async () => {
    expect(await note('electron', folder, { known: true, credentials: 'none' })).toEqual({ text: '', buttons: [] });
    expect(await note('electron', folder, { known: false, credentials: 'none' })).toEqual({ text: 'The app has no access to this folder any more.', buttons: ['Choose the folder again'] });
  });
});
