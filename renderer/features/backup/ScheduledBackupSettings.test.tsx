// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { act } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { BackupContents } from '#shared/backup/backup-format';
import type { UiLanguage } from '#shared/domain/lang';
import { AUTO_BACKUP_FILE_NAME } from '#shared/ipc/contract';
import { useUiStore } from '../../app/ui-store';
import { testWorkspaces } from '../../data/test-workspaces';
import { WorkspaceProvider } from '../../data/workspace-context';
import type { AutoBackupFile, BackupFolderStatus, BackupPlatform } from '../../platform/backup-platform';
import { detectPlatform } from '../../platform/platform';
import { PlatformProvider } from '../../platform/platform-context';
import { render, waitFor, type Rendered } from '../../test-support/render';
import { BackupPortProvider, type BackupPort } from './backup-port';
import { ScheduledBackupSettings } from './ScheduledBackupSettings';
import { DEFAULT_KEEP, useBackupScheduleStore } from './schedule-store';

const openWorkspace = testWorkspaces();
let mounted: Rendered | null = null;

const INITIAL = useBackupScheduleStore.getState();

beforeEach(() => {
  vi.clearAllMocks();
  localStorage.clear();
  useBackupScheduleStore.setState({ ...INITIAL, enabled: false, every: 'day', keep: DEFAULT_KEEP, lastRunAt: null, lastFileName: null, lastFailure: null, running: false });
});

afterEach(async () => {
  await mounted?.unmount();
  mounted = null;
});

/** The shell as the card sees it: a folder picked in a "dialog", files written into memory. */
function fakeShell(options: { folder?: string | null; state?: BackupFolderStatus['state']; files?: AutoBackupFile[] } = {}) {
  const shell = {
    folder: options.folder ?? null,
    state: options.state ?? 'ready',
    files: [...(options.files ?? [])],
    writes: [] as { fileName: string; keep: number }[],
  };
  const backup: BackupPlatform = {
    available: true,
    chooseFolder: vi.fn(async () => {
      shell.folder = '/home/olena/Backups';
      return { folderPath: shell.folder };
    }),
    folderStatus: async () =>
      shell.folder === null ? { folderPath: null, state: 'notChosen', files: [] } : { folderPath: shell.folder, state: shell.state, files: [...shell.files] },
    writeScheduled: vi.fn(async ({ fileName, bytes, keep }) => {
      shell.writes.push({ fileName, keep });
      shell.files = [{ name: fileName, bytes: bytes.length, modifiedAt: Date.UTC(2026, 4, 20, 12, 30) }, ...shell.files].slice(0, keep);
      return { fileName, kept: shell.files, removed: [] };
    }),
  };
  return { shell, backup };
}

const CONTENTS: BackupContents = { tables: { contacts: [{ id: 'c1' }] }, attachmentBytes: {}, settings: {} };

/** Only collect and write are used by the schedule. */
const port = {
  collect: vi.fn(async () => CONTENTS),
  write: vi.fn(async () => new Uint8Array(2048)),
} as unknown as BackupPort;

async function mount(backup: BackupPlatform, language: UiLanguage = 'en') {
  useUiStore.setState({ language });
  const platform = { ...detectPlatform({}), backup };
  mounted = await render(
    <PlatformProvider platform={platform}>
      <WorkspaceProvider workspace={openWorkspace()}>
        <BackupPortProvider port={port}>
          <ScheduledBackupSettings />
        </BackupPortProvider>
      </WorkspaceProvider>
    </PlatformProvider>,
    language,
  );
}

const text = () => document.body.textContent ?? '';
const waitForText = (expected: string) => waitFor(() => expect(text()).toContain(expected));

function button(name: string): HTMLButtonElement {
  const found = [...document.querySelectorAll<HTMLButtonElement>('button')].find((b) => (b.textContent ?? '').trim() === name);
  if (!found) throw new Error(`no button “${name}”`);
  return found;
}

