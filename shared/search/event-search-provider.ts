import type { EventInput, EventRecord } from '../domain/event';
import { UI_LANGUAGES } from '../domain/lang';
import { htmlToPlainText } from './html-text';
import { lookUpAll, present, type RecordSearchContext, type SearchDocumentProvider } from './search-provider';

/** An event's name in each language: what its document is named by and its meetings carry. */
export function eventNameSpellings(event: Pick<EventInput, 'name'>): string[] {
  return present([event.name.uk, event.name.ru, event.name.en]);
}

const countryNamers = new Map<string, Intl.DisplayNames | null>();

function countryNamer(lang: string): Intl.DisplayNames | null {
  if (!countryNamers.has(lang)) {
    let namer: Intl.DisplayNames | null = null;
    try {
      namer = new Intl.DisplayNames([lang], { type: 'region' });
    } catch {
      // A runtime without region names still finds the event by its city and name.
    }
    countryNamers.set(lang, namer);
  }
  return countryNamers.get(lang)!;
}

/** A country's name in uk, ru and en ("Польща", "Польша", "Poland") from its ISO code. */
export function countryNameSpellings(code: string): string[] {
  if (!/^[A-Z]{2}$/.test(code)) return [];
  const names = UI_LANGUAGES.map((lang) => {
    const name = countryNamer(lang)?.of(code);
    return name && name !== code ? name : '';
  });
  return [...new Set(present(names))];
}

/**
 * An event is found by its name in any language, by the people of our delegation, by its city,
 * venue and country, and by the words of its notes.
 */
export const eventSearchProvider: SearchDocumentProvider<EventRecord, RecordSearchContext> = {
  type: 'event',
  toDocument(event, context) {
    return {
      type: 'event',
      id: event.id,
      fields: {
        names: eventNameSpellings(event),
        people: lookUpAll(event.delegation, (id) => context.personNames(id)),
        places: present([event.city.uk, event.city.ru, event.city.en, event.venue, ...countryNameSpellings(event.country)]),
        notes: present([htmlToPlainText(event.notes)]),
      },
    };
  },
};
