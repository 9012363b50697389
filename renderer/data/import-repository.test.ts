// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { emptyContactInput, type ContactInput } from '#shared/domain/contact';
import { emptyEventInput } from '#shared/domain/event';
import { newRecordId } from '#shared/domain/ids';
import { emptyMeetingInput } from '#shared/domain/meeting';
import { emptyFollowUpInput } from '#shared/domain/follow-up';
import type { ImportDecisions } from '#shared/import/import-plan';
import type { ContactCandidate, ImportedPhoto, MeetingCandidate, ParsedImport } from '#shared/import/import-source';
import { planImport } from '#shared/import/plan-import';
import { resolveImport, type ResolvedImport } from '#shared/import/resolve-import';
import { MAX_ATTACHMENT_BYTES } from '#shared/domain/attachment';
import { TEST_START, testWorkspaces } from './test-workspaces';
import { appErrorOf } from './test-rejection';
import type { Workspace } from './workspace';

const openWorkspace = testWorkspaces();
const loc = (uk: string, ru = '', en = '') => ({ uk, ru, en });

/** A clock that moves a second per reading, so undo's times differ from the import's. */
function ticking() {
  let at = TEST_START;
  return () => (at += 1000);
}

const candidate = (row: number, contact: Partial<ContactInput>, organizationName = '', photos: ImportedPhoto[] = []): ContactCandidate => ({
  row,
  contact: { ...emptyContactInput(), ...contact },
  organizationName,
  photos,
});
const meetingRow = (row: number, extra: Partial<MeetingCandidate> = {}): MeetingCandidate => ({
  row,
  title: '',
  date: '2026-06-11',
  startTime: '10:00',
  endTime: '',
  place: { venue: 'Palais des Congrès', room: '', table: '7', onlineUrl: '' },
  contactRow: null,
  organizationName: '',
  ...extra,
});
const file = (contacts: ContactCandidate[], meetings: MeetingCandidate[] = []): ParsedImport => ({ format: 'vcard', fileName: 'phone.vcf', contacts, meetings, rejected: [] });
const mergeAll = (eventId: string | null = null): ImportDecisions => ({ all: 'merge', byRow: {}, eventId });

async function resolved(workspace: Workspace, parsed: ParsedImport, decisions: ImportDecisions = mergeAll()): Promise<ResolvedImport> {
  const plan = planImport(parsed, await workspace.imports.loadExisting());
  return resolveImport(plan, decisions, () => newRecordId());
}

async function dump(workspace: Workspace) {
  const { db } = workspace;
  const [contacts, organizations, meetings, attachments, attachmentBytes, importBatches] = await Promise.all([
    db.contacts.toArray(),
    db.organizations.toArray(),
    db.meetings.toArray(),
    db.attachments.toArray(),
    db.attachmentBytes.toArray(),
    db.importBatches.toArray(),
  ]);
  return { contacts, organizations, meetings, attachments, attachmentBytes, importBatches };
}

async function sampleWorkspace(now = ticking()) {
  const workspace = openWorkspace(now);
  await workspace.sample.load();
  const artem = (await workspace.contacts.listLive()).find((c) => c.familyName.en === 'Lysohor')!;
  return { workspace, artem };
}

