import { beforeAll, describe, expect, it } from 'vitest';
import type { Contact } from '../domain/contact';
import type { EventRecord } from '../domain/event';
import type { Meeting } from '../domain/meeting';
import type { Organization } from '../domain/organization';
import { SEEDED_TOPICS } from '../domain/topics';
import { SAMPLE_CONTACTS, SAMPLE_ORGANIZATIONS } from '../sample/sample-workspace';
import { SAMPLE_EVENTS } from '../sample/sample-events';
import { SAMPLE_MEETINGS } from '../sample/sample-meetings';
import { contactNameSpellings, contactSearchProvider } from './contact-search-provider';
import { eventNameSpellings, eventSearchProvider } from './event-search-provider';
import { meetingSearchProvider, topicLabelSpellings } from './meeting-search-provider';
import { organizationNameSpellings, organizationSearchProvider } from './organization-search-provider';
import { SearchIndex } from './search-index';
import type { RecordSearchContext } from './search-provider';

/**
 * The global search over the sample workspace (the seed stories), as the worker indexes it:
 * records keep their sample keys as ids, so hits read as the stories do.
 */

const meta = (id: string) => ({ id, createdAt: 0, updatedAt: 0, deletedAt: null });
const sortKey = { uk: '', ru: '', en: '' };

const organizations: Organization[] = SAMPLE_ORGANIZATIONS.map((o) => ({ ...o.input, ...meta(o.key), sortKey, parentId: o.parentKey }));
const contacts: Contact[] = SAMPLE_CONTACTS.map((c) => ({ ...c.input, ...meta(c.key), sortKey, organizationId: c.organizationKey }));
const events: EventRecord[] = SAMPLE_EVENTS.map((e) => ({ ...e.input, ...meta(e.key), sortKey, delegation: [...e.delegationKeys] }));
const meetings: Meeting[] = SAMPLE_MEETINGS.map((m) => ({
  ...m.input,
  ...meta(m.key),
  eventId: m.eventKey,
  ourParticipantIds: [...m.ourKeys],
  theirParticipantIds: [...m.theirKeys],
  organizationIds: [...m.organizationKeys],
}));

const byId = <T extends { id: string }>(records: readonly T[], spell: (record: T) => string[]) => new Map(records.map((r) => [r.id, spell(r)]));
const organizationNames = byId(organizations, organizationNameSpellings);
const personNames = byId(contacts, contactNameSpellings);
const eventNames = byId(events, eventNameSpellings);
const topicLabels = byId(SEEDED_TOPICS, topicLabelSpellings);
const context: RecordSearchContext = {
  organizationNames: (id) => organizationNames.get(id) ?? [],
  personNames: (id) => personNames.get(id) ?? [],
  eventNames: (id) => eventNames.get(id) ?? [],
  topicLabels: (id) => topicLabels.get(id) ?? [],
};

let index: SearchIndex;
const keys = (query: string, types?: ('meeting' | 'event' | 'contact' | 'organization')[]) =>
  index.search(query, { types }).map((hit) => `${hit.type}:${hit.id}`);

beforeAll(() => {
  index = new SearchIndex();
  index.addAll([
    ...organizations.map((o) => organizationSearchProvider.toDocument(o, context)),
    ...contacts.map((c) => contactSearchProvider.toDocument(c, context)),
    ...events.map((e) => eventSearchProvider.toDocument(e, context)),
    ...meetings.map((m) => meetingSearchProvider.toDocument(m, context)),
  ]);
});

describe('searching the sample meetings and events', () => {
  it('finds the meeting with Juliette Delbe by her name in any script, after the person herself', () => {
    for (const query of ['Делб', 'Дельб', 'Delbe', 'Жюльєт']) {
      const found = keys(query);
      expect(found, query).toContain('meeting:rebuild-delbe');
      expect(found.indexOf('contact:delbe'), query).toBeLessThan(found.indexOf('meeting:rebuild-delbe'));
    }
  });

  it('finds the cybersecurity talks by the topic in uk, ru and en, however the notes spell it', () => {
    for (const query of ['кібербезпека', 'кибербезопасность', 'cybersecurity', 'Cyber']) {
      expect(keys(query, ['meeting'])[0], query).toBe('meeting:rebuild-delbe');
    }
    expect(keys('зелена енергетика', ['meeting'])).toEqual(['meeting:rebuild-delbe']);
    expect(keys('twinning', ['meeting']).sort()).toEqual(['meeting:kalush-zaporizhzhia-memorandum', 'meeting:paris-associations-conference']);
  });

  it('finds meetings by the organizations met, the people on our side and the title in another language', () => {
    expect(keys('Business France', ['meeting'])).toEqual(['meeting:rebuild-hereliuk']);
    expect(keys('Терехов', ['meeting'])).toEqual(['meeting:kharkiv-lenaerts']);
    expect(keys('велосипедов', ['meeting'])[0]).toBe('meeting:kharkiv-lenaerts');
    expect(keys('bicycle', ['meeting'])).toEqual(['meeting:kharkiv-lenaerts']);
    expect(keys('Lysohor', ['meeting']).sort()).toEqual(['meeting:alliance-working-session', 'meeting:rebuild-delbe', 'meeting:rebuild-hereliuk']);
  });

  it('finds meetings by the words of their notes and outcomes', () => {
    expect(keys('меморандум', ['meeting'])).toEqual(['meeting:kalush-zaporizhzhia-memorandum']);
    expect(keys('пива', ['meeting'])).toEqual(['meeting:kharkiv-lenaerts']);
    expect(keys('Youth Council', ['meeting'])).toEqual(['meeting:paris-associations-conference']);
  });

  it('finds events by name, city in any script and country, and meetings by their event', () => {
    expect(keys('ReBuild', ['event'])).toEqual(['event:rebuild-ukraine']);
    for (const query of ['Варшава', 'Warsaw', 'Varshava', 'Польща', 'Poland']) expect(keys(query, ['event']), query).toEqual(['event:rebuild-ukraine']);
    expect(keys('ReBuild', ['meeting']).sort()).toEqual(['meeting:rebuild-delbe', 'meeting:rebuild-hereliuk']);
    expect(keys('Муніципальна інфраструктура', ['event'])).toEqual(['event:municipal-infrastructure-forum']);
  });

  it('keeps people and organizations first when they are what the query names', () => {
    // The e2e checks: "Харьков" shows the city council first; "Лисогор" the person.
    expect(keys('Харьков')[0]).toBe('organization:kharkiv-city-council');
    expect(keys('Лисогор')[0]).toBe('contact:lysohor');
  });
});
