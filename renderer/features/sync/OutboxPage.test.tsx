// @vitest-environment jsdom
import { act } from 'react';
import { MemoryRouter } from 'react-router';
import { afterEach, describe, expect, it } from 'vitest';
import { createOutboxItem, type OutboxItem } from '#shared/outbox/outbox-item';
import { formatBytes } from '../../app/format';
import type { Workspace } from '../../data/workspace';
import { waitFor } from '../../test-support/render';
import { OutboxPage } from './OutboxPage';
import { button, click, DAV_USER, maybeButton, syncHarness, text, waitForText, type SyncHarness } from './sync-test-harness';

const mount = syncHarness();
let harness: SyncHarness | null = null;

afterEach(async () => {
  await harness?.mounted.unmount();
  harness = null;
  Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => true });
});

const HOUR = 3_600_000;
const T0 = Date.UTC(2026, 4, 20, 9, 0);

/**
 * Items in the states a user meets, written straight to the outbox table: the target has no
 * password this session, so the delivery leaves them as they are.
 */
async function seed(workspace: Workspace): Promise<Record<'failed' | 'conflict' | 'sent' | 'backoff' | 'orphan', OutboxItem>> {
  const target = await workspace.syncTargets.create({ kind: 'webdav', name: 'Nextcloud', baseUrl: 'https://dav.test/remote.php/dav/files/u/', username: DAV_USER, remoteFolder: 'Delegation Desk' });
  const make = async (n: number, fileName: string, changes: Partial<OutboxItem>, targetId = target.id) => {
    const item = await createOutboxItem({ id: `item-${n}`, now: T0 + n * 60_000, targetId, folder: 'Delegation Desk', fileName, bytes: new Uint8Array(1536 * n), mimeType: 'text/markdown' });
    const stored = { ...item, ...changes };
    await workspace.outbox.store.put(stored);
    return stored;
  };
  return {
    failed: await make(1, 'Звіт ReBuild.md', { state: 'failed', attempts: 2, lastError: { code: 'syncUnauthorized', httpStatus: 401, at: T0 } }),
    conflict: await make(2, 'Підсумок.md', { state: 'conflict', attempts: 1, lastError: { code: 'syncConflict', at: T0 } }),
    sent: await make(3, 'Контакти.vcf', { state: 'sent', attempts: 1, sentAt: T0 + HOUR }),
    backoff: await make(4, 'Календар.ics', { state: 'queued', attempts: 3, failuresInRow: 3, nextAttemptAt: T0 + 2 * HOUR, lastError: { code: 'syncNetwork', at: T0 } }),
    orphan: await make(5, 'Старе.md', { state: 'cancelled' }, 'removed-target'),
  };
}

async function mountOutbox() {
  harness = await mount(
    <MemoryRouter>
      <OutboxPage />
    </MemoryRouter>,
  );
  const items = await act(() => seed(harness!.workspace));
  await waitFor(() => expect(rows()).toHaveLength(5));
  return { ...harness, items };
}

function rows(): HTMLTableRowElement[] {
  return [...document.querySelectorAll<HTMLTableRowElement>('table tbody tr')];
}

function row(fileName: string): HTMLTableRowElement {
  const found = rows().find((r) => r.cells[0]?.textContent?.startsWith(fileName));
  if (!found) throw new Error(`no row for ${fileName}`);
  return found;
}

const buttonsOf = (fileName: string) => [...row(fileName).querySelectorAll('button')].map((b) => b.textContent);

