// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { waitFor } from '../../test-support/render';
import { testWorkspaces } from '../../data/test-workspaces';
import { ReportPrintPage } from './ReportPrintPage';
import { printPath } from './report-source';
import { mountWith, type ExportHarness } from './export-test-harness';

const { kick } = vi.hoisted(() => ({ kick: vi.fn() }));
vi.mock('../../sync/sync-service-context', () => ({ useSyncService: () => ({ kick }) }));

const openWorkspace = testWorkspaces();
let harness: ExportHarness | null = null;
const PDF = new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d]);

afterEach(async () => {
  await harness?.mounted.unmount();
  harness = null;
  kick.mockReset();
});

async function sample() {
  const workspace = openWorkspace();
  await workspace.sample.load();
  const event = (await workspace.events.listLive()).find((e) => e.name.en.startsWith('ReBuild Ukraine'))!;
  return { workspace, event };
}

const location = (h: ExportHarness) => h.router.state.location.pathname + h.router.state.location.search;

describe('ReportPrintPage', () => {
  it('lays the report out in the link’s language, with nothing to do when the link says nothing', async () => {
    const { workspace, event } = await sample();
    harness = await mountWith(<ReportPrintPage />, workspace, { lang: 'uk', kind: 'electron', path: printPath({ source: { kind: 'event', id: event.id }, lang: 'en', then: { kind: 'none' } }) });
    await waitFor(() => expect(document.querySelector('article.report-print h1')?.textContent).toBe('Delegation report'));
    expect(document.querySelector('article.report-print')?.getAttribute('lang')).toBe('en');
    expect([...document.querySelectorAll('article.report-print h2')].map((h) => h.textContent)).toEqual([
      'Talks with Hauts-de-France: cybersecurity and green energy',
      'Meeting with the export adviser of Business France Ukraine',
    ]);
    expect(harness.printToPdf).not.toHaveBeenCalled();
  });

  it('in the desktop app, saves the PDF the shell lays out, once, and the link forgets the step', async () => {
    const { workspace, event } = await sample();
    const path = printPath({ source: { kind: 'event', id: event.id }, lang: 'uk', then: { kind: 'save' } });
    harness = await mountWith(<ReportPrintPage />, workspace, { kind: 'electron', path, pdf: PDF });
    await waitFor(() => expect(harness!.saveFile).toHaveBeenCalledTimes(1));
    const saved = harness.saveFile.mock.calls[0]![0];
    expect(saved.mimeType).toBe('application/pdf');
    expect(saved.name).toMatch(/^2023-11-1\d Виставка-конференція ReBuild Ukraine \([0-9A-Z]{4}\)\.pdf$/);
    expect(new Uint8Array(saved.bytes)).toEqual(PDF);
    expect(location(harness)).toBe(printPath({ source: { kind: 'event', id: event.id }, lang: 'uk', then: { kind: 'none' } }));
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(harness.printToPdf).toHaveBeenCalledTimes(1);
  });

  it('in the desktop app, sends the PDF to the outbox target the dialog chose', async () => {
    const { workspace, event } = await sample();
    const target = await workspace.syncTargets.create({ kind: 'webdav', name: 'Nextcloud', baseUrl: 'https://cloud.example.org/dav/', username: 'me', remoteFolder: 'Звіти' });
    harness = await mountWith(<ReportPrintPage />, workspace, {
      kind: 'electron',
      path: printPath({ source: { kind: 'event', id: event.id }, lang: 'en', then: { kind: 'outbox', targetId: target.id } }),
      pdf: PDF,
    });
    await waitFor(() => expect(kick).toHaveBeenCalledWith(target.id, { wake: false }));
    const [item] = await workspace.outbox.list();
    expect(item).toMatchObject({ targetId: target.id, folder: 'Звіти', mimeType: 'application/pdf', state: 'queued' });
    expect(item!.baseFileName).toMatch(/^2023-11-1\d ReBuild Ukraine exhibition and conference \([0-9A-Z]{4}\)\.pdf$/);
    expect(harness.saveFile).not.toHaveBeenCalled();
  });

  it('says so when the link is incomplete, or covers no meeting', async () => {
    const { workspace } = await sample();
    harness = await mountWith(<ReportPrintPage />, workspace, { path: '/exports/report/print?source=event&lang=en' });
    await waitFor(() => expect(document.body.textContent).toContain('This print link is incomplete'));
    await harness.mounted.unmount();
    harness = await mountWith(<ReportPrintPage />, workspace, { path: printPath({ source: { kind: 'range', from: '1990-01-01', to: '1990-01-31' }, lang: 'en', then: { kind: 'print' } }) });
    await waitFor(() => expect(document.body.textContent).toContain('There are no meetings to report on.'));
    expect(harness.printToPdf).not.toHaveBeenCalled();
  });
});
