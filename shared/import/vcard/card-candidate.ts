import { emptyContactInput } from '../../domain/contact';
import { contactDisplayName } from '../../domain/display-name';
import type { ContactCandidate, RejectedRow } from '../import-source';
import { namesOf } from './card-names';
import { photosOf } from './card-photo';
import { languagesOf, notesOf, organizationNameOf, placeOf, positionOf, tagsOf } from './card-details';
import { emailsOf, messengersOf, phonesOf } from './contact-points';
import type { RawCard } from './content-lines';
import { parsePropertyLine, textOf, type VcardProperty } from './property-line';
import { unescapeText } from './property-value';

export type CardOutcome = { candidate: ContactCandidate } | { rejected: RejectedRow };

/** Properties that say nothing about the person: a card of only these is empty. */
const BOOKKEEPING = new Set(['VERSION', 'PRODID', 'REV', 'UID', 'KIND', 'X-ABSHOWAS', 'CLASS', 'SOURCE']);
const MAX_EXCERPT = 120;

/**
 * One card → one contact candidate, or the reason it is refused: cut short or with a line that
 * is not a property ('malformedCard'), nothing in it ('empty'), no person's name ('noName'; a
 * card of only an organization is not a contact). Values are trimmed and cut to the schema's
 * lengths here; the schema itself runs in the planner.
 */
export function cardToCandidate(card: RawCard): CardOutcome {
  const properties: VcardProperty[] = [];
  for (const line of card.lines) {
    const property = parsePropertyLine(line);
    if (!property) return reject(card, 'malformedCard');
    properties.push(property);
  }
  if (!card.complete) return reject(card, 'malformedCard');
  if (!properties.some(saysSomething)) return reject(card, 'empty');

  const organizationName = organizationNameOf(properties);
  const names = namesOf(properties, organizationName);
  const hasName = [names.nameOriginal, ...Object.values(names.givenName), ...Object.values(names.familyName)].some((n) => n !== '');
  if (!hasName) return reject(card, 'noName');

  const place = placeOf(properties);
  const contact = {
    ...emptyContactInput(),
    ...names,
    position: positionOf(properties),
    country: place.country,
    city: place.city,
    languages: languagesOf(properties),
    emails: emailsOf(properties),
    phones: phonesOf(properties),
    messengers: messengersOf(properties),
    notes: notesOf(properties),
    tags: tagsOf(properties),
  };
  // "John Doe.jpg" rather than the FN with its "Mr." and "Sr.".
  const photoName = contactDisplayName(contact, 'en');
  return { candidate: { row: card.row, contact, organizationName, photos: photosOf(properties, photoName) } };
}

function saysSomething(property: VcardProperty): boolean {
  return !BOOKKEEPING.has(property.name) && property.rawValue.replace(/[\s;,\\]/g, '') !== '';
}

export function reject(card: RawCard, reason: RejectedRow['reason']): { rejected: RejectedRow } {
  return { rejected: { row: card.row, reason, excerpt: excerptOf(card.lines) } };
}

const TELLING = ['FN', 'N', 'ORG', 'EMAIL', 'TEL'];

/** Something to recognise the card by in the preview: its name, organization or address as decoded, else its first line as written. */
export function excerptOf(lines: readonly string[]): string {
  const properties = lines.map(parsePropertyLine).filter((p): p is VcardProperty => p !== null);
  for (const name of TELLING) {
    for (const property of properties) {
      if (property.name !== name) continue;
      const text = unescapeText(textOf(property)).replace(/[;\s]+/g, ' ').trim();
      if (text !== '') return clip(text);
    }
  }
  const first = lines.find((line) => {
    const property = parsePropertyLine(line);
    return property ? saysSomething(property) : line.trim() !== '';
  });
  return clip((first ?? '').trim());
}

function clip(text: string): string {
  return text.length <= MAX_EXCERPT ? text : `${text.slice(0, MAX_EXCERPT - 1)}…`;
}
