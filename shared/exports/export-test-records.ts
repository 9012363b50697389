import type { Contact } from '../domain/contact';
import type { EventRecord } from '../domain/event';
import type { FollowUp } from '../domain/follow-up';
import type { Meeting } from '../domain/meeting';
import type { Organization } from '../domain/organization';
import { SEEDED_TOPICS, type Topic } from '../domain/topics';
import { SAMPLE_EVENTS } from '../sample/sample-events';
import { SAMPLE_FOLLOW_UPS } from '../sample/sample-follow-ups';
import { SAMPLE_MEETINGS } from '../sample/sample-meetings';
import { SAMPLE_CONTACTS, SAMPLE_ORGANIZATIONS } from '../sample/sample-workspace';

/**
 * The sample workspace (shared/sample/) as stored records, for the export tests: every record
 * gets a fixed ULID in list order, so file names and UIDs are the same on every run.
 */

const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
/** 2024-01-01T00:00:00Z: when the tests pretend the sample was loaded. */
export const LOADED_AT = Date.UTC(2024, 0, 1);

let counter = 0;

function testId(): string {
  let time = '';
  for (let t = LOADED_AT, i = 0; i < 10; i++, t = Math.floor(t / 32)) time = CROCKFORD[t % 32] + time;
  let random = '';
  for (let n = ++counter, i = 0; i < 16; i++, n = Math.floor(n / 32)) random = CROCKFORD[n % 32] + random;
  return time + random;
}

const meta = () => ({ id: testId(), createdAt: LOADED_AT, updatedAt: LOADED_AT, deletedAt: null as number | null });
const noSortKey = { sortKey: { uk: '', ru: '', en: '' } };

function keyed<T extends { id: string }>(entries: readonly (readonly [string, T])[]): Map<string, T> {
  return new Map(entries);
}

const orgByKey = new Map<string, Organization>();
for (const sample of SAMPLE_ORGANIZATIONS) {
  const parentId = sample.parentKey ? orgByKey.get(sample.parentKey)!.id : null;
  orgByKey.set(sample.key, { ...sample.input, parentId, ...meta(), ...noSortKey });
}

const contactByKey = keyed<Contact>(
  SAMPLE_CONTACTS.map((sample) => {
    const organizationId = sample.organizationKey ? orgByKey.get(sample.organizationKey)!.id : null;
    return [sample.key, { ...sample.input, organizationId, ...meta(), ...noSortKey } satisfies Contact] as const;
  }),
);

const ids = (map: Map<string, { id: string }>, keys: readonly string[]) => keys.map((key) => map.get(key)!.id);

const eventByKey = keyed<EventRecord>(
  SAMPLE_EVENTS.map((sample) => [sample.key, { ...sample.input, delegation: ids(contactByKey, sample.delegationKeys), ...meta(), ...noSortKey } satisfies EventRecord] as const),
);

const meetingByKey = keyed<Meeting>(
  SAMPLE_MEETINGS.map((sample) => {
    const meeting: Meeting = {
      ...sample.input,
      eventId: sample.eventKey ? eventByKey.get(sample.eventKey)!.id : null,
      ourParticipantIds: ids(contactByKey, sample.ourKeys),
      theirParticipantIds: ids(contactByKey, sample.theirKeys),
      organizationIds: ids(orgByKey, sample.organizationKeys),
      ...meta(),
    };
    return [sample.key, meeting] as const;
  }),
);

const followUps: FollowUp[] = SAMPLE_FOLLOW_UPS.map((sample) => ({
  ...sample.input,
  meetingId: meetingByKey.get(sample.meetingKey)!.id,
  ownerId: contactByKey.get(sample.ownerKey)!.id,
  contactId: sample.contactKey ? contactByKey.get(sample.contactKey)!.id : null,
  ...meta(),
}));

function byKey<T>(map: Map<string, T>, key: string): T {
  const record = map.get(key);
  if (!record) throw new Error(`no sample record "${key}"`);
  return record;
}

export const SAMPLE = {
  organization: (key: string) => byKey(orgByKey, key),
  contact: (key: string) => byKey(contactByKey, key),
  event: (key: string) => byKey(eventByKey, key),
  meeting: (key: string) => byKey(meetingByKey, key),
  organizations: new Map([...orgByKey.values()].map((o) => [o.id, o])),
  contacts: new Map([...contactByKey.values()].map((c) => [c.id, c])),
  events: [...eventByKey.values()],
  meetings: [...meetingByKey.values()],
  followUps,
  topics: SEEDED_TOPICS as readonly Topic[],
};
