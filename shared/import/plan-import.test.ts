import { describe, expect, it } from 'vitest';
import { emptyContactInput, type Contact, type ContactInput } from '../domain/contact';
import { emptyOrganizationInput, type Organization, type OrganizationInput } from '../domain/organization';
import { SAMPLE_CONTACTS, SAMPLE_ORGANIZATIONS } from '../sample/sample-workspace';
import type { ContactCandidate, MeetingCandidate, ParsedImport } from './import-source';
import { planImport } from './plan-import';

const loc = (uk: string, ru = '', en = '') => ({ uk, ru, en });
let ids = 0;
const nextId = () => `01HZX5W6Y7Z8A9B0C1D2E3${String(++ids).padStart(4, '0')}`;
const meta = (updatedAt = 1) => ({ id: nextId(), createdAt: 1, updatedAt, deletedAt: null });

function storedContact(input: Partial<ContactInput>, updatedAt = 1): Contact {
  return { ...emptyContactInput(), ...input, ...meta(updatedAt), sortKey: loc('') };
}
function storedOrganization(input: Partial<OrganizationInput>, updatedAt = 1): Organization {
  return { ...emptyOrganizationInput(), ...input, ...meta(updatedAt), sortKey: loc('') };
}
function candidate(row: number, contact: Partial<ContactInput>, organizationName = ''): ContactCandidate {
  return { row, contact: { ...emptyContactInput(), ...contact }, organizationName, photos: [] };
}
function parsed(contacts: ContactCandidate[], meetings: MeetingCandidate[] = []): ParsedImport {
  return { format: 'vcard', fileName: 'contacts.vcf', contacts, meetings, rejected: [] };
}
function meeting(row: number, extra: Partial<MeetingCandidate>): MeetingCandidate {
  return { row, title: 'B2B', date: '2026-06-11', startTime: '10:00', endTime: '', place: { venue: '', room: '', table: '', onlineUrl: '' }, contactRow: null, organizationName: '', ...extra };
}

const sampleOf = (key: string) => SAMPLE_CONTACTS.find((c) => c.key === key)!.input;
const lysohor = storedContact({ ...sampleOf('lysohor') });
const delbe = storedContact({ ...sampleOf('delbe'), emails: ['juliette.delbe@hautsdefrance.fr'] });
const luhansk = storedOrganization(SAMPLE_ORGANIZATIONS.find((o) => o.key === 'luhansk-rma')!.input);
const existing = { contacts: [lysohor, delbe], organizations: [luhansk] };

