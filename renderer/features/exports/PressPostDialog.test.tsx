// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { waitFor } from '../../test-support/render';
import { testWorkspaces } from '../../data/test-workspaces';
import { PressPostDialog } from './PressPostDialog';
import { button, click, dialog, field, mountWith, radio, savedText, type, type ExportHarness } from './export-test-harness';

const { kick } = vi.hoisted(() => ({ kick: vi.fn() }));
vi.mock('../../sync/sync-service-context', () => ({ useSyncService: () => ({ kick }) }));

const openWorkspace = testWorkspaces();
let harness: ExportHarness | null = null;

afterEach(async () => {
  await harness?.mounted.unmount();
  harness = null;
  kick.mockReset();
});

async function mountPress(lang: 'en' | 'uk' = 'en') {
  const workspace = openWorkspace();
  await workspace.sample.load();
  const meeting = (await workspace.meetings.listLive()).find((m) => m.title.en.startsWith('Talks with Hauts-de-France'))!;
  harness = await mountWith(<PressPostDialog opened onClose={() => {}} meeting={meeting} />, workspace, { lang });
  await waitFor(() => expect(dialog().querySelector('textarea')).not.toBeNull());
  return { workspace, meeting, text: () => field('Text of the post') as HTMLTextAreaElement };
}

describe('PressPostDialog', () => {
  it('starts from the record’s facts in the interface’s language', async () => {
    const { text } = await mountPress();
    expect(text().value).toMatch(/^Talks with Hauts-de-France: cybersecurity and green energy\n\nWarsaw, 15 November 2023\. Artem Lysohor \(/);
    expect(text().value).toContain('Juliette Delbe (Head of International Relations, Hauts-de-France Region)');
    expect(text().lang).toBe('en');
  });

  it('exports the text as the user edited it, not as it was built', async () => {
    const { text } = await mountPress();
    const edited = `${text().value.split('\n\n')[0]}\n\nWe met the region’s head of international relations in Warsaw.`;
    await type(text(), edited);
    expect(dialog().textContent).toContain('Edited');
    await click(radio('Markdown'));
    await click(button('Export'));
    await waitFor(() => expect(harness!.saveFile).toHaveBeenCalledTimes(1));
    expect(savedText(harness!.saveFile)).toBe(`${edited}\n`);
    expect(harness!.saveFile.mock.calls[0]![0].name).toMatch(/^2023-11-15 Talks with Hauts-de-France - cybersecurity and green energy \([0-9A-Z]{4}\)\.md$/);
  });

  it('copies the edited text to the clipboard', async () => {
    const writeText = vi.fn(async () => {});
    Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText } });
    const { text } = await mountPress();
    await type(text(), 'Short and edited.');
    await click(button('Copy'));
    expect(writeText).toHaveBeenCalledWith('Short and edited.');
  });

  it('keeps the language while there are edits; starting over gives the built text back and frees it', async () => {
    const { text } = await mountPress('en');
    const built = text().value;
    await type(text(), 'My own words.');
    expect(radio('Ukrainian').disabled).toBe(true);
    expect(dialog().textContent).toContain('Start over to write the post in another language');
    await click(button('Start over from the record'));
    expect(text().value).toBe(built);
    expect(radio('Ukrainian').disabled).toBe(false);
    await click(radio('Ukrainian'));
    await waitFor(() => expect(text().value).toMatch(/^Переговори з регіоном О-де-Франс/));
    expect(text().value).toContain('Варшава, 15 листопада 2023 р.');
    expect(text().lang).toBe('uk');
  });

  it('refuses to export an emptied post', async () => {
    const { text } = await mountPress();
    await type(text(), '   ');
    expect(dialog().textContent).toContain('The post is empty.');
    expect(button('Export').disabled).toBe(true);
    expect(button('Copy').disabled).toBe(true);
  });

  it('sends the edited text to the outbox', async () => {
    const { text, workspace: ws } = await mountPress();
    const target = await ws.syncTargets.create({ kind: 'webdav', name: 'Press office', baseUrl: 'https://cloud.example.org/dav/', username: 'me', remoteFolder: '' });
    await type(text(), 'For the press office.');
    await click(radio('Send to the outbox'));
    await waitFor(() => expect(button('Send').disabled).toBe(false));
    await click(button('Send'));
    await waitFor(() => expect(kick).toHaveBeenCalledWith(target.id, { wake: false }));
    const [item] = await ws.outbox.list();
    expect(item).toMatchObject({ targetId: target.id, state: 'queued' });
    const stored = await ws.outbox.get(item!.id);
    expect(new TextDecoder().decode(stored!.bytes)).toBe('For the press office.\n');
    expect(harness!.saveFile).not.toHaveBeenCalled();
  });
});
