import { describe, expect, it } from 'vitest';
import { newRecordId } from '#shared/domain/ids';
import { emptyContactInput } from '#shared/domain/contact';
import { emptyMeetingInput } from '#shared/domain/meeting';
import { emptyOrganizationInput } from '#shared/domain/organization';
import type { AgreementInput } from '#shared/domain/agreement';
import { TEST_START, testWorkspaces } from './test-workspaces';

let clock = TEST_START;
const openWorkspace = testWorkspaces();

function memorandum(kalushId: string, naidaId: string, meetingId: string): AgreementInput {
  return {
    kind: 'memorandumOfCooperation',
    title: { uk: 'Меморандум про співпрацю', en: 'Memorandum of Cooperation' },
    languages: ['uk', 'en'],
    parties: [
      {
        id: newRecordId(),
        organizationId: kalushId,
        name: { en: 'Kalush City Council' },
        signatories: [{ id: newRecordId(), contactId: naidaId, name: {}, position: { en: 'Mayor of Kalush' } }],
      },
    ],
    signingPlace: { uk: 'Калуш', en: 'Kalush' },
    signingDate: '2023-04-12',
    status: 'draft',
    statusHistory: [{ status: 'draft', at: TEST_START }],
    meetingIds: [meetingId],
    notes: '',
    clauses: [],
    templateId: null,
  };
}

describe('trash repository: agreements', () => {
  it('lists, restores and purges agreements; a purged one takes its versions with it', async () => {
    clock = TEST_START;
    const { agreements, agreementVersions, trash, db } = openWorkspace(() => clock);
    const input = { ...memorandum('', '', ''), parties: [], meetingIds: [] };
    const kept = await agreements.create(input);
    const purged = await agreements.create(input);
    await agreementVersions.save(purged.id, 'manual', 'Перша редакція');
    await agreementVersions.save(kept.id, 'manual', 'Перша редакція');

    clock += 1_000;
    await agreements.moveToTrash([kept.id, purged.id]);
    expect((await trash.list()).agreements.map((a) => a.id).sort()).toEqual([kept.id, purged.id].sort());

    await trash.purge({ agreementIds: [purged.id] });
    await trash.restore({ agreementIds: [kept.id] });
    expect(await db.agreements.get(purged.id)).toBeUndefined();
    expect(await db.agreementVersions.where('agreementId').equals(purged.id).count()).toBe(0);
    expect((await agreements.get(kept.id))?.deletedAt).toBeNull();
    expect(await db.agreementVersions.where('agreementId').equals(kept.id).count()).toBe(1);
  });

  it('keeps the names of a purged party, signatory and meeting in the agreement', async () => {
    clock = TEST_START;
    const { agreements, organizations, contacts, meetings, trash } = openWorkspace(() => clock);
    const kalush = await organizations.create({ ...emptyOrganizationInput(), kind: 'cityCouncil', name: { uk: 'Калуська міська рада', ru: 'Калушский городской совет', en: 'Kalush City Council Office' } });
    const naida = await contacts.create({
      ...emptyContactInput(),
      givenName: { uk: 'Андрій', ru: 'Андрей', en: 'Andrii' },
      familyName: { uk: 'Найда', ru: 'Найда', en: 'Naida' },
      position: { uk: 'Калуський міський голова', ru: 'Калушский городской голова', en: 'Mayor' },
      organizationId: kalush.id,
    });
    const signing = await meetings.create({ ...emptyMeetingInput(), title: { uk: 'Підписання меморандуму', ru: '', en: '' }, date: '2023-04-12', startTime: '10:00', endTime: '11:00', timeZone: 'Europe/Kyiv' });
    const agreement = await agreements.create(memorandum(kalush.id, naida.id, signing.id));

    clock += 1_000;
    await organizations.moveToTrash([kalush.id]);
    await contacts.moveToTrash([naida.id]);
    await meetings.moveToTrash([signing.id]);
    clock += 1_000;
    await trash.purge({ organizationIds: [kalush.id], contactIds: [naida.id], meetingIds: [signing.id] });

    const after = (await agreements.get(agreement.id))!;
    const [party] = after.parties;
    // The agreement's own English spelling stays; the other languages come from the record.
    expect(party).toMatchObject({ organizationId: null, name: { uk: 'Калуська міська рада', ru: 'Калушский городской совет', en: 'Kalush City Council' } });
    expect(party!.signatories[0]).toMatchObject({
      contactId: null,
      name: { uk: 'Андрій Найда', ru: 'Андрей Найда', en: 'Andrii Naida' },
      position: { uk: 'Калуський міський голова', ru: 'Калушский городской голова', en: 'Mayor of Kalush' },
    });
    expect(after.meetingIds).toEqual([]);
    expect(after.organizationIds).toEqual([]);
    expect(after.updatedAt).toBe(clock);
    // Still a valid agreement: it can be edited and saved again.
    await expect(agreements.update(agreement.id, { ...memorandum('', '', ''), parties: after.parties, meetingIds: [] })).resolves.toBeDefined();
  });

  it('holds the user’s own library clauses: restored or deleted for good like any record', async () => {
    clock = TEST_START;
    const { clauseLibrary, trash, db } = openWorkspace(() => clock);
    const clause = { category: 'areas', kind: 'subclause', heading: { uk: 'Туризм', ru: 'Туризм', en: 'Tourism' }, text: { uk: 'Розвиток туризму.', ru: 'Развитие туризма.', en: 'Tourism development.' } };
    const tourism = await clauseLibrary.create(clause);
    const youth = await clauseLibrary.create({ ...clause, heading: { uk: 'Молодь', ru: 'Молодёжь', en: 'Youth' } });
    clock += 1_000;
    await clauseLibrary.moveToTrash([tourism.id, youth.id]);
    expect((await trash.list()).clauseLibrary.map((c) => c.id).sort()).toEqual([tourism.id, youth.id].sort());
    expect((await clauseLibrary.list()).some((c) => c.id === tourism.id)).toBe(false);

    await trash.restore({ clauseIds: [tourism.id] });
    await trash.purge({ clauseIds: [youth.id] });
    expect((await clauseLibrary.list()).some((c) => c.id === tourism.id)).toBe(true);
    expect(await db.clauseLibrary.get(youth.id)).toBeUndefined();
  });
});
