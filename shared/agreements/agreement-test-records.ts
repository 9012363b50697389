import type { AgreementContent, Clause } from '../domain/agreement';
import type { Contact } from '../domain/contact';
import { newRecordId } from '../domain/ids';
import type { Organization } from '../domain/organization';
import { SAMPLE_CONTACTS, SAMPLE_ORGANIZATIONS } from '../sample/sample-workspace';

/**
 * Records for the agreement tests: the Kalush–Zaporizhzhia memorandum of the sample workspace
 * (seed story 004): Kalush city council with its mayor Andrii Naida, Zaporizhzhia city council
 * with its secretary Anatolii Kurtiev.
 */

const meta = (id: string) => ({ id, createdAt: 0, updatedAt: 0, deletedAt: null, sortKey: { uk: '', ru: '', en: '' } });

function sampleOrganization(key: string): Organization {
  const sample = SAMPLE_ORGANIZATIONS.find((o) => o.key === key)!;
  return { ...sample.input, parentId: null, ...meta(newRecordId()) };
}

function sampleContact(key: string, organizationId: string): Contact {
  const sample = SAMPLE_CONTACTS.find((c) => c.key === key)!;
  return { ...sample.input, organizationId, ...meta(newRecordId()) };
}

export const KALUSH = sampleOrganization('kalush-city-council');
export const ZAPORIZHZHIA = sampleOrganization('zaporizhzhia-city-council');
export const NAIDA = sampleContact('naida', KALUSH.id);
export const KURTIEV = sampleContact('kurtiev', ZAPORIZHZHIA.id);

export const RECORDS = {
  organizations: new Map([KALUSH, ZAPORIZHZHIA].map((o) => [o.id, o])),
  contacts: new Map([NAIDA, KURTIEV].map((c) => [c.id, c])),
};

/** A clause with the given texts; every language 'current' unless `status` says otherwise. */
export function testClause(
  kind: Clause['kind'],
  text: Record<string, string>,
  fields: Partial<Omit<Clause, 'kind' | 'text'>> = {},
): Clause {
  const status = Object.fromEntries(Object.keys(text).map((lang) => [lang, 'current' as const]));
  return { id: newRecordId(), kind, heading: {}, text, status, libraryId: null, comments: [], ...fields };
}

/** The memorandum as signed in Kalush on 12 April 2023 (the date is the tests' own). */
export function kalushMemorandum(languages: string[] = ['uk', 'en'], clauses: Clause[] = []): AgreementContent {
  return {
    kind: 'memorandumOfCooperation',
    title: { uk: 'Меморандум про співпрацю', en: 'Memorandum of Cooperation' },
    languages,
    parties: [
      {
        id: newRecordId(),
        organizationId: KALUSH.id,
        name: {},
        signatories: [{ id: newRecordId(), contactId: NAIDA.id, name: {}, position: {} }],
      },
      {
        id: newRecordId(),
        organizationId: ZAPORIZHZHIA.id,
        name: {},
        signatories: [{ id: newRecordId(), contactId: KURTIEV.id, name: {}, position: {} }],
      },
    ],
    signingPlace: { uk: 'Калуш', en: 'Kalush' },
    signingDate: '2023-04-12',
    clauses,
  };
}
