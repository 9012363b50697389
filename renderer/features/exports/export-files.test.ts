// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import ICAL from 'ical.js';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { createI18n } from '../../i18n/i18n';
import { testWorkspaces } from '../../data/test-workspaces';
import type { Workspace } from '../../data/workspace';
import { buildReport, reportFile } from './report-files';
import { calendarFile } from './calendar-file';
import { contactsFile } from './contact-files';
import { draftPressPost, pressFile } from './press-file';
import { NothingToExport } from './export-file';

/**
 * The files as the dialogs make them, from the sample workspace read through the repositories,
 * with the interface in Ukrainian: each document is written in the language asked for.
 */

const openWorkspace = testWorkspaces();
const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

async function sampleWorkspace(): Promise<Workspace> {
  const workspace = openWorkspace();
  await workspace.sample.load();
  return workspace;
}

async function rebuildUkraine(workspace: Workspace) {
  const events = await workspace.events.listLive();
  const event = events.find((e) => e.name.en === 'ReBuild Ukraine exhibition and conference');
  if (!event) throw new Error('no ReBuild Ukraine event in the sample');
  return event;
}

describe('delegation report of an event', () => {
  it('is written in the chosen language, not the interface’s, with the notes as written', async () => {
    const workspace = await sampleWorkspace();
    const i18n = await createI18n('uk');
    const event = await rebuildUkraine(workspace);
    const report = await buildReport(workspace, i18n, { kind: 'event', id: event.id }, 'en');

    expect(report.doc.kind).toBe('delegationReport');
    expect(report.doc.meetings.map((m) => m.title)).toEqual([
      'Talks with Hauts-de-France: cybersecurity and green energy',
      'Meeting with the export adviser of Business France Ukraine',
    ]);
    const markdown = text((await reportFile(report, 'md')).bytes);
    expect(markdown).toContain('### Participants');
    expect(markdown).toContain('**Status:** Held');
    expect(markdown).toContain('Предварительные переговоры о совместных проектах');
    expect(markdown).not.toContain('Учасники');
  });

  it('names the file after the event, stably, per language and format', async () => {
    const workspace = await sampleWorkspace();
    const i18n = await createI18n('uk');
    const event = await rebuildUkraine(workspace);
    const en = await buildReport(workspace, i18n, { kind: 'event', id: event.id }, 'en');
    const again = await buildReport(workspace, i18n, { kind: 'event', id: event.id }, 'en');
    const uk = await buildReport(workspace, i18n, { kind: 'event', id: event.id }, 'uk');
    expect(en.nameFor('docx')).toMatch(/^2023-11-1\d ReBuild Ukraine exhibition and conference \([0-9A-Z]{4}\)\.docx$/);
    expect(again.nameFor('docx')).toBe(en.nameFor('docx'));
    expect(uk.nameFor('docx')).toMatch(/^2023-11-1\d Виставка-конференція ReBuild Ukraine \([0-9A-Z]{4}\)\.docx$/);
  });

  it('writes a DOCX (a zip) through the lazily loaded writer', async () => {
    const workspace = await sampleWorkspace();
    const event = await rebuildUkraine(workspace);
    const file = await reportFile(await buildReport(workspace, await createI18n('en'), { kind: 'event', id: event.id }, 'ru'), 'docx');
    expect(file.mimeType).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    expect([...file.bytes.slice(0, 2)]).toEqual([0x50, 0x4b]);
  });
});

describe('delegation report of a date range', () => {
  it('covers the meetings between the dates, both days included', async () => {
    const workspace = await sampleWorkspace();
    const report = await buildReport(workspace, await createI18n('en'), { kind: 'range', from: '2023-04-12', to: '2023-11-15' }, 'uk');
    expect(report.doc.meetings.map((m) => m.isoDate)).toEqual(['2023-04-12', '2023-11-15', '2023-11-15']);
    expect(report.nameFor('md')).toMatch(/^Звіт делегації 2023-04-12 – 2023-11-15 \([0-9A-Z]{4}\)\.md$/);
  });

  it('says there is nothing to report rather than writing an empty file', async () => {
    const workspace = await sampleWorkspace();
    await expect(buildReport(workspace, await createI18n('en'), { kind: 'range', from: '1999-01-01', to: '1999-12-31' }, 'en')).rejects.toBeInstanceOf(NothingToExport);
  });
});

