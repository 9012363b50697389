import { z } from 'zod';
import { countryCode, htmlText, isoDate, localizedShortText, recordIds, shortText, timeZone } from './fields';
import type { RecordMeta } from './record';
import type { LocalizedText } from './lang';

export const EVENT_KINDS = ['conference', 'forum', 'officialVisit', 'onlineSeries'] as const;
export type EventKind = (typeof EVENT_KINDS)[number];

export const eventInputSchema = z
  .object({
    name: localizedShortText,
    kind: z.enum(EVENT_KINDS, { error: 'kind' }),
    city: localizedShortText,
    country: countryCode,
    venue: shortText,
    startDate: isoDate,
    endDate: isoDate,
    /** The zone the programme is printed in; meetings of the event are timed in it. */
    timeZone,
    /** Our own people at the event (contact ids). */
    delegation: recordIds,
    /** Sanitized HTML. */
    notes: htmlText,
  })
  .refine((event) => [event.name.uk, event.name.ru, event.name.en].some((n) => n.trim() !== ''), {
    error: 'nameRequired',
    path: ['name', 'uk'],
  })
  // ISO dates compare correctly as strings.
  .refine((event) => event.endDate >= event.startDate, { error: 'endBeforeStart', path: ['endDate'] });

export type EventInput = z.infer<typeof eventInputSchema>;

/** Derived at write time so lists sort by an index instead of a collator. */
export interface EventDerived {
  sortKey: LocalizedText;
}

/** Not `Event`, which is the DOM's. */
export type EventRecord = RecordMeta & EventInput & EventDerived;

export function emptyEventInput(): EventInput {
  return {
    name: { uk: '', ru: '', en: '' },
    kind: 'conference',
    city: { uk: '', ru: '', en: '' },
    country: '',
    venue: '',
    startDate: '',
    endDate: '',
    timeZone: '',
    delegation: [],
    notes: '',
  };
}

/** The editable part of a stored event, e.g. to fill an edit form. */
export function toEventInput(event: EventInput): EventInput {
  const input = emptyEventInput();
  for (const key of Object.keys(input) as (keyof EventInput)[]) {
    (input as Record<keyof EventInput, unknown>)[key] = structuredClone(event[key]);
  }
  return input;
}
