// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { act } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { BackupContents } from '#shared/backup/backup-format';
import { testWorkspaces } from '../../data/test-workspaces';
import { WorkspaceProvider } from '../../data/workspace-context';
import type { BackupPlatform } from '../../platform/backup-platform';
import { detectPlatform } from '../../platform/platform';
import { PlatformProvider } from '../../platform/platform-context';
import { render, waitFor, type Rendered } from '../../test-support/render';
import { BackupPortProvider, type BackupPort } from './backup-port';
import { DEFAULT_KEEP, useBackupScheduleStore } from './schedule-store';
import { useBackupSchedule } from './use-backup-schedule';

const openWorkspace = testWorkspaces();
let mounted: Rendered | null = null;
const INITIAL = useBackupScheduleStore.getState();

beforeEach(() => {
  localStorage.clear();
  useBackupScheduleStore.setState({ ...INITIAL, enabled: false, every: 'day', keep: DEFAULT_KEEP, lastRunAt: null, lastFileName: null, lastFailure: null, running: false });
});

afterEach(async () => {
  await mounted?.unmount();
  mounted = null;
});

const CONTENTS: BackupContents = { tables: {}, attachmentBytes: {}, settings: {} };

function shellAndPort() {
  const backup: BackupPlatform = {
    available: true,
    chooseFolder: async () => 'cancelled',
    folderStatus: async () => ({ folderPath: '/home/olena/Backups', state: 'ready', files: [] }),
    writeScheduled: vi.fn(async ({ fileName }) => ({ fileName, kept: [], removed: [] })),
  };
  const port = { collect: vi.fn(async () => CONTENTS), write: vi.fn(async () => new Uint8Array([1])) } as unknown as BackupPort;
  return { backup, port };
}

function Scheduler() {
  useBackupSchedule({ firstCheckAfterMs: 0, checkEveryMs: 20 });
  return null;
}

async function mount(backup: BackupPlatform, port: BackupPort) {
  mounted = await render(
    <PlatformProvider platform={{ ...detectPlatform({}), backup }}>
      <WorkspaceProvider workspace={openWorkspace()}>
        <BackupPortProvider port={port}>
          <Scheduler />
        </BackupPortProvider>
      </WorkspaceProvider>
    </PlatformProvider>,
  );
}

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('useBackupSchedule', () => {
  it('backs up once when due, and not again the same day however often it looks', async () => {
    const { backup, port } = shellAndPort();
    useBackupScheduleStore.setState({ enabled: true });
    await mount(backup, port);
    await waitFor(() => expect(backup.writeScheduled).toHaveBeenCalledTimes(1));
    await wait(100);
    expect(backup.writeScheduled).toHaveBeenCalledTimes(1);
    expect(useBackupScheduleStore.getState().lastRunAt).not.toBeNull();
  });

  it('does nothing while the schedule is off, and starts when it is switched on', async () => {
    const { backup, port } = shellAndPort();
    await mount(backup, port);
    await wait(80);
    expect(port.collect).not.toHaveBeenCalled();
    await act(async () => useBackupScheduleStore.getState().updateSettings({ enabled: true }));
    await waitFor(() => expect(backup.writeScheduled).toHaveBeenCalledTimes(1));
  });

  it('does nothing in the browser build', async () => {
    const { port } = shellAndPort();
    useBackupScheduleStore.setState({ enabled: true });
    await mount(detectPlatform({}).backup, port);
    await wait(80);
    expect(port.collect).not.toHaveBeenCalled();
  });
});
