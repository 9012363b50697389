// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { waitFor } from '../../test-support/render';
import { testWorkspaces } from '../../data/test-workspaces';
import type { Workspace } from '../../data/workspace';
import { ExportDialog, type ExportChoice, type ExportFormatOption } from './ExportDialog';
import { textFile } from './export-file';
import { button, click, dialog, maybeRadio, mountWith, radio, savedText, type ExportHarness } from './export-test-harness';

const { kick } = vi.hoisted(() => ({ kick: vi.fn() }));
vi.mock('../../sync/sync-service-context', () => ({ useSyncService: () => ({ kick }) }));

const openWorkspace = testWorkspaces();
let harness: ExportHarness | null = null;

afterEach(async () => {
  await harness?.mounted.unmount();
  harness = null;
  kick.mockReset();
});

const CONTACT_LIKE: readonly ExportFormatOption[] = [
  { format: 'vcf', hasLanguage: false },
  { format: 'csv', hasLanguage: true },
];
const REPORT_LIKE: readonly ExportFormatOption[] = [
  { format: 'docx', hasLanguage: true },
  { format: 'pdf', hasLanguage: true },
  { format: 'md', hasLanguage: true },
];

function fileBuilder() {
  return vi.fn(async (choice: ExportChoice) => textFile(`report.${choice.lang}.${choice.format}`, choice.format, `${choice.lang} ${choice.format}`));
}

async function mountDialog(workspace: Workspace, props: { formats: readonly ExportFormatOption[]; build?: ReturnType<typeof fileBuilder> }, options: Parameters<typeof mountWith>[2] = {}) {
  const build = props.build ?? fileBuilder();
  const printPath = vi.fn((choice: ExportChoice, then: { kind: string; targetId?: string }) => `/print?format=${choice.format}&lang=${choice.lang}&then=${then.kind}&target=${then.targetId ?? ''}`);
  const onClose = vi.fn();
  harness = await mountWith(<ExportDialog opened onClose={onClose} title="Export" formats={props.formats} build={build} printPath={printPath} />, workspace, options);
  await waitFor(() => dialog());
  return { build, printPath, onClose, ...harness };
}

async function addTarget(workspace: Workspace, name = 'Nextcloud') {
  return workspace.syncTargets.create({ kind: 'webdav', name, baseUrl: 'https://cloud.example.org/remote.php/dav/files/me/', username: 'me', remoteFolder: 'Delegation Desk' });
}

