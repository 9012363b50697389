// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { act } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { emptyContactInput } from '#shared/domain/contact';
import { MAX_ATTACHMENT_BYTES } from '#shared/domain/attachment';
import { testWorkspaces } from '../../data/test-workspaces';
import { WorkspaceProvider } from '../../data/workspace-context';
import { PlatformProvider } from '../../platform/platform-context';
import type { Platform } from '../../platform/platform';
import { createWebBackupPlatform } from '../../platform/backup-platform';
import { createWebSyncPlatform } from '../../platform/web-sync-platform';
import { useUiStore } from '../../app/ui-store';
import { render, waitFor, type Rendered } from '../../test-support/render';
import { AttachmentsPanel } from './AttachmentsPanel';

const openWorkspace = testWorkspaces();
let mounted: Rendered | null = null;

beforeEach(() => {
  useUiStore.setState({ language: 'en' });
  let next = 0;
  URL.createObjectURL = vi.fn(() => `blob:test/${(next += 1)}`);
  URL.revokeObjectURL = vi.fn();
});

afterEach(async () => {
  await mounted?.unmount();
  mounted = null;
});

async function mountPanel() {
  const workspace = openWorkspace(Date.now);
  const delbe = await workspace.contacts.create({ ...emptyContactInput(), nameOriginal: 'Juliette Delbe' });
  const saveFile = vi.fn<Platform['saveFile']>(async () => 'saved');
  const platform: Platform = {
    kind: 'web',
    getAppInfo: async () => null,
    openExternal: async () => {},
    saveFile,
    notify: async () => 'unavailable',
    printToPdf: async () => null,
    notificationAccess: () => 'unsupported',
    requestNotificationAccess: async () => 'unsupported',
    sync: createWebSyncPlatform({ connections: new Map() }),
    backup: createWebBackupPlatform(),
  };
  mounted = await render(
    <PlatformProvider platform={platform}>
      <WorkspaceProvider workspace={workspace}>
        <AttachmentsPanel ownerType="contact" ownerId={delbe.id} />
      </WorkspaceProvider>
    </PlatformProvider>,
  );
  return { ...workspace, delbe, saveFile, panel: mounted.container };
}

/** Picks files in the "Add files" dialog, as the browser reports them to the hidden input. */
async function pick(panel: HTMLElement, files: File[]) {
  const input = panel.querySelector<HTMLInputElement>('input[type="file"]')!;
  Object.defineProperty(input, 'files', { value: files, configurable: true });
  await act(async () => {
    input.dispatchEvent(new Event('change', { bubbles: true }));
  });
}

const button = (name: string) => {
  const found = document.querySelector<HTMLButtonElement>(`button[aria-label="${name}"]`);
  if (!found) throw new Error(`no button “${name}”`);
  return found;
};
const listedNames = (panel: HTMLElement) => [...panel.querySelectorAll('li p:first-child')].map((p) => p.textContent);

describe('AttachmentsPanel', () => {
  it('says when nothing is attached, naming the size limit', async () => {
    const { panel } = await mountPanel();
    await waitFor(() => expect(panel.textContent).toContain('No files attached yet.'));
    expect(panel.textContent).toContain('up to 25 MB.');
  });

  it('adds the files that fit and names the one over the limit, writing nothing for it', async () => {
    const { panel, db } = await mountPanel();
    const card = new File([new Uint8Array([0xff, 0xd8, 0xff])], 'delbe-card.jpg', { type: 'image/jpeg' });
    const video = new File([new Uint8Array(16)], 'forum-recording.mp4', { type: 'video/mp4' });
    // A file's size is what the system reports; nothing that large needs to exist in memory.
    Object.defineProperty(video, 'size', { value: MAX_ATTACHMENT_BYTES + 5 * 1024 * 1024 });
    const agenda = new File([new TextEncoder().encode('%PDF-1.7')], 'agenda.pdf', { type: 'application/pdf' });

    await pick(panel, [card, video, agenda]);

    const alert = await waitFor(() => {
      const found = panel.querySelector('[role="alert"]');
      expect(found).not.toBeNull();
      return found!;
    });
    expect(alert.textContent).toContain('1 file was not added');
    expect(alert.textContent).toContain('“forum-recording.mp4” is 30 MB, over the 25 MB limit for one attachment.');
    await waitFor(() => expect(listedNames(panel)).toEqual(['agenda.pdf', 'delbe-card.jpg']));
    expect(panel.textContent).toContain('PDF · 8 byte · added');
    expect(await db.attachments.count()).toBe(2);
    expect(await db.attachmentBytes.count()).toBe(2);
  });

  it('shows an image from a blob: URL and revokes it on close', async () => {
    const { panel } = await mountPanel();
    await pick(panel, [new File([new Uint8Array([137, 80, 78, 71])], 'card.png', { type: 'image/png' })]);
    await waitFor(() => expect(listedNames(panel)).toEqual(['card.png']));

    await act(async () => button('Open card.png').click());
    const image = await waitFor(() => {
      const found = document.querySelector<HTMLImageElement>('img[alt="card.png"]');
      expect(found).not.toBeNull();
      return found!;
    });
    expect(image.getAttribute('src')).toBe('blob:test/1');
    expect(URL.revokeObjectURL).not.toHaveBeenCalled();

    await act(async () => button('Close').click());
    expect(URL.revokeObjectURL).toHaveBeenCalledWith('blob:test/1');
  });

  it('saves a file out under its own name, and saves rather than shows what it cannot show', async () => {
    const { panel, saveFile } = await mountPanel();
    await pick(panel, [new File([new TextEncoder().encode('PK')], 'photos.zip', { type: 'application/zip' })]);
    await waitFor(() => expect(listedNames(panel)).toEqual(['photos.zip']));

    await act(async () => button('Save photos.zip to a file').click());
    await waitFor(() => expect(saveFile).toHaveBeenCalledTimes(1));
    const saved = saveFile.mock.lastCall![0];
    expect(saved).toMatchObject({ name: 'photos.zip', mimeType: 'application/zip' });
    expect(new TextDecoder().decode(saved.bytes)).toBe('PK');

    await act(async () => button('Open photos.zip').click());
    await waitFor(() => expect(saveFile).toHaveBeenCalledTimes(2));
    expect(URL.createObjectURL).not.toHaveBeenCalled();
  });

  it('moves a file to the Trash, keeping its bytes', async () => {
    const { panel, attachments } = await mountPanel();
    await pick(panel, [new File([new Uint8Array(3)], 'minutes.docx', { type: '' })]);
    await waitFor(() => expect(listedNames(panel)).toEqual(['minutes.docx']));
    expect(panel.textContent).toContain('Document · 3 byte · added');

    await act(async () => button('Move minutes.docx to the Trash').click());
    await waitFor(() => expect(panel.textContent).toContain('No files attached yet.'));
    const [trashed] = await attachments.listTrashed();
    expect(trashed?.fileName).toBe('minutes.docx');
    expect((await attachments.getBytes(trashed!.id)).byteLength).toBe(3);
  });
});
