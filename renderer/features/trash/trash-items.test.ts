import { describe, expect, it } from 'vitest';
import { emptyContactInput, type Contact } from '#shared/domain/contact';
import { emptyEventInput, type EventRecord } from '#shared/domain/event';
import { emptyMeetingInput, type Meeting } from '#shared/domain/meeting';
import { emptyFollowUpInput, type FollowUp } from '#shared/domain/follow-up';
import type { Attachment } from '#shared/domain/attachment';
import type { Agreement } from '#shared/domain/agreement';
import { createI18n } from '../../i18n/i18n';
import type { TrashView } from '../../data/live-queries';
import { selectionOf, trashGroups } from './trash-items';

const meta = (id: string, deletedAt: number | null = 1) => ({ id, createdAt: 0, updatedAt: 0, deletedAt });
const sortKey = { uk: '', ru: '', en: '' };

const meeting: Meeting = {
  ...emptyMeetingInput(),
  ...meta('m1', 3),
  title: { uk: 'Переговори з регіоном О-де-Франс', ru: '', en: 'Talks with Hauts-de-France' },
  date: '2023-11-15',
  startTime: '11:00',
  endTime: '11:45',
};
const event: EventRecord = {
  ...emptyEventInput(),
  ...meta('e1', 2),
  sortKey,
  name: { uk: '', ru: '', en: 'ReBuild Ukraine' },
  city: { uk: 'Варшава', ru: 'Варшава', en: 'Warsaw' },
  startDate: '2023-11-14',
  endDate: '2023-11-15',
};
const followUp: FollowUp = { ...emptyFollowUpInput('m1'), ...meta('f1', 4), what: 'Список проєктів', ownerId: 'c9', dueDate: '2023-12-15' };
const delbe: Contact = { ...emptyContactInput(), ...meta('c1', null), sortKey, nameOriginal: 'Juliette Delbe' };
const card: Attachment = { ...meta('a1', 5), ownerType: 'contact', ownerId: 'c1', fileName: 'card.jpg', mimeType: 'image/jpeg', size: 2048 };
const slides: Attachment = { ...meta('a2', 6), ownerType: 'meeting', ownerId: 'm1', fileName: 'slides.pdf', mimeType: 'application/pdf', size: 10 };

const memorandum: Agreement = {
  ...meta('g1', 7),
  kind: 'memorandumOfCooperation',
  title: { uk: 'Меморандум про співпрацю між Калушем і Запоріжжям', en: 'Memorandum of cooperation between Kalush and Zaporizhzhia' },
  languages: ['uk', 'en'],
  parties: [],
  signingPlace: {},
  signingDate: '2023-04-12',
  status: 'signed',
  statusHistory: [],
  meetingIds: [],
  notes: '',
  clauses: [],
  templateId: null,
  sortKey,
  organizationIds: [],
};

const view: TrashView = {
  agreements: [memorandum],
  events: [event],
  meetings: [meeting],
  followUps: [followUp],
  attachments: [slides, card],
  contacts: [],
  organizations: [],
  clauseLibrary: [
    { ...meta('l1', 8), category: 'areas', kind: 'subclause', heading: { uk: 'Туризм', ru: 'Туризм', en: 'Tourism' }, text: { uk: 'Розвиток туризму.', ru: '', en: '' } },
  ],
  total: 7,
  meetingsById: new Map([[meeting.id, meeting]]),
  contactsById: new Map([[delbe.id, delbe]]),
};

describe('trashGroups', () => {
  it('groups by kind in a fixed order, leaving empty kinds out, and describes each record', async () => {
    const i18n = await createI18n('en');
    const groups = trashGroups(view, 'en', i18n.getFixedT('en', 'trash'));
    expect(groups.map((g) => g.kind)).toEqual(['agreements', 'events', 'meetings', 'followUps', 'attachments', 'clauseLibrary']);
    expect(groups.at(-1)!.items[0]).toMatchObject({ name: 'Tourism', details: 'Areas of cooperation' });
    const [agreements, events, meetings, followUps, attachments] = groups;
    expect(agreements!.items[0]).toMatchObject({ name: 'Memorandum of cooperation between Kalush and Zaporizhzhia', details: 'Signed · 12 Apr 2023' });
    expect(events!.items[0]).toMatchObject({ name: 'ReBuild Ukraine', details: expect.stringContaining('Warsaw'), deletedAt: 2 });
    expect(meetings!.items[0]).toMatchObject({ name: 'Talks with Hauts-de-France', details: '15 Nov 2023, 11:00–11:45' });
    expect(followUps!.items[0]).toMatchObject({ name: 'Список проєктів', details: 'Talks with Hauts-de-France, 15 Nov 2023 · due 15 Dec 2023' });
    // A file names its size and what it is attached to.
    expect(attachments!.items.map((item) => [item.name, item.details])).toEqual([
      ['slides.pdf', '10 byte · Talks with Hauts-de-France, 15 Nov 2023'],
      ['card.jpg', '2 kB · Juliette Delbe'],
    ]);
  });

  it('speaks the UI language', async () => {
    const i18n = await createI18n('uk');
    const [agreements, , meetings, followUps] = trashGroups(view, 'uk', i18n.getFixedT('uk', 'trash'));
    expect(agreements!.items[0]).toMatchObject({ name: 'Меморандум про співпрацю між Калушем і Запоріжжям', details: expect.stringMatching(/^Підписано · 12 квіт\. 2023/) });
    expect(i18n.t('groupCount.agreements', { ns: 'trash', count: 5 })).toBe('5 угод');
    expect(meetings!.items[0]!.name).toBe('Переговори з регіоном О-де-Франс');
    expect(followUps!.items[0]!.details).toMatch(/^Переговори з регіоном О-де-Франс, 15 лист\. 2023 р\. · термін 15 груд\. 2023 р\.$/);
    expect(i18n.t('groupCount.meetings', { ns: 'trash', count: 5 })).toBe('5 зустрічей');
  });
});

describe('selectionOf', () => {
  it('sorts picked items into the repository’s selection by kind', async () => {
    const i18n = await createI18n('en');
    const items = trashGroups(view, 'en', i18n.getFixedT('en', 'trash')).flatMap((g) => g.items);
    expect(selectionOf(items)).toEqual({ agreementIds: ['g1'], eventIds: ['e1'], meetingIds: ['m1'], followUpIds: ['f1'], attachmentIds: ['a2', 'a1'], clauseIds: ['l1'] });
  });
});