describe('ExportDialog', () => {
  it('asks for the document language only for a format written in one', async () => {
    await mountDialog(openWorkspace(), { formats: CONTACT_LIKE });
    expect(radio('vCard 4.0').checked).toBe(true);
    expect(dialog().textContent).not.toContain('Document language');
    await click(radio('CSV (UTF-8, for Excel)'));
    expect(dialog().textContent).toContain('Document language');
    expect(radio('Ukrainian')).toBeDefined();
  });

  it('builds the chosen format in the chosen language, defaulting to the interface’s, and saves it', async () => {
    const { build, saveFile, onClose } = await mountDialog(openWorkspace(), { formats: REPORT_LIKE }, { lang: 'uk' });
    // The interface is Ukrainian: so is the document unless the user says otherwise.
    expect(radio('українська').checked).toBe(true);
    await click(radio('англійська'));
    await click(radio('Markdown'));
    await click(button('Експортувати'));

    await waitFor(() => expect(saveFile).toHaveBeenCalledTimes(1));
    expect(build).toHaveBeenCalledWith({ format: 'md', lang: 'en', range: null, scope: 'all' });
    expect(saveFile.mock.calls[0]![0]).toMatchObject({ name: 'report.en.md', mimeType: 'text/markdown;charset=utf-8' });
    expect(savedText(saveFile)).toBe('en md');
    expect(onClose).toHaveBeenCalled();
    expect(kick).not.toHaveBeenCalled();
  });

  it('sends to the outbox of the chosen target instead of saving, and starts its delivery', async () => {
    const workspace = openWorkspace();
    await addTarget(workspace, 'Archive');
    const nextcloud = await addTarget(workspace, 'Nextcloud');
    const { saveFile } = await mountDialog(workspace, { formats: REPORT_LIKE });
    await click(radio('Send to the outbox'));
    // The first target is chosen for the user; they pick another.
    await waitFor(() => expect((document.querySelector('input[aria-haspopup="listbox"]') as HTMLInputElement).value).toBe('Archive'));
    await click(document.querySelector<HTMLInputElement>('input[aria-haspopup="listbox"]')!);
    await waitFor(() => expect([...document.querySelectorAll('[role="option"]')].map((o) => o.textContent)).toEqual(['Archive', 'Nextcloud']));
    await click([...document.querySelectorAll<HTMLElement>('[role="option"]')].find((o) => o.textContent === 'Nextcloud')!);
    await click(button('Send'));

    await waitFor(() => expect(kick).toHaveBeenCalledWith(nextcloud.id, { wake: false }));
    const items = await workspace.outbox.list();
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({ targetId: nextcloud.id, baseFileName: 'report.en.docx', state: 'queued' });
    expect(saveFile).not.toHaveBeenCalled();
  });

  it('with no target set up, points to Settings and sends nothing', async () => {
    const workspace = openWorkspace();
    const { build } = await mountDialog(workspace, { formats: REPORT_LIKE });
    await click(radio('Send to the outbox'));
    await waitFor(() => expect(dialog().textContent).toContain('No sync target is set up yet.'));
    const link = [...dialog().querySelectorAll('a')].find((a) => a.textContent === 'Set one up in Settings');
    expect(link?.getAttribute('href')).toBe('/settings');
    expect(button('Send').disabled).toBe(true);
    expect(build).not.toHaveBeenCalled();
  });

  it('in the browser, a PDF cannot go to the outbox (saying why) and opens the print view', async () => {
    const workspace = openWorkspace();
    await addTarget(workspace);
    const { router, build, printPath, onClose } = await mountDialog(workspace, { formats: REPORT_LIKE }, { kind: 'web' });
    await click(radio('Send to the outbox'));
    await click(radio('PDF'));
    const outbox = radio('Send to the outbox');
    expect(outbox.disabled).toBe(true);
    expect(outbox.checked).toBe(false);
    expect(radio('Save to a file').checked).toBe(true);
    expect(dialog().textContent).toContain('Sending a PDF to the outbox works in the desktop app only');
    await click(radio('Russian'));
    await click(button('Export'));
    expect(build).not.toHaveBeenCalled();
    expect(printPath).toHaveBeenCalledTimes(1);
    expect(router.state.location.pathname + router.state.location.search).toBe('/print?format=pdf&lang=ru&then=print&target=');
    expect(onClose).toHaveBeenCalled();
  });

  it('in the desktop app, a PDF for the outbox carries the target to the print view', async () => {
    const workspace = openWorkspace();
    const target = await addTarget(workspace);
    const { router } = await mountDialog(workspace, { formats: REPORT_LIKE }, { kind: 'electron' });
    await click(radio('PDF'));
    await click(radio('Send to the outbox'));
    expect(radio('Send to the outbox').disabled).toBe(false);
    await waitFor(() => expect(button('Send').disabled).toBe(false));
    await click(button('Send'));
    expect(router.state.location.search).toBe(`?format=pdf&lang=en&then=outbox&target=${target.id}`);
  });

  it('offers the filtered list or everything when the list is filtered, starting from what is shown', async () => {
    const build = fileBuilder();
    harness = await mountWith(<ExportDialog opened onClose={() => {}} title="Export" formats={CONTACT_LIKE} build={build} scope={{ all: 9, shown: 2 }} />, openWorkspace());
    await waitFor(() => dialog());
    expect(radio('Shown in the list (2)').checked).toBe(true);
    await click(button('Export'));
    await waitFor(() => expect(build).toHaveBeenCalledWith(expect.objectContaining({ scope: 'shown' })));
    await harness.mounted.unmount();
    harness = await mountWith(<ExportDialog opened onClose={() => {}} title="Export" formats={CONTACT_LIKE} build={build} scope={{ all: 9, shown: 9 }} />, openWorkspace());
    await waitFor(() => dialog());
    expect(dialog().textContent).not.toContain('Which contacts');
  });

  it('keeps the dialog open when the user cancels the save dialog', async () => {
    const { saveFile, onClose } = await mountDialog(openWorkspace(), { formats: CONTACT_LIKE });
    saveFile.mockResolvedValueOnce('cancelled');
    await click(button('Export'));
    await waitFor(() => expect(saveFile).toHaveBeenCalled());
    expect(onClose).not.toHaveBeenCalled();
    expect(maybeRadio('vCard 4.0')).not.toBeNull();
  });
});
