// @vitest-environment jsdom
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { emptyContactInput, toContactInput, type Contact, type ContactInput } from '#shared/domain/contact';
import { emptyEventInput } from '#shared/domain/event';
import { newRecordId } from '#shared/domain/ids';
import { emptyMeetingInput } from '#shared/domain/meeting';
import { emptyOrganizationInput } from '#shared/domain/organization';
import { AppError } from '#shared/errors/app-error';
import { mergeContactInput } from '#shared/import/contact-merge';
import type { MeetingCandidate } from '#shared/import/import-source';
import type { ResolvedImport } from '#shared/import/resolve-import';
import { TEST_START, testWorkspaces } from './test-workspaces';
import type { Workspace } from './workspace';

/**
 * Whatever an import brings, it is written whole or not at all, and its undo gives back the
 * contacts, organizations and meetings as they were (the merged contacts but for their updatedAt).
 */

const openWorkspace = testWorkspaces();
const loc = (uk: string, ru = '', en = '') => ({ uk, ru, en });

async function seeded(): Promise<{ workspace: Workspace; contacts: Contact[]; organizationIds: string[]; eventId: string }> {
  let at = TEST_START;
  const workspace = openWorkspace(() => (at += 1000));
  const org = await workspace.organizations.create({ ...emptyOrganizationInput(), name: loc('Харківська міська рада') });
  const contacts = [
    await workspace.contacts.create({ ...emptyContactInput(), givenName: loc('Артем'), familyName: loc('Лисогор'), organizationId: org.id }),
    await workspace.contacts.create({ ...emptyContactInput(), nameOriginal: 'Juliette Delbe', emails: ['j.delbe@hdf.fr'] }),
    await workspace.contacts.create({ ...emptyContactInput(), givenName: loc('Ігор'), familyName: loc('Терехов') }),
  ];
  const event = await workspace.events.create({ ...emptyEventInput(), name: loc('Форум'), startDate: '2026-06-10', endDate: '2026-06-12', timeZone: 'Europe/Kyiv' });
  await workspace.meetings.create({ ...emptyMeetingInput(), title: loc('Зустріч'), eventId: event.id, date: '2026-06-10', startTime: '09:00', endTime: '10:00', theirParticipantIds: [contacts[1]!.id] });
  return { workspace, contacts, organizationIds: [org.id], eventId: event.id };
}

async function dump({ db }: Workspace) {
  const [contacts, organizations, meetings, attachments, attachmentBytes] = await Promise.all([
    db.contacts.toArray(),
    db.organizations.toArray(),
    db.meetings.toArray(),
    db.attachments.toArray(),
    db.attachmentBytes.toArray(),
  ]);
  return { contacts, organizations, meetings, attachments, attachmentBytes };
}

const NAMES = ['Олена Петренко', 'Artem Lysohor', 'Marie Curie', 'Іван Франко', 'Лариса Косач'];
const EMAILS = ['', 'a@x.ua', 'b@y.fr'];

const incomingArb = fc.record({
  name: fc.constantFrom(...NAMES),
  email: fc.constantFrom(...EMAILS),
  position: fc.constantFrom('', 'Head', 'Голова'),
  photos: fc.nat({ max: 2 }),
  organization: fc.nat({ max: 3 }),
});
type Incoming = typeof incomingArb extends fc.Arbitrary<infer T> ? T : never;

const writeArb = fc.record({
  organizations: fc.array(fc.constantFrom('Région Hauts-de-France', 'Kyiv Investment Agency', 'Mairie de Lille'), { maxLength: 3 }),
  contacts: fc.array(incomingArb, { maxLength: 6 }),
  merges: fc.subarray([0, 1, 2]).chain((targets) => fc.tuple(fc.constant(targets), fc.array(incomingArb, { minLength: targets.length, maxLength: targets.length }))),
  meetings: fc.array(fc.record({ hour: fc.integer({ min: 8, max: 18 }), person: fc.nat({ max: 8 }) }), { maxLength: 4 }),
  broken: fc.option(fc.record({ kind: fc.constantFrom('invalidContact', 'invalidMerge', 'invalidMeeting', 'takenId'), at: fc.nat() }), { freq: 2 }),
});
type WriteSpec = typeof writeArb extends fc.Arbitrary<infer T> ? T : never;

function inputOf(incoming: Incoming, organizationId: string | null): ContactInput {
  return { ...emptyContactInput(), nameOriginal: incoming.name, emails: incoming.email ? [incoming.email] : [], position: loc(incoming.position), organizationId };
}

const photo = (n: number) => ({ fileName: `photo-${n}.jpg`, mimeType: 'image/jpeg', bytes: new Uint8Array([n, n + 1]) });
const photos = (count: number) => Array.from({ length: count }, (_, i) => photo(i));

