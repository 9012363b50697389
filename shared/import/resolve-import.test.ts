import { describe, expect, it } from 'vitest';
import { emptyContactInput, type Contact, type ContactInput } from '../domain/contact';
import { emptyOrganizationInput, type Organization } from '../domain/organization';
import { AppError } from '../errors/app-error';
import type { ImportDecisions } from './import-plan';
import type { ContactCandidate, ImportedPhoto, MeetingCandidate, ParsedImport } from './import-source';
import { planImport } from './plan-import';
import { resolveImport } from './resolve-import';

const loc = (uk: string, ru = '', en = '') => ({ uk, ru, en });
const ORG_ID = '01HZX5W6Y7Z8A9B0C1D2E3F400';
const EVENT_ID = '01HZX5W6Y7Z8A9B0C1D2E3F401';
const photo: ImportedPhoto = { fileName: 'photo.jpg', mimeType: 'image/jpeg', bytes: new Uint8Array([1, 2, 3]) };

const luhansk: Organization = { ...emptyOrganizationInput(), name: loc('Луганська ОВА'), id: ORG_ID, createdAt: 1, updatedAt: 1, deletedAt: null, sortKey: loc('') };
const stored = (id: string, input: Partial<ContactInput>): Contact => ({ ...emptyContactInput(), ...input, id, createdAt: 1, updatedAt: 1, deletedAt: null, sortKey: loc('') });
const lysohor = stored('01HZX5W6Y7Z8A9B0C1D2E3F402', { givenName: loc('Артем', 'Артем', 'Artem'), familyName: loc('Лисогор', 'Лысогор', 'Lysohor'), organizationId: ORG_ID });
const delbe = stored('01HZX5W6Y7Z8A9B0C1D2E3F403', { nameOriginal: 'Juliette Delbe' });

const candidate = (row: number, contact: Partial<ContactInput>, organizationName = '', photos: ImportedPhoto[] = []): ContactCandidate => ({
  row,
  contact: { ...emptyContactInput(), ...contact },
  organizationName,
  photos,
});
const meeting = (row: number, extra: Partial<MeetingCandidate>): MeetingCandidate => ({
  row,
  title: 'B2B',
  date: '2026-06-11',
  startTime: '10:00',
  endTime: '',
  place: { venue: 'Hall A', room: '', table: '12', onlineUrl: '' },
  contactRow: null,
  organizationName: '',
  ...extra,
});
const file = (contacts: ContactCandidate[], meetings: MeetingCandidate[] = []): ParsedImport => ({ format: 'xlsx', fileName: 'agenda.xlsx', contacts, meetings, rejected: [] });

function ids() {
  let n = 0;
  return () => `01J00000000000000000000${String(++n).padStart(3, '0')}`;
}
const decide = (all: ImportDecisions['all'], byRow: ImportDecisions['byRow'] = {}, eventId: string | null = EVENT_ID): ImportDecisions => ({ all, byRow, eventId });

const plan = planImport(
  file(
    [
      candidate(1, { familyName: loc('Лисогор'), givenName: loc('Артем'), emails: ['a.lysohor@loga.gov.ua'], phones: ['+380 50 123 45 67'] }, 'Kyiv Investment Agency', [photo]),
      candidate(2, { nameOriginal: 'Juliette Delbe', position: loc('', '', 'Head of International Relations') }, 'Région Hauts-de-France'),
      candidate(3, { nameOriginal: 'Olena Petrenko' }, 'Луганська ОВА'),
      candidate(4, {}, 'Ukrainian Chamber of Commerce'),
    ],
    [meeting(1, { contactRow: 1 }), meeting(2, { contactRow: 2, organizationName: '' }), meeting(5, { title: 'Lunch' })],
  ),
  { contacts: [lysohor, delbe], organizations: [luhansk] },
);

