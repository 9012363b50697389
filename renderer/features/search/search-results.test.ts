import { describe, expect, it } from 'vitest';
import { emptyEventInput, type EventRecord } from '#shared/domain/event';
import { emptyMeetingInput, type Meeting } from '#shared/domain/meeting';
import type { SearchHit } from '#shared/search/search-document';
import { createI18n } from '../../i18n/i18n';
import { groupResults, type SearchRecords } from './search-results';

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
const records: SearchRecords = { contacts: new Map(), organizations: new Map(), meetings: new Map([['m1', meeting]]), events: new Map([['e1', event]]) };
const hit = (type: SearchHit['type'], id: string): SearchHit => ({ type, id, score: 1, match: 'exact', field: 'names', wrongLayout: false });

describe('groupResults: meetings and events', () => {
  it('shows a meeting by its title, date and event, and opens it', async () => {
    const i18n = await createI18n('uk');
    const [group] = groupResults([hit('meeting', 'm1')], records, 'uk', i18n.getFixedT('uk', 'organizations'));
    expect(group).toMatchObject({ type: 'meeting' });
    expect(group!.results[0]).toMatchObject({
      title: 'Переговори з регіоном О-де-Франс',
      subtitle: '15 лист. 2023 р. · Виставка-конференція ReBuild Ukraine',
      alsoKnownAs: 'Переговоры с регионом О-де-Франс · Talks with Hauts-de-France',
      path: '/meetings/m1',
    });
  });

  it('shows an event by its name, dates and city, and opens it', async () => {
    const i18n = await createI18n('en');
    const [group] = groupResults([hit('event', 'e1')], records, 'en', i18n.getFixedT('en', 'organizations'));
    expect(group!.results[0]).toMatchObject({
      title: 'ReBuild Ukraine exhibition and conference',
      subtitle: expect.stringMatching(/^14\s*–\s*15 Nov 2023 · Warsaw$/),
      path: '/events/e1',
    });
  });

  it('leaves out hits whose record is gone, and groups in the order of the best hit', async () => {
    const i18n = await createI18n('en');
    const groups = groupResults([hit('event', 'e1'), hit('meeting', 'gone'), hit('meeting', 'm1')], records, 'en', i18n.getFixedT('en', 'organizations'));
    expect(groups.map((g) => [g.type, g.results.length])).toEqual([
      ['event', 1],
      ['meeting', 1],
    ]);
  });
});