describe('the Outbox page', () => {
  it('lists the newest first, with target, size, state and attempts', async () => {
    await mountOutbox();
    expect(rows().map((r) => r.cells[0]?.textContent)).toEqual(['Старе.md', 'Календар.ics', 'Контакти.vcf', 'Підсумок.md', 'Звіт ReBuild.md']);
    const failed = row('Звіт ReBuild.md');
    expect(failed.cells[1]?.textContent).toBe('Nextcloud');
    expect(failed.cells[2]?.textContent).toBe(formatBytes(1536, 'en'));
    expect(failed.cells[5]?.textContent).toBe('2');
    expect(row('Старе.md').cells[1]?.textContent).toBe('Removed target');
  });

  it('explains each state in words: why it failed, when it is tried next, what a conflict is, when it arrived', async () => {
    await mountOutbox();
    expect(row('Звіт ReBuild.md').cells[3]?.textContent).toBe('FailedThe server did not accept the user name or app password. Check them in Settings; the outbox waits until then.');
    expect(row('Підсумок.md').cells[3]?.textContent).toBe('Name takenA different file with this name is already there, and it was left as it is.');
    expect(row('Контакти.vcf').cells[3]?.textContent).toMatch(/^DeliveredDelivered .+\.$/);
    expect(row('Календар.ics').cells[3]?.textContent).toMatch(/^WaitingThe server could not be reached\..+Next attempt .+\.$/);
    expect(row('Старе.md').cells[3]?.textContent).toBe('Cancelled');
  });

  it('offers only the actions each state accepts', async () => {
    await mountOutbox();
    expect(buttonsOf('Звіт ReBuild.md')).toEqual(['Retry now', 'Cancel']);
    expect(buttonsOf('Підсумок.md')).toEqual(['Send under a new name', 'Cancel']);
    // The name it would get is shown before the user chooses, and describes the button.
    const rename = button('Send under a new name');
    expect(document.getElementById(rename.getAttribute('aria-describedby')!)?.textContent).toBe('It goes as “Підсумок (2).md”.');
    expect(buttonsOf('Календар.ics')).toEqual(['Retry now', 'Cancel']);
    expect(buttonsOf('Контакти.vcf')).toEqual([]);
    expect(buttonsOf('Старе.md')).toEqual([]);
  });

  it('sends a conflicting file under the next free name when the user says so', async () => {
    const { workspace, items } = await mountOutbox();
    await click(button('Send under a new name'));
    await waitFor(() => expect(row('Підсумок (2).md').cells[0]?.textContent).toBe('Підсумок (2).mdFirst named “Підсумок.md”.'));
    expect(await workspace.outbox.get(items.conflict.id)).toMatchObject({ state: 'queued', fileName: 'Підсумок (2).md', baseFileName: 'Підсумок.md' });
    expect(buttonsOf('Підсумок (2).md')).toEqual(['Cancel']);
  });

  it('retries a failed file, cancels one, and clears what is finished', async () => {
    const { workspace, items } = await mountOutbox();
    await click(button('Retry “Звіт ReBuild.md” now'));
    await waitFor(() => expect(row('Звіт ReBuild.md').cells[3]?.textContent).toMatch(/^Waiting/));
    expect((await workspace.outbox.get(items.failed.id))?.state).toBe('queued');

    await click(button('Cancel sending “Календар.ics”'));
    await waitFor(() => expect(row('Календар.ics').cells[3]?.textContent).toBe('Cancelled'));

    await click(button('Clear delivered'));
    await waitFor(() => expect(rows().map((r) => r.cells[0]?.textContent)).toEqual(['Підсумок.md', 'Звіт ReBuild.md']));
    expect(button('Clear delivered').disabled).toBe(true);
  });

  it('says when the outbox is empty, and that files wait while offline', async () => {
    harness = await mount(
      <MemoryRouter>
        <OutboxPage />
      </MemoryRouter>,
    );
    await waitForText('The outbox is empty.');
    expect(text()).not.toContain('You are offline.');
    expect(text()).toContain('No sync target is set up yet');
    await act(async () => {
      Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => false });
      window.dispatchEvent(new Event('offline'));
    });
    await waitForText('You are offline. Files wait here and are sent as soon as the connection is back.');
    expect(maybeButton('Clear delivered')?.disabled).toBe(true);
  });
});
