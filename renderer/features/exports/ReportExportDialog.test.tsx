// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { act } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { MeetingReportDocument } from '#shared/exports/meeting-report';
import { waitFor } from '../../test-support/render';
import { testWorkspaces } from '../../data/test-workspaces';
import { ReportExportDialog } from './ReportExportDialog';
import { button, click, dialog, field, mountWith, radio, type, type ExportHarness } from './export-test-harness';

const { kick, docxWriter } = vi.hoisted(() => ({ kick: vi.fn(), docxWriter: vi.fn(async (_doc: unknown) => new Uint8Array([0x50, 0x4b, 3, 4])) }));
vi.mock('../../sync/sync-service-context', () => ({ useSyncService: () => ({ kick }) }));
// The DOCX writer, loaded by a dynamic import when DOCX is asked for: spied on to see what it is given.
vi.mock('#shared/exports/report-docx', () => ({ reportToDocx: docxWriter }));

const openWorkspace = testWorkspaces();
let harness: ExportHarness | null = null;

afterEach(async () => {
  await harness?.mounted.unmount();
  harness = null;
  docxWriter.mockClear();
});

async function sampleMeeting() {
  const workspace = openWorkspace();
  await workspace.sample.load();
  const meeting = (await workspace.meetings.listLive()).find((m) => m.title.en.startsWith('Talks with Hauts-de-France'))!;
  return { workspace, meeting };
}

describe('ReportExportDialog', () => {
  it('hands the lazily loaded DOCX writer a summary labelled in the document’s language, not the interface’s', async () => {
    const { workspace, meeting } = await sampleMeeting();
    harness = await mountWith(<ReportExportDialog opened onClose={() => {}} source={{ kind: 'meeting', id: meeting.id }} />, workspace, { lang: 'uk' });
    await waitFor(() => dialog());
    expect(radio('Word (DOCX)').checked).toBe(true);
    await click(radio('англійська'));
    await click(button('Експортувати'));

    await waitFor(() => expect(harness!.saveFile).toHaveBeenCalledTimes(1));
    expect(docxWriter).toHaveBeenCalledTimes(1);
    const doc = docxWriter.mock.calls[0]![0] as MeetingReportDocument;
    expect(doc.lang).toBe('en');
    expect(doc.labels.participants).toBe('Participants');
    expect(doc.labels.meetingStatuses.held).toBe('Held');
    expect(doc.title).toBe('Talks with Hauts-de-France: cybersecurity and green energy');
    expect(harness.saveFile.mock.calls[0]![0].name).toMatch(/^2023-11-15 Talks with Hauts-de-France - cybersecurity and green energy \([0-9A-Z]{4}\)\.docx$/);
  });

  it('loads no DOCX writer for Markdown, whose labels follow the chosen language too', async () => {
    const { workspace, meeting } = await sampleMeeting();
    harness = await mountWith(<ReportExportDialog opened onClose={() => {}} source={{ kind: 'meeting', id: meeting.id }} />, workspace, { lang: 'en' });
    await waitFor(() => dialog());
    await click(radio('Markdown'));
    await click(radio('Russian'));
    await click(button('Export'));
    await waitFor(() => expect(harness!.saveFile).toHaveBeenCalledTimes(1));
    expect(docxWriter).not.toHaveBeenCalled();
    const markdown = new TextDecoder().decode(harness.saveFile.mock.calls[0]![0].bytes);
    expect(markdown).toContain('## Участники');
    expect(markdown).toContain('**Дата:** 15 ноября 2023 г.');
  });

  it('asks for the dates of a range report, starting from the list’s filter, and says when nothing falls in them', async () => {
    const { workspace } = await sampleMeeting();
    harness = await mountWith(<ReportExportDialog opened onClose={() => {}} source={{ kind: 'range' }} range={{ from: '1999-01-01', to: '' }} />, workspace, { lang: 'en' });
    await waitFor(() => dialog());
    expect(dialog().textContent).toContain('Choose the dates the report covers.');
    expect(button('Export').disabled).toBe(true);
    const to = field('To');
    await type(to, '1999-12-31');
    await act(async () => to.dispatchEvent(new FocusEvent('blur', { bubbles: true })));
    await waitFor(() => expect(button('Export').disabled).toBe(false));
    expect(dialog().textContent).toContain('The report covers every meeting between these dates.');
    await click(button('Export'));
    await waitFor(() => expect(dialog().textContent).toContain('There are no meetings to report on between these dates.'));
    expect(harness.saveFile).not.toHaveBeenCalled();
  });
});
