import type { AgreementContent } from '../domain/agreement';
import type { Contact } from '../domain/contact';
import type { Organization } from '../domain/organization';
import { languagesPhraseIn } from './language-names';
import {
  formatSigningDate,
  partyCityIn,
  partyNameIn,
  signatoryNameIn,
  signatoryPositionIn,
  signingPlaceIn,
} from './party-values';

/**
 * Placeholders in clause texts and titles: `{{path}}` (spaces inside the braces allowed).
 *
 *   party.A.name                   the party's name (A, B, C… in party order)
 *   party.A.city                   the city of the party's organization
 *   party.A.signatory.name         its first signatory's name; signatory2, signatory3… for later ones
 *   party.A.signatory.position     that signatory's position
 *   signing.place, signing.date    where and when the agreement is signed
 *   agreement.title                the agreement's title
 *   agreement.languages            its languages, worded for the languages clause
 *                                  (uk "українською та англійською", en "Ukrainian and English")
 *
 * Values are per language (see party-values.ts for where each comes from); a path that is
 * understood but has no value in that language is 'missing', one that is not understood is
 * 'unknown'.
 */

export interface PlaceholderContext {
  agreement: AgreementContent;
  organizations: ReadonlyMap<string, Organization>;
  contacts: ReadonlyMap<string, Contact>;
}

export type ResolvedSegment =
  | { kind: 'text'; text: string }
  | { kind: 'value'; placeholder: string; text: string }
  | { kind: 'missing'; placeholder: string }
  | { kind: 'unknown'; placeholder: string };

const PLACEHOLDER = /\{\{\s*([^{}]*?)\s*\}\}/g;
const PARTY_PATH = /^party\.([A-Z])\.(name|city|signatory(\d*)\.(name|position))$/;
const FIXED_PATHS = new Set(['signing.place', 'signing.date', 'agreement.title', 'agreement.languages']);

/** The party label of the party at `index`: 0 → "A", 1 → "B"… */
export function partyLabel(index: number): string {
  return String.fromCharCode(65 + index);
}

/** The placeholder paths in `text`, each once, in order of appearance. */
export function findPlaceholders(text: string): string[] {
  const found = new Set<string>();
  for (const match of text.matchAll(PLACEHOLDER)) found.add(match[1]!);
  return [...found];
}

/** Whether `path` is one this module understands (whatever the agreement holds). */
export function isKnownPlaceholder(path: string): boolean {
  if (FIXED_PATHS.has(path)) return true;
  const party = PARTY_PATH.exec(path);
  return party !== null && party[3] !== '0';
}

/**
 * The value of one placeholder in `lang`: a string ('' when missing there), or null when the
 * path is not a placeholder at all.
 */
export function placeholderValue(path: string, lang: string, context: PlaceholderContext): string | null {
  const { agreement } = context;
  switch (path) {
    case 'signing.place':
      return signingPlaceIn(agreement, lang);
    case 'signing.date':
      return formatSigningDate(agreement.signingDate, lang);
    case 'agreement.title':
      return (agreement.title[lang] ?? '').trim();
    case 'agreement.languages':
      return languagesPhraseIn(agreement.languages, lang);
  }
  const match = PARTY_PATH.exec(path);
  if (!match || match[3] === '0') return null;
  const party = agreement.parties[match[1]!.charCodeAt(0) - 65];
  if (!party) return '';
  if (match[2] === 'name') return partyNameIn(party, lang, context.organizations);
  if (match[2] === 'city') return partyCityIn(party, lang, context.organizations);
  const signatory = party.signatories[match[3] ? Number(match[3]) - 1 : 0];
  if (!signatory) return '';
  return match[4] === 'name'
    ? signatoryNameIn(signatory, lang, context.contacts)
    : signatoryPositionIn(signatory, lang, context.contacts);
}

/** `text` in `lang` as plain text runs and resolved placeholders, in order. */
export function resolveText(text: string, lang: string, context: PlaceholderContext): ResolvedSegment[] {
  const segments: ResolvedSegment[] = [];
  let last = 0;
  for (const match of text.matchAll(PLACEHOLDER)) {
    if (match.index > last) segments.push({ kind: 'text', text: text.slice(last, match.index) });
    const placeholder = match[1]!;
    const value = placeholderValue(placeholder, lang, context);
    if (value === null) segments.push({ kind: 'unknown', placeholder });
    else if (value === '') segments.push({ kind: 'missing', placeholder });
    else segments.push({ kind: 'value', placeholder, text: value });
    last = match.index + match[0].length;
  }
  if (last < text.length) segments.push({ kind: 'text', text: text.slice(last) });
  return segments;
}

/**
 * The segments as one string; a missing or unknown placeholder is written as `onMissing` says
 * (e.g. `[party.A.name]` in a document, so nobody signs a text with a hole in it unnoticed).
 */
export function resolvedPlainText(segments: readonly ResolvedSegment[], onMissing: (placeholder: string) => string): string {
  let result = '';
  for (const segment of segments) {
    result += segment.kind === 'text' || segment.kind === 'value' ? segment.text : onMissing(segment.placeholder);
  }
  return result;
}

/** The placeholders an agreement with these parties can use, e.g. for an "insert" menu. */
export function availablePlaceholders(parties: AgreementContent['parties']): string[] {
  const paths: string[] = [];
  parties.forEach((party, index) => {
    const label = partyLabel(index);
    paths.push(`party.${label}.name`, `party.${label}.city`);
    party.signatories.forEach((_signatory, n) => {
      const key = n === 0 ? 'signatory' : `signatory${n + 1}`;
      paths.push(`party.${label}.${key}.name`, `party.${label}.${key}.position`);
    });
  });
  paths.push('signing.place', 'signing.date', 'agreement.title', 'agreement.languages');
  return paths;
}