function input(label: string): HTMLInputElement {
  const found = [...document.querySelectorAll('label')].find((l) => l.textContent?.trim() === label);
  const element = found ? document.getElementById(found.htmlFor) : null;
  if (!(element instanceof HTMLInputElement)) throw new Error(`no input “${label}”`);
  return element;
}

const click = (element: HTMLElement) => act(async () => element.click());

describe('the automatic backups settings', () => {
  it('in the browser, says the desktop app is needed and offers nothing to click', async () => {
    await mount(detectPlatform({}).backup);
    expect(text()).toContain('Automatic backups need the desktop app');
    expect(document.querySelectorAll('button')).toHaveLength(0);
  });

  it('asks for a folder first, then backs up into it and lists the file', async () => {
    const { shell, backup } = fakeShell();
    await mount(backup);
    await waitForText('No folder chosen yet.');
    expect(input('Back up automatically').disabled).toBe(true);
    expect(button('Back up now to the folder').disabled).toBe(true);
    expect(text()).toContain('No automatic backup has been made yet.');
    expect(text()).toContain('Automatic backups are not encrypted.');

    await click(button('Choose a folder…'));
    await waitForText('/home/olena/Backups');
    expect(text()).toContain('No automatic backups in the folder yet.');
    expect(input('Back up automatically').disabled).toBe(false);

    await click(input('Back up automatically'));
    expect(useBackupScheduleStore.getState().enabled).toBe(true);

    await click(button('Back up now to the folder'));
    await waitForText('1 automatic backup in the folder');
    expect(shell.writes).toHaveLength(1);
    expect(shell.writes[0]!.fileName).toMatch(AUTO_BACKUP_FILE_NAME);
    expect(shell.writes[0]!.keep).toBe(DEFAULT_KEEP);
    expect(text()).toContain(shell.writes[0]!.fileName);
    expect(text()).toContain('2 kB');
    expect(text()).toMatch(/Last automatic backup: \d/);
  });

  it('keeps the number of backups the user sets, within 1–100', async () => {
    const { shell, backup } = fakeShell({ folder: '/home/olena/Backups' });
    await mount(backup);
    await waitForText('/home/olena/Backups');
    const keep = input('Backups to keep');
    await act(async () => {
      Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!.call(keep, '3');
      keep.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await waitFor(() => expect(useBackupScheduleStore.getState().keep).toBe(3));
    await click(button('Back up now to the folder'));
    await waitFor(() => expect(shell.writes.at(-1)?.keep).toBe(3));
    await act(async () => useBackupScheduleStore.getState().updateSettings({ keep: 500 }));
    expect(useBackupScheduleStore.getState().keep).toBe(100);
  });

  it('says when the folder is gone, and shows the failed attempt in words', async () => {
    const { shell, backup } = fakeShell({ folder: '/media/usb/Backups', state: 'missing' });
    await mount(backup);
    await waitForText('This folder cannot be found now');
    await click(button('Back up now to the folder'));
    await waitForText('The last attempt failed');
    expect(text()).toContain('The backup folder cannot be found (an unplugged drive, or a moved folder?).');
    expect(shell.writes).toEqual([]);
    expect(port.collect).not.toHaveBeenCalled();
  });

  it('speaks Ukrainian, with the right plural for the files in the folder', async () => {
    const files = [3, 2, 1].map((day) => ({ name: `delegation-desk-auto-2026-05-0${day}-090000.ddbackup`, bytes: 1024, modifiedAt: Date.UTC(2026, 4, day, 7) }));
    const { backup } = fakeShell({ folder: 'D:\\Резервні копії', files });
    useBackupScheduleStore.setState({ lastRunAt: Date.UTC(2026, 4, 3, 7), lastFailure: { error: { code: 'fileSaveFailed', details: { reason: 'ENOSPC' } }, at: Date.UTC(2026, 4, 4, 7) } });
    await mount(backup, 'uk');
    await waitForText('3 автоматичні копії в папці');
    expect(text()).toContain('Остання автоматична копія: 3 трав. 2026');
    expect(text()).toContain('Диск заповнено. Звільніть місце або зберігайте менше копій.');
    expect(button('Змінити папку…')).toBeTruthy();
  });
});
