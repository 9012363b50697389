import { describe, expect, it } from 'vitest';
import type { TFunction } from 'i18next';
import { emptyEventInput, type EventRecord } from '#shared/domain/event';
import { createQuickFilter } from '#shared/search/quick-filter';
import { eventSearchText, toEventRow } from './event-rows';

const rebuild: EventRecord = {
  ...emptyEventInput(),
  id: '01JH00000000000000000000EV',
  name: { uk: '', ru: 'ReBuild Ukraine: выставка-конференция', en: 'ReBuild Ukraine' },
  kind: 'conference',
  city: { uk: 'Варшава', ru: 'Варшава', en: 'Warsaw' },
  country: 'PL',
  venue: 'Ptak Warsaw Expo',
  startDate: '2026-11-17',
  endDate: '2026-11-18',
  timeZone: 'Europe/Warsaw',
  sortKey: { uk: 'u', ru: 'r', en: 'e' },
  createdAt: 1,
  updatedAt: 2,
  deletedAt: null,
};

const t = ((key: string) => `«${key}»`) as unknown as TFunction<'events'>;

describe('toEventRow', () => {
  it('shows the name in the UI language with fallback, and the dates as a range', () => {
    const uk = toEventRow(rebuild, 3, 'uk', t);
    expect(uk).toMatchObject({ name: 'ReBuild Ukraine', sortKey: 'u', kind: '«kinds.conference»', city: 'Варшава', country: 'Польща', meetings: 3 });
    expect(uk.dates).toMatch(/^17.18 лист/);
    expect(toEventRow(rebuild, 0, 'ru', t).name).toBe('ReBuild Ukraine: выставка-конференция');
    expect(toEventRow({ ...rebuild, name: { uk: '', ru: '', en: '' } }, 0, 'en', t).name).toBe('«unnamed»');
  });

  it('is found by any spelling, not only the one on screen', () => {
    const row = toEventRow(rebuild, 0, 'en', t);
    const text = eventSearchText(row);
    const matches = (query: string) => createQuickFilter(query)?.(text);
    expect(matches('варшава')).toBe(true);
    expect(matches('ptak')).toBe(true);
    expect(matches('Харків')).toBe(false);
  });
});
