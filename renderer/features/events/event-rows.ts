import type { TFunction } from 'i18next';
import type { EventRecord } from '#shared/domain/event';
import { pickLocalized, type UiLanguage } from '#shared/domain/lang';
import { quickFilterText } from '#shared/search/quick-filter';
import { countryName, formatIsoDateRange } from '../../app/format';
import type { ListRow } from '../../components/record-table/table-features';

export interface EventRow extends ListRow {
  record: EventRecord;
  name: string;
  sortKey: string;
  kind: string;
  city: string;
  country: string;
  venue: string;
  /** The dates as a range in the UI language; the column sorts by `startDate`. */
  dates: string;
  startDate: string;
  endDate: string;
  meetings: number;
  updatedAt: number;
}

/** What the table shows of an event in the UI language, names falling back across languages. */
export function toEventRow(event: EventRecord, meetingCount: number, lang: UiLanguage, t: TFunction<'events'>): EventRow {
  return {
    id: event.id,
    record: event,
    name: pickLocalized(event.name, lang) || t('unnamed'),
    sortKey: event.sortKey[lang],
    kind: t(`kinds.${event.kind}`),
    city: pickLocalized(event.city, lang),
    country: countryName(event.country, lang),
    venue: event.venue,
    dates: formatIsoDateRange(event.startDate, event.endDate, lang),
    startDate: event.startDate,
    endDate: event.endDate,
    meetings: meetingCount,
    updatedAt: event.updatedAt,
  };
}

/** Every spelling is searchable, not only the one on screen: "Варшава" finds the row shown as Warsaw. */
export function eventSearchText(row: EventRow): string {
  const event = row.record;
  const texts = [...Object.values(event.name), row.kind, ...Object.values(event.city), row.country, event.venue, row.dates];
  return quickFilterText(texts.filter(Boolean));
}
