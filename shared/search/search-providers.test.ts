import { describe, expect, it } from 'vitest';
import { contactSearchProvider } from './contact-search-provider';
import { organizationNameSpellings, organizationSearchProvider } from './organization-search-provider';
import { NO_CONTEXT, type RecordSearchContext, type SearchContext } from './search-provider';
import { meetingSearchProvider } from './meeting-search-provider';
import { countryNameSpellings, eventSearchProvider } from './event-search-provider';
import { emptyMeetingInput, type Meeting } from '../domain/meeting';
import { emptyEventInput, type EventRecord } from '../domain/event';
import { testContact, testOrganization, text } from './search-test-records';

describe('contactSearchProvider', () => {
  it('puts every spelling of the name in names, with the Cyrillic ones romanized', () => {
    const contact = testContact('c1', {
      givenName: text('Артем', 'Артём'),
      familyName: text('Лисогор', 'Лысогор'),
      nameOriginal: 'Артем Лисогор',
    });
    const { names } = contactSearchProvider.toDocument(contact, NO_CONTEXT).fields;
    expect(names).toEqual(expect.arrayContaining(['Артем', 'Лисогор', 'Артём', 'Лысогор', 'Artem Lysohor', 'Artem Lysogor']));
  });

  it('fills positions, places, notes and the organization names from the context', () => {
    const context: SearchContext = { organizationNames: (id) => (id === 'org-1' ? ['Харківська міська рада'] : []) };
    const contact = testContact('c2', {
      familyName: text('Терехов'),
      position: text('Секретар', 'Секретарь', 'Secretary'),
      organizationId: 'org-1',
      city: text('Харків', 'Харьков', 'Kharkiv'),
      notes: 'IT',
      tags: ['velo'],
    });
    const document = contactSearchProvider.toDocument(contact, context);
    expect(document).toMatchObject({ type: 'contact', id: 'c2' });
    expect(document.fields).toMatchObject({
      positions: ['Секретар', 'Секретарь', 'Secretary'],
      organization: ['Харківська міська рада'],
      places: ['Харків', 'Харьков', 'Kharkiv'],
      notes: ['IT', 'velo'],
    });
  });
});

describe('organizationSearchProvider', () => {
  const council = testOrganization('org-1', { name: text('Харківська міська рада', 'Харьковский городской совет'), shortName: 'ХМР' });

  it('names an organization in every spelling, short name and romanizations included', () => {
    expect(organizationNameSpellings(council)).toEqual([
      'Харківська міська рада',
      'Харьковский городской совет',
      'ХМР',
      'Kharkivska miska rada',
      'Kharkovskii gorodskoi sovet',
    ]);
  });

  it('carries the parent organization names', () => {
    const child = testOrganization('org-2', { name: text('Департамент освіти'), parentId: 'org-1' });
    const context: SearchContext = { organizationNames: () => organizationNameSpellings(council) };
    expect(organizationSearchProvider.toDocument(child, context).fields.organization).toContain('ХМР');
  });
});

describe('meetingSearchProvider', () => {
  const context: RecordSearchContext = {
    ...NO_CONTEXT,
    personNames: (id) => ({ c1: ['Жюльєт', 'Дельб', 'Juliette Delbe'], c2: ['Артем', 'Лисогор'] })[id] ?? [],
    organizationNames: (id) => (id === 'o1' ? ['Регіон О-де-Франс', 'Région Hauts-de-France'] : []),
    eventNames: (id) => (id === 'e1' ? ['ReBuild Ukraine'] : []),
    topicLabels: (id) => (id === 'cybersecurity' ? ['Кібербезпека', 'Кибербезопасность', 'Cybersecurity'] : []),
  };
  const meeting: Meeting = {
    ...emptyMeetingInput(),
    id: 'm1',
    createdAt: 0,
    updatedAt: 0,
    deletedAt: null,
    title: text('Переговори', 'Переговоры', 'Talks'),
    eventId: 'e1',
    ourParticipantIds: ['c2'],
    theirParticipantIds: ['c1'],
    organizationIds: ['o1'],
    topics: ['cybersecurity'],
    interpreter: 'Олена Коваль',
    place: { venue: 'Ptak', room: 'B2', table: '14', onlineUrl: 'https://meet.example/x' },
    agenda: 'Порядок денний',
    notes: '<p>Нотатки <strong>зустрічі</strong></p>',
    outcomes: 'Домовилися',
  };

  it('carries titles, both sides, organizations, topic labels, event and place, and plain-text notes', () => {
    const document = meetingSearchProvider.toDocument(meeting, context);
    expect(document).toMatchObject({ type: 'meeting', id: 'm1' });
    expect(document.fields).toEqual({
      names: ['Переговори', 'Переговоры', 'Talks'],
      people: ['Артем', 'Лисогор', 'Жюльєт', 'Дельб', 'Juliette Delbe', 'Олена Коваль'],
      organization: ['Регіон О-де-Франс', 'Région Hauts-de-France'],
      topics: ['Кібербезпека', 'Кибербезопасность', 'Cybersecurity'],
      places: ['ReBuild Ukraine', 'Ptak', 'B2', '14'],
      notes: ['Порядок денний', 'Нотатки зустрічі', 'Домовилися'],
    });
  });

  it('leaves out what the context does not know (a person in the Trash)', () => {
    const fields = meetingSearchProvider.toDocument({ ...meeting, theirParticipantIds: ['gone'], interpreter: '' }, context).fields;
    expect(fields.people).toEqual(['Артем', 'Лисогор']);
  });
});

describe('eventSearchProvider', () => {
  it('carries the name, the delegation, city, venue and country names in uk / ru / en, and plain-text notes', () => {
    const event: EventRecord = {
      ...emptyEventInput(),
      id: 'e1',
      createdAt: 0,
      updatedAt: 0,
      deletedAt: null,
      sortKey: text(''),
      name: text('', '', 'ReBuild Ukraine'),
      city: text('Варшава', 'Варшава', 'Warsaw'),
      country: 'PL',
      venue: 'Ptak Warsaw Expo',
      delegation: ['c2'],
      notes: '<p>Презентація &laquo;інвестиційних&raquo; можливостей</p>',
    };
    const context: RecordSearchContext = { ...NO_CONTEXT, personNames: (id) => (id === 'c2' ? ['Артем', 'Лисогор'] : []) };
    expect(eventSearchProvider.toDocument(event, context).fields).toEqual({
      names: ['ReBuild Ukraine'],
      people: ['Артем', 'Лисогор'],
      places: ['Варшава', 'Варшава', 'Warsaw', 'Ptak Warsaw Expo', 'Польща', 'Польша', 'Poland'],
      notes: ['Презентація «інвестиційних» можливостей'],
    });
  });

  it('names no country for an empty or unknown code', () => {
    expect(countryNameSpellings('')).toEqual([]);
    expect(countryNameSpellings('pl')).toEqual([]);
  });
});
