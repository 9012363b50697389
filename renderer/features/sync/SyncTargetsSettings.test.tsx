// @vitest-environment jsdom
import { act } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { waitFor } from '../../test-support/render';
import { SyncTargetsSettings } from './SyncTargetsSettings';
import { button, click, DAV_PASSWORD, DAV_USER, field, fieldError, maybeButton, syncHarness, text, type, waitForText, type SyncHarness } from './sync-test-harness';

const mount = syncHarness();
let harness: SyncHarness | null = null;

afterEach(async () => {
  await harness?.mounted.unmount();
  harness = null;
});

async function mountSettings(options?: Parameters<typeof mount>[1]) {
  harness = await mount(<SyncTargetsSettings />, options);
  return harness;
}

const DAV_URL = 'https://dav.test/remote.php/dav/files/u/';

/** Fills the add dialog for a WebDAV target and saves it. */
async function addTarget(password: string) {
  await click(button('Add a target'));
  await type(field('Name'), 'Nextcloud');
  await type(field('WebDAV address'), DAV_URL);
  await type(field('User name'), DAV_USER);
  await type(field('App password'), password);
  await click(button('Save'));
  await waitFor(() => expect(maybeButton('Test the connection to “Nextcloud”')).not.toBeNull());
}

/** The test-connection result under the target (its live region). */
function testStatus(): string {
  const region = document.querySelector('article [role="status"]');
  return region?.textContent ?? '';
}

