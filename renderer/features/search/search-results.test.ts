import { describe, expect, it } from 'vitest';
import type { Agreement } from '#shared/domain/agreement';
import type { UiLanguage } from '#shared/domain/lang';
import { emptyEventInput, type EventRecord } from '#shared/domain/event';
import { emptyMeetingInput, type Meeting } from '#shared/domain/meeting';
import { emptyOrganizationInput, type Organization } from '#shared/domain/organization';
import type { SearchHit } from '#shared/search/search-document';
import { createI18n } from '../../i18n/i18n';
import { groupResults, resultLabels, type SearchRecords } from './search-results';

const meta = (id: string) => ({ id, createdAt: 0, updatedAt: 0, deletedAt: null });
const event: EventRecord = {
  ...emptyEventInput(),
  ...meta('e1'),
  sortKey: { uk: '', ru: '', en: '' },
  name: { uk: 'Виставка-конференція ReBuild Ukraine', ru: 'Выставка-конференция ReBuild Ukraine', en: 'ReBuild Ukraine exhibition and conference' },
  city: { uk: 'Варшава', ru: 'Варшава', en: 'Warsaw' },
  startDate: '2023-11-14',
  endDate: '2023-11-15',
};
const meeting: Meeting = {
  ...emptyMeetingInput(),
  ...meta('m1'),
  title: { uk: 'Переговори з регіоном О-де-Франс', ru: 'Переговоры с регионом О-де-Франс', en: 'Talks with Hauts-de-France' },
  eventId: 'e1',
  date: '2023-11-15',
};
const kalush: Organization = {
  ...emptyOrganizationInput(),
  ...meta('o1'),
  sortKey: { uk: '', ru: '', en: '' },
  name: { uk: 'Калуська міська рада', ru: 'Калушский городской совет', en: 'Kalush City Council' },
};
const twinning: Agreement = {
  ...meta('a1'),
  sortKey: { uk: '', ru: '', en: '' },
  organizationIds: ['o1'],
  kind: 'twinningAgreement',
  title: { uk: 'Угода про побратимство', fr: 'Accord de jumelage' },
  languages: ['uk', 'fr'],
  parties: [
    { id: 'p1', organizationId: 'o1', name: {}, signatories: [] },
    { id: 'p2', organizationId: null, name: { fr: 'Ville de Saint-Quentin', uk: 'Місто Сен-Кантен' }, signatories: [] },
  ],
  signingPlace: {},
  signingDate: '2024-06-21',
  status: 'sentToPartner',
  statusHistory: [],
  meetingIds: [],
  notes: '',
  clauses: [],
  templateId: null,
};
const records: SearchRecords = {
  contacts: new Map(),
  organizations: new Map([['o1', kalush]]),
  meetings: new Map([['m1', meeting]]),
  events: new Map([['e1', event]]),
  agreements: new Map([['a1', twinning]]),
};
const hit = (type: SearchHit['type'], id: string): SearchHit => ({ type, id, score: 1, match: 'exact', field: 'names', wrongLayout: false });

async function labelsIn(lang: UiLanguage) {
  const i18n = await createI18n(lang);
  return resultLabels(i18n.getFixedT(lang, 'organizations'), i18n.getFixedT(lang, 'agreements'));
}

describe('groupResults: meetings and events', () => {
  it('shows a meeting by its title, date and event, and opens it', async () => {
    const [group] = groupResults([hit('meeting', 'm1')], records, 'uk', await labelsIn('uk'));
    expect(group).toMatchObject({ type: 'meeting' });
    expect(group!.results[0]).toMatchObject({
      title: 'Переговори з регіоном О-де-Франс',
      subtitle: '15 лист. 2023 р. · Виставка-конференція ReBuild Ukraine',
      alsoKnownAs: 'Переговоры с регионом О-де-Франс · Talks with Hauts-de-France',
      path: '/meetings/m1',
    });
  });

  it('shows an event by its name, dates and city, and opens it', async () => {
    const [group] = groupResults([hit('event', 'e1')], records, 'en', await labelsIn('en'));
    expect(group!.results[0]).toMatchObject({
      title: 'ReBuild Ukraine exhibition and conference',
      subtitle: expect.stringMatching(/^14\s*–\s*15 Nov 2023 · Warsaw$/),
      path: '/events/e1',
    });
  });

  it('leaves out hits whose record is gone, and groups in the order of the best hit', async () => {
    const groups = groupResults([hit('event', 'e1'), hit('meeting', 'gone'), hit('meeting', 'm1')], records, 'en', await labelsIn('en'));
    expect(groups.map((g) => [g.type, g.results.length])).toEqual([
      ['event', 1],
      ['meeting', 1],
    ]);
  });
});

describe('groupResults: agreements', () => {
  it('shows an agreement by its title, status, parties and signing date, and opens it', async () => {
    const [group] = groupResults([hit('agreement', 'a1')], records, 'uk', await labelsIn('uk'));
    expect(group).toMatchObject({ type: 'agreement' });
    expect(group!.results[0]).toMatchObject({
      title: 'Угода про побратимство',
      alsoKnownAs: 'Accord de jumelage',
      subtitle: 'Надіслано партнерові · Калуська міська рада, Місто Сен-Кантен · 21 черв. 2024 р.',
      path: '/agreements/a1',
    });
  });

  it('titles an agreement in its first language when it has none in the UI language', async () => {
    const [group] = groupResults([hit('agreement', 'a1')], records, 'en', await labelsIn('en'));
    expect(group!.results[0]).toMatchObject({
      title: 'Угода про побратимство',
      alsoKnownAs: 'Accord de jumelage',
      subtitle: 'Sent to partner · Kalush City Council, Ville de Saint-Quentin · 21 Jun 2024',
    });
  });

  it('leaves out the date while it is not fixed, and names an agreement without a title', async () => {
    const draft: Agreement = { ...twinning, title: {}, status: 'draft', signingDate: '', parties: [] };
    const [group] = groupResults([hit('agreement', 'a1')], { ...records, agreements: new Map([['a1', draft]]) }, 'ru', await labelsIn('ru'));
    expect(group!.results[0]).toMatchObject({ title: 'Соглашение без названия', alsoKnownAs: '', subtitle: 'Черновик' });
  });
});