describe('import repository', () => {
  it('merges an incoming "Лисогор Артем" into the sample\'s Artem Lysohor, filling the missing email and phone', async () => {
    const { workspace, artem } = await sampleWorkspace();
    const plan = planImport(
      file([candidate(1, { familyName: loc('Лисогор'), givenName: loc('Артем'), emails: ['a.lysohor@loga.gov.ua'], phones: ['+380 50 123 45 67'] })]),
      await workspace.imports.loadExisting(),
    );
    expect(plan.duplicates.map((d) => [d.existing.id, d.reasons])).toEqual([[artem.id, ['name']]]);
    const batch = await workspace.imports.apply(resolveImport(plan, mergeAll(), () => newRecordId()), { fileName: 'phone.vcf', format: 'vcard' });

    const merged = (await workspace.contacts.get(artem.id))!;
    expect(merged.emails).toEqual(['a.lysohor@loga.gov.ua']);
    expect(merged.phones).toEqual(['+380 50 123 45 67']);
    expect(merged.familyName).toEqual(artem.familyName);
    expect(merged.position).toEqual(artem.position);
    expect(merged.createdAt).toBe(artem.createdAt);
    expect(merged.updatedAt).toBe(batch.createdAt);
    expect(batch.mergedBefore).toEqual([artem]);
    expect(batch.added).toEqual({ contacts: [], organizations: [], meetings: [], attachments: [] });
    expect(await workspace.imports.listBatches()).toEqual([batch]);
  });

  it('adds organizations, people with their photos, and meetings of the chosen event, with sort keys like the repositories', async () => {
    const workspace = openWorkspace(ticking());
    const event = await workspace.events.create({ ...emptyEventInput(), name: loc('Форум', '', 'Forum'), startDate: '2026-06-10', endDate: '2026-06-12', timeZone: 'Europe/Paris' });
    const photo: ImportedPhoto = { fileName: 'delbe.jpg', mimeType: 'image/jpeg', bytes: new Uint8Array(new ArrayBuffer(16), 4, 3).fill(7) };
    const tooBig: ImportedPhoto = { fileName: 'huge.png', mimeType: 'image/png', bytes: new Uint8Array(MAX_ATTACHMENT_BYTES + 1) };
    const write = await resolved(
      workspace,
      file([candidate(1, { nameOriginal: 'Juliette Delbe' }, 'Région Hauts-de-France', [photo, tooBig])], [meetingRow(1, { contactRow: 1 })]),
      mergeAll(event.id),
    );
    const batch = await workspace.imports.apply(write, { fileName: 'agenda.xlsx', format: 'xlsx' });

    const [org] = await workspace.organizations.listLive();
    expect(org!.name).toEqual(loc('', '', 'Région Hauts-de-France'));
    expect(org!.kind).toBe('region');
    const [juliette] = await workspace.contacts.listLive();
    expect(juliette!.organizationId).toBe(org!.id);
    expect(juliette!.sortKey.en).not.toBe('');
    const [meeting] = await workspace.meetings.listByEvent(event.id);
    expect(meeting).toMatchObject({ title: loc('', '', 'Région Hauts-de-France'), endTime: '10:30', theirParticipantIds: [juliette!.id], organizationIds: [org!.id], status: 'planned' });
    const files = await workspace.attachments.listByOwner(juliette!.id);
    expect(files.map((f) => [f.fileName, f.size])).toEqual([['delbe.jpg', 3]]);
    expect(new Uint8Array(await workspace.attachments.getBytes(files[0]!.id))).toEqual(new Uint8Array([7, 7, 7]));
    expect(batch.added).toEqual({ contacts: [juliette!.id], organizations: [org!.id], meetings: [meeting!.id], attachments: [files[0]!.id] });
  });

  it('writes nothing when a record in the middle is invalid, naming it', async () => {
    const { workspace } = await sampleWorkspace();
    const write = await resolved(workspace, file([candidate(1, { nameOriginal: 'Olena Petrenko' }, 'New Org'), candidate(2, { nameOriginal: 'Ivan Franko' }), candidate(3, { nameOriginal: 'Lesya Ukrainka' })]));
    write.contacts[1]!.input = { ...write.contacts[1]!.input, emails: ['not an email'] };
    const before = await dump(workspace);
    const error = await appErrorOf(workspace.imports.apply(write, { fileName: 'x.vcf', format: 'vcard' }));
    expect(error.code).toBe('validation');
    expect(error.details).toEqual({ issues: [{ path: 'contacts.1.emails.0', code: 'email' }] });
    expect(await dump(workspace)).toEqual(before);
  });

  it('writes nothing when a write fails half-way through the transaction', async () => {
    const { workspace, artem } = await sampleWorkspace();
    const write = await resolved(workspace, file([candidate(1, { nameOriginal: 'Olena Petrenko' }, 'New Org'), candidate(2, { nameOriginal: 'Ivan Franko' })]));
    // The second new contact takes an id already stored: organizations and the first contact were
    // already added in the transaction when the contacts' bulk add fails.
    write.contacts[1]!.id = artem.id;
    const before = await dump(workspace);
    const error = await appErrorOf(workspace.imports.apply(write, { fileName: 'x.vcf', format: 'vcard' }));
    expect(error.code).toBe('storageFailure');
    expect(await dump(workspace)).toEqual(before);
  });

  it('refuses meetings of an event that does not exist, and a merge into a contact purged since the preview', async () => {
    const { workspace, artem } = await sampleWorkspace();
    const missingEvent = newRecordId();
    const withMeeting = await resolved(workspace, file([candidate(1, { nameOriginal: 'Olena Petrenko' })], [meetingRow(1, { contactRow: 1 })]), mergeAll(missingEvent));
    expect((await appErrorOf(workspace.imports.apply(withMeeting, { fileName: 'a.xlsx', format: 'xlsx' }))).details).toEqual({
      issues: [{ path: 'eventId', code: 'unknownEvent', id: missingEvent }],
    });

    const merge = await resolved(workspace, file([candidate(1, { nameOriginal: 'Лисогор Артем', emails: ['a@loga.gov.ua'] })]));
    await workspace.contacts.moveToTrash([artem.id]);
    await workspace.trash.purge({ contactIds: [artem.id] });
    const before = await dump(workspace);
    expect((await appErrorOf(workspace.imports.apply(merge, { fileName: 'b.vcf', format: 'vcard' }))).code).toBe('notFound');
    expect(await dump(workspace)).toEqual(before);
  });

  it('undoes an import: removes what it added, restores what it merged, and logs both for search', async () => {
    const now = ticking();
    const { workspace, artem } = await sampleWorkspace(now);
    const before = await dump(workspace);
    const event = (await workspace.events.listLive())[0]!;
    const photo: ImportedPhoto = { fileName: 'p.jpg', mimeType: 'image/jpeg', bytes: new Uint8Array([1]) };
    const write = await resolved(
      workspace,
      file([candidate(1, { nameOriginal: 'Лисогор Артем', emails: ['a@loga.gov.ua'] }, '', [photo]), candidate(2, { nameOriginal: 'Olena Petrenko' }, 'Kyiv Investment Agency', [photo])], [meetingRow(2, { contactRow: 2 })]),
      mergeAll(event.id),
    );
    const batch = await workspace.imports.apply(write, { fileName: 'phone.vcf', format: 'vcard' });
    await workspace.imports.undo(batch.id);
    const after = await dump(workspace);

    const restored = after.contacts.find((c) => c.id === artem.id)!;
    expect(restored).toEqual({ ...artem, updatedAt: restored.updatedAt });
    expect(restored.updatedAt).toBeGreaterThan(batch.createdAt);
    const withoutTimes = <T extends { id: string }>(records: T[]) => records.map((r) => (r.id === artem.id ? { ...r, updatedAt: 0 } : r));
    expect(withoutTimes(after.contacts)).toEqual(withoutTimes(before.contacts));
    expect(after.organizations).toEqual(before.organizations);
    expect(after.meetings).toEqual(before.meetings);
    expect(after.attachments).toEqual([]);
    expect(after.attachmentBytes).toEqual([]);
    expect(after.importBatches).toEqual([{ ...batch, undoneAt: expect.any(Number) }]);
    const changes = await workspace.db.recordChanges.toArray();
    expect(changes.map((c) => [c.table, c.kind, c.recordIds])).toEqual([
      ['contacts', 'removed', batch.added.contacts],
      ['organizations', 'removed', batch.added.organizations],
      ['meetings', 'removed', batch.added.meetings],
      ['contacts', 'written', [artem.id]],
    ]);

    const again = await appErrorOf(workspace.imports.undo(batch.id));
    expect(again.code).toBe('importAlreadyUndone');
    expect((await appErrorOf(workspace.imports.undo(newRecordId()))).code).toBe('notFound');
  });

  it('clears what the user has linked to imported records since, as purging them from the Trash does', async () => {
    const { workspace, artem } = await sampleWorkspace();
    const write = await resolved(workspace, file([candidate(1, { nameOriginal: 'Olena Petrenko' }, 'Kyiv Investment Agency')]));
    const batch = await workspace.imports.apply(write, { fileName: 'x.vcf', format: 'vcard' });
    const [olena] = batch.added.contacts;
    const [agency] = batch.added.organizations;
    const event = (await workspace.events.listLive())[0]!;
    const meeting = await workspace.meetings.create({
      ...emptyMeetingInput(),
      title: loc('Зустріч'),
      eventId: event.id,
      date: '2026-06-11',
      startTime: '09:00',
      endTime: '09:30',
      ourParticipantIds: [artem.id],
      theirParticipantIds: [olena!],
      organizationIds: [agency!],
    });
    const followUp = await workspace.followUps.create({ ...emptyFollowUpInput(meeting.id), what: 'Send the brochure', ownerId: artem.id, dueDate: '2026-06-20', contactId: olena! });
    const colleague = await workspace.contacts.create({ ...emptyContactInput(), nameOriginal: 'Taras Shevchenko', organizationId: agency! });

    await workspace.imports.undo(batch.id);
    expect(await workspace.contacts.get(olena!)).toBeUndefined();
    expect(await workspace.organizations.get(agency!)).toBeUndefined();
    expect(await workspace.meetings.get(meeting.id)).toMatchObject({ theirParticipantIds: [], organizationIds: [], ourParticipantIds: [artem.id] });
    expect((await workspace.followUps.get(followUp.id))?.contactId).toBeNull();
    expect((await workspace.contacts.get(colleague.id))?.organizationId).toBeNull();
  });

  it('leaves a merged contact trashed since in the Trash when undoing', async () => {
    const { workspace, artem } = await sampleWorkspace();
    const batch = await workspace.imports.apply(await resolved(workspace, file([candidate(1, { nameOriginal: 'Лисогор Артем', emails: ['a@loga.gov.ua'] })])), { fileName: 'x.vcf', format: 'vcard' });
    await workspace.contacts.moveToTrash([artem.id]);
    await workspace.imports.undo(batch.id);
    const restored = (await workspace.contacts.get(artem.id))!;
    expect(restored.emails).toEqual([]);
    expect(restored.deletedAt).not.toBeNull();
  });

  it('lists batches newest first', async () => {
    const workspace = openWorkspace(ticking());
    const first = await workspace.imports.apply(await resolved(workspace, file([candidate(1, { nameOriginal: 'Olena Petrenko' })])), { fileName: '1.vcf', format: 'vcard' });
    const second = await workspace.imports.apply(await resolved(workspace, file([candidate(1, { nameOriginal: 'Ivan Franko' })])), { fileName: '2.csv', format: 'csv' });
    expect((await workspace.imports.listBatches()).map((b) => b.id)).toEqual([second.id, first.id]);
  });
});
