import type { ContactInput } from '../domain/contact';
import type { DuplicateReason } from './import-plan';
import { matchKey, wordKey } from '../text/match-key';

/**
 * The keys that make two contact records look like one person, and an index over them, so that
 * checking 10 000 incoming cards against 100 000 stored contacts is a few map look-ups per card,
 * never a comparison of every pair.
 */

type MatchedParts = Pick<ContactInput, 'givenName' | 'familyName' | 'nameOriginal' | 'emails' | 'phones'>;

export interface ContactKeys {
  emails: string[];
  phones: string[];
  names: string[];
}

/** The reasons in the order the preview lists them. */
const REASON_ORDER: readonly DuplicateReason[] = ['name', 'email', 'phone'];
const PREFIX: Record<DuplicateReason, string> = { name: 'n:', email: 'e:', phone: 'p:' };

/** Emails compare trimmed and case-insensitively (the local part is case-sensitive in theory, never in practice). */
export function emailKey(email: string): string {
  return email.trim().toLowerCase();
}

/** Digits kept by phoneKey: a Ukrainian number without its country code or trunk 0 ("+380 50…" = "050…"). */
const PHONE_TAIL = 9;

/**
 * Phones compare by digits; with nine or more digits only the last nine count, so that one number
 * written with +380, 380 or 0 in front is one number. '' for no digits.
 */
export function phoneKey(phone: string): string {
  const digits = phone.replace(/\D/g, '');
  return digits.length >= PHONE_TAIL ? `t${digits.slice(-PHONE_TAIL)}` : digits;
}

/**
 * A name's signature per spelling (each language's given + family name, and the name as written):
 * the sorted match keys of its words, so "Лисогор Артем", "Лысогор Артем" and "Artem Lysohor"
 * share one. Only names of two words or more count: one word ("Olena") is too common to mean
 * the same person.
 */
/** The words of a name as matchKeys (shared/text/match-key.ts) reads them. */
const WORD = /[\p{L}\p{M}\p{N}'’ʼ`]+/gu;
/** Word keys already computed: names repeat (across the three spellings of one person, and given names across people). */
const wordKeys = new Map<string, string>();
const WORD_KEYS_KEPT = 100_000;

function cachedWordKeys(text: string): string[] {
  const keys: string[] = [];
  for (const [word] of text.matchAll(WORD)) {
    let key = wordKeys.get(word);
    if (key === undefined) {
      if (wordKeys.size >= WORD_KEYS_KEPT) wordKeys.clear();
      key = wordKey(word);
      wordKeys.set(word, key);
    }
    if (key !== '') keys.push(key);
  }
  return keys;
}

export function nameSignatures(contact: Pick<ContactInput, 'givenName' | 'familyName' | 'nameOriginal'>): string[] {
  const spellings = [
    `${contact.givenName.uk} ${contact.familyName.uk}`,
    `${contact.givenName.ru} ${contact.familyName.ru}`,
    `${contact.givenName.en} ${contact.familyName.en}`,
    contact.nameOriginal,
  ];
  const signatures = new Set<string>();
  for (const spelling of spellings) {
    const keys = cachedWordKeys(spelling);
    if (keys.length >= 2) signatures.add(keys.sort().join(' '));
  }
  return [...signatures];
}

export function contactKeys(contact: MatchedParts): ContactKeys {
  const unique = (keys: string[]) => [...new Set(keys.filter((key) => key !== ''))];
  return {
    emails: unique(contact.emails.map(emailKey)),
    phones: unique(contact.phones.map(phoneKey)),
    names: nameSignatures(contact),
  };
}

/** Organization keys already computed: an import names each organization once per person in it. */
const organizationKeys = new Map<string, string>();
const ORGANIZATION_KEYS_KEPT = 20_000;

/** An organization's name as compared: its match key, or the trimmed lowercase text when it has no letters or digits. */
export function organizationKey(name: string): string {
  let key = organizationKeys.get(name);
  if (key === undefined) {
    if (organizationKeys.size >= ORGANIZATION_KEYS_KEPT) organizationKeys.clear();
    key = matchKey(name) || name.trim().toLowerCase();
    organizationKeys.set(name, key);
  }
  return key;
}

/** Reasons of both lists, once each, in the preview's order. */
export function unionReasons(a: readonly DuplicateReason[], b: readonly DuplicateReason[]): DuplicateReason[] {
  return REASON_ORDER.filter((reason) => a.includes(reason) || b.includes(reason));
}

export interface Match<T> {
  item: T;
  reasons: DuplicateReason[];
}

/** Items (stored contacts, or people met earlier in the same file) by the keys of their names, emails and phones. */
export class DuplicateIndex<T> {
  private readonly byKey = new Map<string, T[]>();

  add(item: T, keys: ContactKeys): void {
    this.put(PREFIX.name, keys.names, item);
    this.put(PREFIX.email, keys.emails, item);
    this.put(PREFIX.phone, keys.phones, item);
  }

  /** Every item sharing a key with `keys`, with why. */
  matches(keys: ContactKeys): Match<T>[] {
    const found = new Map<T, Set<DuplicateReason>>();
    const collect = (reason: DuplicateReason, values: readonly string[]) => {
      for (const value of values) {
        for (const item of this.byKey.get(PREFIX[reason] + value) ?? []) {
          const reasons = found.get(item) ?? new Set<DuplicateReason>();
          reasons.add(reason);
          found.set(item, reasons);
        }
      }
    };
    collect('name', keys.names);
    collect('email', keys.emails);
    collect('phone', keys.phones);
    return [...found].map(([item, reasons]) => ({ item, reasons: REASON_ORDER.filter((reason) => reasons.has(reason)) }));
  }

  /** The match with the most reasons; among equals the one `preferred` ranks first (e.g. the most recently updated). */
  best(keys: ContactKeys, preferred: (a: T, b: T) => number): Match<T> | null {
    let best: Match<T> | null = null;
    for (const match of this.matches(keys)) {
      if (!best || match.reasons.length > best.reasons.length || (match.reasons.length === best.reasons.length && preferred(match.item, best.item) < 0)) {
        best = match;
      }
    }
    return best;
  }

  private put(prefix: string, values: readonly string[], item: T): void {
    for (const value of values) {
      const key = prefix + value;
      // An item added again (a row folded into it) may be listed twice under a key; matches() counts it once.
      const items = this.byKey.get(key);
      if (!items) this.byKey.set(key, [item]);
      else if (items[items.length - 1] !== item) items.push(item);
    }
  }
}