describe('resolveImport', () => {
  it('merges duplicates into the existing contacts: their empty fields filled, their organization kept or found', () => {
    const write = resolveImport(plan, decide('merge'), ids());
    expect(write.merges.map((m) => m.existingId)).toEqual([lysohor.id, delbe.id]);
    const [artem, juliette] = write.merges;
    expect(artem!.merged.emails).toEqual(['a.lysohor@loga.gov.ua']);
    expect(artem!.merged.phones).toEqual(['+380 50 123 45 67']);
    expect(artem!.merged.familyName).toEqual(lysohor.familyName);
    expect(artem!.merged.organizationId).toBe(ORG_ID);
    expect(artem!.photos).toEqual([photo]);
    expect(juliette!.merged.position.en).toBe('Head of International Relations');
    // Juliette had no organization: she gets the file's, created.
    const hautsDeFrance = write.organizations.find((o) => o.name === 'Région Hauts-de-France');
    expect(juliette!.merged.organizationId).toBe(hautsDeFrance?.id);
    // Artem kept his: the file's "Kyiv Investment Agency" is not created for nobody.
    expect(write.organizations.map((o) => o.name)).toEqual(['Région Hauts-de-France', 'Ukrainian Chamber of Commerce']);
    expect(write.contacts.map((c) => [c.input.nameOriginal, c.input.organizationId])).toEqual([['Olena Petrenko', ORG_ID]]);
  });

  it('adds a duplicate kept as well, and leaves a skipped one alone, per row over the default', () => {
    const write = resolveImport(plan, decide('skip', { 1: 'keepBoth' }), ids());
    expect(write.merges).toEqual([]);
    expect(write.contacts.map((c) => c.input.familyName.uk || c.input.nameOriginal)).toEqual(['Olena Petrenko', 'Лисогор']);
    const artem = write.contacts[1]!;
    expect(write.organizations.find((o) => o.id === artem.input.organizationId)?.name).toBe('Kyiv Investment Agency');
    expect(artem.photos).toEqual([photo]);
    expect(write.organizations.map((o) => o.name)).not.toContain('Région Hauts-de-France');
  });

  it("puts meetings in the chosen event with their row's person, merged, new or the skipped duplicate's existing one", () => {
    const merged = resolveImport(plan, decide('merge'), ids());
    expect(merged.eventId).toBe(EVENT_ID);
    expect(merged.meetings.map((m) => [m.contactId, m.organizationId, m.candidate.endTime])).toEqual([
      [lysohor.id, ORG_ID, '10:30'],
      [delbe.id, merged.merges[1]!.merged.organizationId, '10:30'],
      [null, null, '10:30'],
    ]);
    const kept = resolveImport(plan, decide('skip', { 1: 'keepBoth' }), ids());
    expect(kept.meetings[0]!.contactId).toBe(kept.contacts[1]!.id);
    expect(kept.meetings[1]!.contactId).toBe(delbe.id);
    expect(kept.meetings[1]!.organizationId).toBeNull();
  });

  it('requires an event when the file has meetings, and not otherwise', () => {
    expect(() => resolveImport(plan, decide('merge', {}, null), ids())).toThrowError(AppError);
    try {
      resolveImport(plan, decide('merge', {}, null), ids());
    } catch (error) {
      expect((error as AppError).details).toEqual({ issues: [{ path: 'eventId', code: 'required' }] });
    }
    const withoutMeetings = planImport(file([candidate(1, { nameOriginal: 'Olena Petrenko' })]), { contacts: [], organizations: [] });
    expect(resolveImport(withoutMeetings, decide('merge', {}, null), ids()).eventId).toBeNull();
  });

  it('writes two rows of one existing person as one merge', () => {
    const twice = planImport(file([candidate(1, { nameOriginal: 'Juliette Delbe', emails: ['j@hdf.fr'] }), candidate(2, { nameOriginal: 'Delbe Juliette', phones: ['+33 3 74 27 00 00'] })]), {
      contacts: [delbe],
      organizations: [],
    });
    const write = resolveImport(twice, decide('merge'), ids());
    expect(write.merges).toHaveLength(1);
    expect(write.merges[0]!.merged.emails).toEqual(['j@hdf.fr']);
    expect(write.merges[0]!.merged.phones).toEqual(['+33 3 74 27 00 00']);
  });
});