describe('planImport', () => {
  it('proposes "Лисогор Артем" as a duplicate of the sample\'s Artem Lysohor, by name across scripts', () => {
    const plan = planImport(parsed([candidate(1, { familyName: loc('Лисогор'), givenName: loc('Артем'), emails: ['a.lysohor@loga.gov.ua'] })]), existing);
    expect(plan.newContacts).toEqual([]);
    expect(plan.duplicates).toHaveLength(1);
    expect(plan.duplicates[0]!.existing.id).toBe(lysohor.id);
    expect(plan.duplicates[0]!.reasons).toEqual(['name']);
  });

  it('finds duplicates by email and phone, picks the one with the most reasons, and leaves strangers new', () => {
    const withPhone = storedContact({ givenName: loc('Ігор'), familyName: loc('Терехов'), phones: ['+380 57 700 00 00'] });
    const namesake = storedContact({ givenName: loc('Ігор'), familyName: loc('Терехов') }, 5);
    const plan = planImport(
      parsed([
        candidate(1, { nameOriginal: 'J. Delbe', emails: [' Juliette.Delbe@HautsDeFrance.fr'] }),
        candidate(2, { nameOriginal: 'Igor Terekhov', phones: ['057 700 00 00'] }),
        candidate(3, { nameOriginal: 'Olena Petrenko' }),
      ]),
      { contacts: [...existing.contacts, namesake, withPhone], organizations: [] },
    );
    expect(plan.duplicates.map((d) => [d.candidate.row, d.existing.id, d.reasons])).toEqual([
      [1, delbe.id, ['email']],
      [2, withPhone.id, ['name', 'phone']],
    ]);
    expect(plan.newContacts.map((c) => c.candidate.row)).toEqual([3]);
  });

  it('prefers the most recently updated among equally good matches, and ignores the Trash', () => {
    const older = storedContact({ nameOriginal: 'Olena Petrenko' }, 1);
    const newer = storedContact({ nameOriginal: 'Petrenko Olena' }, 9);
    const trashed = { ...storedContact({ nameOriginal: 'Olena Petrenko' }, 20), deletedAt: 20 };
    const plan = planImport(parsed([candidate(1, { nameOriginal: 'Олена Петренко' })]), { contacts: [older, trashed, newer], organizations: [] });
    expect(plan.duplicates[0]!.existing.id).toBe(newer.id);
  });

  it('keeps a person with an invalid email or phone, moving the values into the notes', () => {
    const plan = planImport(parsed([candidate(1, { nameOriginal: 'Olena Petrenko', emails: ['x@', 'olena@example.org'], phones: ['ext. 12', '+380 44 123 45 67'], languages: ['Ukrainian', 'uk'], country: 'Ukraine', notes: 'From the forum.' })]), existing);
    const { input } = plan.newContacts[0]!;
    expect(input.emails).toEqual(['olena@example.org']);
    expect(input.phones).toEqual(['+380 44 123 45 67']);
    expect(input.languages).toEqual(['uk']);
    expect(input.country).toBe('');
    expect(input.notes).toBe('From the forum.\n\n[import] not valid: Ukraine, x@, ext. 12, Ukrainian');
    expect(plan.rejected).toEqual([]);
  });

  it('refuses a person without a name, and one whose name is too long, saying where', () => {
    const plan = planImport(
      parsed([candidate(4, { emails: ['nobody@example.org'] }), candidate(5, { nameOriginal: 'Я'.repeat(300) }), candidate(6, { familyName: loc('Петренко'), givenName: loc('Олена') })]),
      existing,
    );
    expect(plan.rejected).toEqual([
      { row: 4, reason: 'noName', excerpt: 'nobody@example.org' },
      { row: 5, reason: 'invalid', field: 'nameOriginal', detail: 'tooLong', excerpt: 'Я'.repeat(80) },
    ]);
    expect(plan.newContacts.map((c) => c.candidate.row)).toEqual([6]);
  });

  it('keeps the parser\'s rejections, in row order with its own', () => {
    const input = parsed([candidate(3, {})]);
    input.rejected.push({ row: 1, reason: 'malformedCard', excerpt: 'BEGIN:VCARD' });
    expect(planImport(input, existing).rejected.map((r) => [r.row, r.reason])).toEqual([
      [1, 'malformedCard'],
      [3, 'noName'],
    ]);
  });

  it('folds the same person twice in one file into one contact, and a second row of a duplicate into its proposal', () => {
    const plan = planImport(
      parsed([
        candidate(1, { nameOriginal: 'Olena Petrenko', emails: ['olena@example.org'] }, 'Kyiv City Council'),
        candidate(2, { givenName: loc('Олена'), familyName: loc('Петренко'), phones: ['+380 44 123 45 67'] }),
        candidate(3, { nameOriginal: 'Artem Lysohor', emails: ['artem@loga.gov.ua'] }),
        candidate(4, { emails: ['ARTEM@loga.gov.ua'], nameOriginal: 'A. Lysohor', phones: ['0501112233'] }),
      ]),
      existing,
    );
    expect(plan.newContacts).toHaveLength(1);
    expect(plan.newContacts[0]!.input.phones).toEqual(['+380 44 123 45 67']);
    expect(plan.newContacts[0]!.input.givenName.uk).toBe('Олена');
    expect(plan.duplicates).toHaveLength(1);
    expect(plan.duplicates[0]!.input.phones).toEqual(['0501112233']);
    expect(plan.mergedWithinFile).toEqual([
      { row: 2, intoRow: 1 },
      { row: 4, intoRow: 3 },
    ]);
  });

  it('finds organizations by name in any script and lists new ones once', () => {
    const plan = planImport(
      parsed([
        candidate(1, { nameOriginal: 'Olena Petrenko' }, 'Луганская областная военная администрация'),
        candidate(2, { nameOriginal: 'Ivan Franko' }, 'Луганська ОВА'),
        candidate(3, { nameOriginal: 'Pierre Dupont' }, 'Région Hauts-de-France'),
        candidate(4, { nameOriginal: 'Marie Curie' }, ' région  hauts-de-france'),
        candidate(5, {}, 'Ukrainian Chamber of Commerce'),
      ]),
      existing,
    );
    expect(plan.existingOrganizations.get('Луганская областная военная администрация')?.id).toBe(luhansk.id);
    expect(plan.existingOrganizations.get('Луганська ОВА')?.id).toBe(luhansk.id);
    expect(plan.newOrganizationNames).toEqual(['Ukrainian Chamber of Commerce', 'Région Hauts-de-France']);
    expect(plan.rejected).toEqual([]);
  });

  it('checks meeting rows, ends them after half an hour, names them after the organization or person, and follows folded rows', () => {
    const plan = planImport(
      parsed(
        [candidate(1, { nameOriginal: 'Olena Petrenko' }), candidate(2, { givenName: loc('Олена'), familyName: loc('Петренко') })],
        [
          meeting(2, { title: '', contactRow: 2 }),
          meeting(3, { title: '', organizationName: 'Région Hauts-de-France', startTime: '23:45' }),
          meeting(4, { date: '2026-02-30' }),
          meeting(5, { startTime: '11:00', endTime: '10:00' }),
          meeting(6, { place: { venue: '', room: '', table: '', onlineUrl: 'not a url' } }),
        ],
      ),
      existing,
    );
    expect(plan.meetings.map((m) => [m.row, m.title, m.endTime, m.contactRow])).toEqual([
      [2, 'Олена Петренко', '10:30', 1],
      [3, 'Région Hauts-de-France', '23:59', null],
    ]);
    expect(plan.rejected.map((r) => [r.row, r.reason, r.field ?? ''])).toEqual([
      [4, 'badDateTime', ''],
      [5, 'badDateTime', ''],
      [6, 'invalid', 'place.onlineUrl'],
    ]);
  });

  it('scales with the number of records, not their product', () => {
    const stored = Array.from({ length: 10_000 }, (_, i) => storedContact({ nameOriginal: `Person${i} Family${i}`, emails: [`p${i}@example.org`], phones: [`+38050${String(i).padStart(7, '0')}`] }));
    const incoming = Array.from({ length: 2_500 }, (_, i) => candidate(i + 1, { nameOriginal: `Guest${i} Visitor${i}`, emails: [`P${i * 3}@example.org`] }));
    const started = performance.now();
    const plan = planImport(parsed(incoming), { contacts: stored, organizations: [] });
    const elapsed = performance.now() - started;
    expect(plan.duplicates).toHaveLength(2_500);
    // A comparison of every pair would be 25 million name comparisons; the indexes make it a few look-ups per row.
    expect(elapsed).toBeLessThan(10_000);
  }, 30_000);
});