describe('the sync targets card', () => {
  it('checks every field of a new target, and keeps the password out of the database', async () => {
    const { workspace, configured } = await mountSettings();
    await waitForText('No targets yet.');
    await click(button('Add a target'));
    await click(button('Save'));
    await waitFor(() => expect(fieldError('Name')).toBe('Required.'));
    expect(fieldError('WebDAV address')).toBe('Required.');
    expect(fieldError('User name')).toBe('Required.');
    expect(fieldError('App password')).toBe('Enter the app password.');
    expect(field('Folder for exports').value).toBe('Delegation Desk');

    await type(field('WebDAV address'), 'cloud.example.org/dav');
    await type(field('Folder for exports'), 'Звіти/../інше');
    await click(button('Save'));
    await waitFor(() => expect(fieldError('WebDAV address')).toMatch(/^Enter the full address, starting with https:\/\//));
    expect(fieldError('Folder for exports')).toMatch(/^Folder names may not be \. or \.\./);
    expect(await workspace.syncTargets.list()).toEqual([]);

    await type(field('Name'), 'Nextcloud');
    await type(field('WebDAV address'), DAV_URL);
    await type(field('User name'), DAV_USER);
    await type(field('App password'), 'secret-typed-here');
    await type(field('Folder for exports'), 'Делегація/2026');
    await click(button('Save'));

    await waitFor(() => expect(maybeButton('Edit the target “Nextcloud”')).not.toBeNull());
    const [stored] = await workspace.syncTargets.list();
    expect(stored).toMatchObject({ kind: 'webdav', name: 'Nextcloud', baseUrl: DAV_URL, username: DAV_USER, remoteFolder: 'Делегація/2026' });
    expect(JSON.stringify(await workspace.db.syncTargets.toArray())).not.toContain('secret-typed-here');
    expect(configured.at(-1)).toEqual({ kind: 'webdav', id: stored!.id, baseUrl: DAV_URL, username: DAV_USER, password: 'secret-typed-here' });
    expect(text()).toContain('Not checked yet.');
    // The web build cannot keep a password past the session, and says so.
    await waitForText('The browser build keeps the password for this session only.');
  });

  it('shows a wrong password’s translated failure, then the working connection once it is fixed', async () => {
    await mountSettings();
    await addTarget('wrong-password');
    await click(button('Test the connection to “Nextcloud”'));
    await waitFor(() => expect(testStatus()).toBe('The test failed: The server did not accept the user name or app password. Check them in Settings; the outbox waits until then.'));
    expect(text()).toMatch(/Check of .+ failed: The server did not accept the user name or app password/);

    await click(button('Edit the target “Nextcloud”'));
    await waitForText('Leave empty to keep the password already kept.');
    await type(field('App password'), DAV_PASSWORD);
    await click(button('Save'));
    await waitFor(() => expect(maybeButton('Save')).toBeNull());
    await click(button('Test the connection to “Nextcloud”'));
    // The fake server has no "Delegation Desk" folder yet: the target answers, the folder comes with the first file.
    await waitFor(() => expect(testStatus()).toBe('The connection works. The folder “Delegation Desk” is not there yet: the first delivery creates it.'));
    expect(text()).toMatch(/Connected \(checked .+\)\./);
  });

  it('keeps the kept password when an edit leaves the field empty', async () => {
    const { configured, connections } = await mountSettings();
    await addTarget(DAV_PASSWORD);
    const id = configured.at(-1)!.id;
    await click(button('Edit the target “Nextcloud”'));
    await type(field('Name'), 'Nextcloud of the administration');
    await click(button('Save'));
    await waitFor(() => expect(maybeButton('Edit the target “Nextcloud of the administration”')).not.toBeNull());
    expect(configured.at(-1)).toEqual({ kind: 'webdav', id, baseUrl: DAV_URL, username: DAV_USER });
    expect(connections.get(id)?.password).toBe(DAV_PASSWORD);

    // Another user name is another account: the kept password is not its to use.
    const handedOver = configured.length;
    await click(button('Edit the target “Nextcloud of the administration”'));
    await waitForText('Leave empty to keep the password already kept.');
    await type(field('User name'), 'someone-else');
    await click(button('Save'));
    await waitFor(() => expect(fieldError('App password')).toBe('Enter the app password.'));
    expect(configured).toHaveLength(handedOver);
  });

  it('asks for the password again once it is no longer kept, and requires it then', async () => {
    const { workspace } = await mountSettings();
    // A target from an earlier session: the browser build kept its password only until a reload.
    await act(() => workspace.syncTargets.create({ kind: 'webdav', name: 'Nextcloud', baseUrl: DAV_URL, username: DAV_USER, remoteFolder: 'Delegation Desk' }));
    await waitForText('The password is not kept any more.');
    await click(button('Enter the password again'));
    await waitForText('The password is not kept any more: enter it again.');
    await click(button('Save'));
    await waitFor(() => expect(fieldError('App password')).toBe('Enter the app password.'));
    await type(field('App password'), DAV_PASSWORD);
    await click(button('Save'));
    await waitForText('The browser build keeps the password for this session only.');
    expect(text()).not.toContain('The password is not kept any more.');
  });

  it('confirms a removal, saying delivered files stay and unsent ones are cancelled', async () => {
    const { workspace, connections } = await mountSettings();
    const { target, item } = await act(async () => {
      const target = await workspace.syncTargets.create({ kind: 'webdav', name: 'Nextcloud', baseUrl: DAV_URL, username: DAV_USER, remoteFolder: 'Delegation Desk' });
      const item = await workspace.outbox.enqueue({ targetId: target.id, fileName: 'Звіт.md', mimeType: 'text/markdown', bytes: new TextEncoder().encode('# Звіт') });
      return { target, item };
    });
    await click(await waitFor(() => button('Remove the target “Nextcloud”')));
    await waitForText('Files already delivered stay on the server: nothing there is deleted.');
    await waitForText('1 file not yet delivered to it will be cancelled');
    await click(button('Cancel'));
    expect(await workspace.syncTargets.list()).toHaveLength(1);

    await click(button('Remove the target “Nextcloud”'));
    await click(await waitFor(() => button('Remove the target')));
    await waitForText('No targets yet.');
    expect(connections.has(target.id)).toBe(false);
    expect((await workspace.outbox.get(item.id))?.state).toBe('cancelled');
  });

  it('offers a local folder where the shell supports one, and requires choosing it', async () => {
    const { workspace } = await mountSettings({ folderTargets: true });
    await click(button('Add a target'));
    await click(await waitFor(() => [...document.querySelectorAll<HTMLLabelElement>('label')].find((l) => l.textContent === 'Local folder')!));
    await type(field('Name'), 'OneDrive');
    await click(button('Save'));
    await waitForText('Choose a folder.');
    await click(button('Choose folder…'));
    await waitForText('/home/olena/OneDrive/Delegation');
    await click(button('Save'));
    await waitFor(() => expect(maybeButton('Edit the target “OneDrive”')).not.toBeNull());
    expect(await workspace.syncTargets.list()).toMatchObject([{ kind: 'folder', name: 'OneDrive', folderPath: '/home/olena/OneDrive/Delegation', remoteFolder: 'Delegation Desk' }]);
  });
});