describe('calendar of an event', () => {
  it('has one VEVENT per meeting, with the same UIDs in every export', async () => {
    const workspace = await sampleWorkspace();
    const i18n = await createI18n('uk');
    const event = await rebuildUkraine(workspace);
    const uids = async (lang: 'en' | 'uk') => {
      const file = await calendarFile(workspace, i18n, event.id, lang, Date.UTC(2024, 0, 1));
      const calendar = new ICAL.Component(ICAL.parse(text(file.bytes)));
      const events = calendar.getAllSubcomponents('vevent');
      return { uids: events.map((e) => e.getFirstPropertyValue('uid')), summaries: events.map((e) => e.getFirstPropertyValue('summary')), name: file.name };
    };
    const first = await uids('en');
    const second = await uids('uk');
    const meetings = await workspace.meetings.listByEvent(event.id);
    expect(first.uids).toHaveLength(meetings.length);
    expect(new Set(first.uids).size).toBe(meetings.length);
    expect(second.uids).toEqual(first.uids);
    expect(first.summaries).toContain('Talks with Hauts-de-France: cybersecurity and green energy');
    expect(second.summaries).toContain('Переговори з регіоном О-де-Франс: кібербезпека і зелена енергетика');
    expect(first.name).toMatch(/\.ics$/);
  });
});

describe('contacts', () => {
  it('CSV: UTF-8 with a BOM, headers in the chosen language, only the contacts asked for', async () => {
    const workspace = await sampleWorkspace();
    const all = await workspace.contacts.listLive();
    const picked = new Set(all.slice(0, 2).map((c) => c.id));
    const file = await contactsFile(workspace, await createI18n('uk'), { format: 'csv', lang: 'en', ids: picked });
    expect([...file.bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const parsed = Papa.parse<string[]>(text(file.bytes).slice(1), { skipEmptyLines: true });
    expect(parsed.data[0]).toContain('Family name (English)');
    expect(parsed.data).toHaveLength(1 + picked.size);
  });

  it('vCard: one card per contact; XLSX: a workbook', async () => {
    const workspace = await sampleWorkspace();
    const i18n = await createI18n('en');
    const count = (await workspace.contacts.listLive()).length;
    const vcf = text((await contactsFile(workspace, i18n, { format: 'vcf', lang: 'en' })).bytes);
    expect(vcf.match(/^BEGIN:VCARD\r$/gm)).toHaveLength(count);
    const xlsx = await contactsFile(workspace, i18n, { format: 'xlsx', lang: 'ru' });
    expect([...xlsx.bytes.slice(0, 2)]).toEqual([0x50, 0x4b]);
    expect(xlsx.name).toMatch(/^Контакты \([0-9A-Z]{4}\)\.xlsx$/);
  });
});

describe('press post', () => {
  it('is drafted from the record in the language asked for; the file holds the text it is given', async () => {
    const workspace = await sampleWorkspace();
    const meeting = (await workspace.meetings.listLive()).find((m) => m.title.en.startsWith('Talks with Hauts-de-France'))!;
    const draft = await draftPressPost(workspace, meeting, 'en');
    expect(draft).toContain('Artem Lysohor');
    expect(draft).toContain('Juliette Delbe');
    const file = pressFile(meeting, 'en', 'md', 'Edited by hand.\r\n\r\nSecond paragraph.  \n\n');
    expect(text(file.bytes)).toBe('Edited by hand.\n\nSecond paragraph.\n');
    expect(file.name).toMatch(/^2023-11-15 Talks with Hauts-de-France - cybersecurity and green energy \([0-9A-Z]{4}\)\.md$/);
  });
});