/** The ImportWrite a spec describes, pointing at the seeded records; `broken` spoils one record. */
function buildWrite(spec: WriteSpec, seed: Awaited<ReturnType<typeof seeded>>): ResolvedImport {
  const organizations = spec.organizations.map((name) => ({ id: newRecordId(), name }));
  const organizationIds = [...seed.organizationIds, ...organizations.map((o) => o.id)];
  const pickOrganization = (n: number) => (n === 0 ? null : organizationIds[n % organizationIds.length]!);
  const contacts = spec.contacts.map((incoming) => ({ id: newRecordId(), input: inputOf(incoming, pickOrganization(incoming.organization)), photos: photos(incoming.photos) }));
  const [targets, incomings] = spec.merges;
  const merges = targets.map((target, i) => {
    const existing = seed.contacts[target]!;
    return { existingId: existing.id, merged: mergeContactInput(toContactInput(existing), inputOf(incomings[i]!, pickOrganization(incomings[i]!.organization))), photos: photos(incomings[i]!.photos) };
  });
  const people = [...seed.contacts.map((c) => c.id), ...contacts.map((c) => c.id)];
  const meetings = spec.meetings.map(({ hour, person }) => {
    const candidate: MeetingCandidate = { row: 1, title: 'B2B', date: '2026-06-11', startTime: `${String(hour).padStart(2, '0')}:00`, endTime: '', place: { venue: '', room: '', table: '', onlineUrl: '' }, contactRow: null, organizationName: '' };
    return { id: newRecordId(), candidate, contactId: people[person % people.length]!, organizationId: null };
  });
  const write: ResolvedImport = { organizations, contacts, merges, meetings, eventId: seed.eventId };

  const { broken } = spec;
  if (broken?.kind === 'invalidContact' && contacts.length > 0) contacts[broken.at % contacts.length]!.input.emails = ['not an email'];
  if (broken?.kind === 'invalidMerge' && merges.length > 0) merges[broken.at % merges.length]!.merged.nameOriginal = 'x'.repeat(500);
  if (broken?.kind === 'invalidMeeting' && meetings.length > 0) meetings[broken.at % meetings.length]!.candidate.date = '2026-02-30';
  // Fails only inside the transaction, after earlier writes of it succeeded.
  if (broken?.kind === 'takenId' && contacts.length > 0) contacts[broken.at % contacts.length]!.id = seed.contacts[0]!.id;
  return write;
}

const spoils = (spec: WriteSpec) =>
  spec.broken !== null &&
  ((spec.broken.kind === 'invalidMerge' && spec.merges[0].length > 0) ||
    (spec.broken.kind === 'invalidMeeting' && spec.meetings.length > 0) ||
    ((spec.broken.kind === 'invalidContact' || spec.broken.kind === 'takenId') && spec.contacts.length > 0));

const photosOf = (spec: WriteSpec) => spec.contacts.reduce((n, c) => n + c.photos, 0) + spec.merges[1].reduce((n, c) => n + c.photos, 0);
const withoutUpdatedAt = <T extends { updatedAt: number }>(records: readonly T[]) => records.map((record) => ({ ...record, updatedAt: 0 }));

describe('import repository, for any import', () => {
  it('writes all of it or nothing, and its undo restores contacts, organizations and meetings', async () => {
    const seed = await seeded();
    const { workspace } = seed;
    await fc.assert(
      fc.asyncProperty(writeArb, async (spec) => {
        const before = await dump(workspace);
        const write = buildWrite(spec, seed);
        let batch;
        try {
          batch = await workspace.imports.apply(write, { fileName: 'random.vcf', format: 'vcard' });
        } catch (error) {
          expect(error).toBeInstanceOf(AppError);
          expect(spoils(spec)).toBe(true);
          expect(await dump(workspace)).toEqual(before);
          return;
        }
        expect(spoils(spec)).toBe(false);
        const after = await dump(workspace);
        expect(after.contacts.length).toBe(before.contacts.length + spec.contacts.length);
        expect(after.organizations.length).toBe(before.organizations.length + spec.organizations.length);
        expect(after.meetings.length).toBe(before.meetings.length + spec.meetings.length);
        expect(after.attachments.length).toBe(before.attachments.length + photosOf(spec));
        for (const merge of write.merges) {
          const stored = after.contacts.find((c) => c.id === merge.existingId)!;
          expect(toContactInput(stored)).toEqual(merge.merged);
        }

        await workspace.imports.undo(batch.id);
        const undone = await dump(workspace);
        expect(withoutUpdatedAt(undone.contacts)).toEqual(withoutUpdatedAt(before.contacts));
        expect(undone.organizations).toEqual(before.organizations);
        expect(undone.meetings).toEqual(before.meetings);
        expect(undone.attachments).toEqual(before.attachments);
        expect(undone.attachmentBytes).toEqual(before.attachmentBytes);
      }),
      { numRuns: 40 },
    );
  }, 60_000);
});
