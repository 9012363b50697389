// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { waitFor } from '../../test-support/render';
import { BackupSettings } from './BackupSettings';
import { backupHarness, button, chooseFile, click, fakePort, field, fieldError, text, type, waitForText, type BackupHarness } from './backup-test-harness';

const mount = backupHarness();
let harness: BackupHarness | null = null;
afterEach(async () => {
  await harness?.mounted.unmount();
  harness = null;
  document.body.innerHTML = '';
});

const PASSPHRASE = 'Kyiv-Warsaw-2026';

/** Makes an encrypted file through the port the way "Back up now" does. */
async function encryptedFile(port: ReturnType<typeof fakePort>['port']) {
  return port.write(await port.collect(), { kind: 'backup', passphrase: PASSPHRASE });
}

describe('back up now', () => {
  it('refuses a short or mistyped passphrase and saves nothing', async () => {
    const { port } = fakePort();
    harness = await mount(<BackupSettings />, port);
    await click(button('Back up now…'));
    await click(button('Back up'));
    await waitFor(() => expect(fieldError('Passphrase')).toBe('Enter the passphrase.'));
    await type(field('Passphrase'), 'too short');
    await type(field('Repeat the passphrase'), 'too shorT');
    await waitFor(() => expect(fieldError('Passphrase')).toBe('At least 10 characters.'));
    expect(fieldError('Repeat the passphrase')).toBe('The two passphrases differ.');
    expect(port.collect).not.toHaveBeenCalled();
    expect(harness.saved).toEqual([]);
    expect(text()).toContain('A lost passphrase cannot be recovered');
    expect(text()).toContain('Passwords of sync targets are never included.');
  });

  it('collects, encrypts with the passphrase and saves a dated .ddbackup, then tells the counts', async () => {
    const { port } = fakePort();
    harness = await mount(<BackupSettings />, port);
    await click(button('Back up now…'));
    await type(field('Passphrase'), PASSPHRASE);
    await type(field('Repeat the passphrase'), PASSPHRASE);
    await click(button('Back up'));
    await waitFor(() => expect(harness!.saved).toHaveLength(1));
    expect(harness.saved[0]!.name).toMatch(/^delegation-desk-\d{4}-\d{2}-\d{2}-\d{4}\.ddbackup$/);
    expect(port.write).toHaveBeenCalledWith(expect.anything(), { kind: 'backup', passphrase: PASSPHRASE });
    await waitForText('3 contacts, 2 organizations, 1 event and 5 meetings.');
  });

  it('saves without encryption when the user unticks it', async () => {
    const { port } = fakePort();
    harness = await mount(<BackupSettings />, port);
    await click(button('Back up now…'));
    await click(field('Encrypt with a passphrase'));
    await click(button('Back up'));
    await waitFor(() => expect(harness!.saved).toHaveLength(1));
    expect(port.write).toHaveBeenCalledWith(expect.anything(), { kind: 'backup', passphrase: undefined });
  });
});

describe('verify a backup', () => {
  it('asks the passphrase, says a wrong one is wrong, then shows what the file holds and changes nothing', async () => {
    const { port, state } = fakePort();
    harness = await mount(<BackupSettings />, port, 'uk');
    await click(button('Перевірити резервну копію…'));
    await chooseFile(await encryptedFile(port), 'delegation-desk-2026-05-20-1230.ddbackup');
    await waitForText('Цей файл зашифровано. Введіть його парольну фразу.');
    await type(field('Парольна фраза'), 'wrong passphrase');
    await click(button('Відкрити файл'));
    await waitFor(() => expect(fieldError('Парольна фраза')).toBe('Неправильна парольна фраза, або файл змінено. Нічого не змінено.'));
    await type(field('Парольна фраза'), PASSPHRASE);
    await click(button('Відкрити файл'));
    await waitForText('3 контакти, 2 організації, 1 подія і 5 зустрічей');
    expect(text()).toContain('Повна резервна копія');
    expect(text()).toContain('Зашифровано парольною фразою (AES-256-GCM)');
    expect(text()).toContain('Файл цілий і читається. Нічого не змінено.');
    expect(state).toMatchObject({ wiped: false, restored: null, merged: null, reloads: 0 });
    expect(document.body.textContent).not.toContain('Об’єднати');
  });

  it('names a file that is not a backup, translated', async () => {
    const { port } = fakePort();
    harness = await mount(<BackupSettings />, port, 'ru');
    await click(button('Проверить резервную копию…'));
    await chooseFile(new TextEncoder().encode('BEGIN:VCARD'), 'contacts.vcf');
    await waitForText('Это не файл резервной копии или пакета Delegation Desk.');
    expect(text()).toContain('Файл: contacts.vcf');
  });
});

describe('restore', () => {
  it('restores into an empty workspace and reloads the app', async () => {
    const { port, state } = fakePort({ empty: true });
    harness = await mount(<BackupSettings />, port);
    await click(button('Restore from a backup…'));
    await chooseFile(await port.write(await port.collect(), { kind: 'backup' }), 'b.ddbackup');
    await waitForText('This workspace is empty');
    await click(button('Restore'));
    await waitFor(() => expect(state.reloads).toBe(1));
    expect(state.restored?.tables.contacts).toHaveLength(3);
    expect(state.merged).toBeNull();
  });

  it('into a workspace with records, explains that as-is needs an empty one, and merges on request', async () => {
    const { port, state } = fakePort({ empty: false });
    harness = await mount(<BackupSettings />, port);
    await click(button('Restore from a backup…'));
    await chooseFile(await encryptedFile(port), 'b.ddbackup');
    await type(field('Passphrase'), PASSPHRASE);
    await click(button('Open the file'));
    await waitForText('Restoring a backup as it is needs an empty workspace');
    expect(() => button('Restore')).toThrow();
    await click(button('Merge into this workspace'));
    await waitForText('Updated: 1 contact.');
    expect(text()).toContain('Лисогор Артем');
    expect(state.restored).toBeNull();
    expect(state.reloads).toBe(0);
  });
});

describe('clear the workspace', () => {
  it('waits for the typed word (any letter case), then wipes and reloads', async () => {
    const { port, state } = fakePort();
    harness = await mount(<BackupSettings />, port, 'uk');
    await click(button('Очистити робочий простір…'));
    expect(text()).toContain('Спершу створіть резервну копію');
    const confirm = button('Видалити все');
    expect(confirm.disabled).toBe(true);
    await type(field('Введіть ВИДАЛИТИ, щоб підтвердити'), 'ВИДАЛИ');
    expect(confirm.disabled).toBe(true);
    await type(field('Введіть ВИДАЛИТИ, щоб підтвердити'), 'видалити ');
    await waitFor(() => expect(button('Видалити все').disabled).toBe(false));
    await click(button('Видалити все'));
    await waitFor(() => expect(state.reloads).toBe(1));
    expect(state.wiped).toBe(true);
  });
});
