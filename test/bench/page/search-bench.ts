import type { Contact } from '#shared/domain/contact';
import type { Organization } from '#shared/domain/organization';
import { contactSearchProvider } from '#shared/search/contact-search-provider';
import { organizationNameSpellings, organizationSearchProvider } from '#shared/search/organization-search-provider';
import { createQuickFilter, quickFilterText } from '#shared/search/quick-filter';
import type { SearchDocument } from '#shared/search/search-document';
import { SearchIndex } from '#shared/search/search-index';
import type { SearchContext } from '#shared/search/search-provider';
import { measureCrossScriptRecall, type RecallResult } from '#shared/search/search-recall';
import { generateContacts, generateOrganizations, organizationCountFor } from '../fixtures/generate';
import { BENCH_SEED } from './bench-api';

/**
 * The global search in the page, without the worker: the index against a naive scan doing the
 * same matching (createQuickFilter over quickFilterText: folded substrings and match-key prefixes),
 * on the generator's contacts and organizations.
 */

export interface SearchTypingSamples {
  /** Milliseconds per keystroke, by the length of the query typed so far. */
  short: number[];
  long: number[];
  /** Keystrokes whose query found nothing (the typed names exist, so this should be 0). */
  unanswered: number;
}

export interface SearchPrepared {
  contacts: number;
  organizations: number;
  keystrokes: number;
  /** The names typed, e.g. "Коваленко", "Kovalenko Oleksandr". */
  names: number;
}

/**
 * A keystroke's query faster than this runs up to REPEATS times and the mean counts: Chromium's
 * clock ticks in 0.1 ms. A slower one (the naive scan at 100k) is timed once.
 */
const REPEAT_BELOW_MS = 1;
const REPEATS = 5;
const TYPED_NAMES = 120;
const UPDATES = 300;

let records: { contacts: Contact[]; organizations: Organization[] } | null = null;
let documents: SearchDocument[] = [];
let index: SearchIndex | null = null;
let scanTexts: string[] = [];
let keystrokes: string[] = [];

const meta = (id: string) => ({ id, createdAt: 0, updatedAt: 0, deletedAt: null, sortKey: { uk: '', ru: '', en: '' } });

function contextFor(organizations: readonly Organization[]): SearchContext {
  const names = new Map(organizations.map((org) => [org.id, organizationNameSpellings(org)]));
  return { organizationNames: (id) => names.get(id) ?? [] };
}

/** Real names typed letter by letter: family names in uk / ru / en, every third with the given name after it. */
function typingSequence(contacts: readonly Contact[]): string[] {
  const queries: string[] = [];
  for (let i = 0; i < Math.min(TYPED_NAMES, contacts.length); i++) {
    const contact = contacts[Math.floor(((i + 0.5) * contacts.length) / TYPED_NAMES)]!;
    const lang = (['uk', 'ru', 'en'] as const)[i % 3]!;
    const name = i % 3 === 2 ? `${contact.familyName[lang]} ${contact.givenName[lang]}` : contact.familyName[lang];
    for (let length = 1; length <= name.length; length++) {
      const typed = name.slice(0, length);
      if (!typed.endsWith(' ')) queries.push(typed);
    }
  }
  return queries;
}

/** Generates the records and their documents (not timed). */
export function prepareSearch(n: number): SearchPrepared {
  releaseSearch();
  const organizationInputs = generateOrganizations(organizationCountFor(n), BENCH_SEED);
  const organizations = organizationInputs.map((input, i) => ({ ...input, ...meta(`org-${i}`) }));
  const contacts = generateContacts(n, BENCH_SEED, organizations.map((org) => org.id)).map((input, i) => ({ ...input, ...meta(`contact-${i}`) }));
  const context = contextFor(organizations);
  documents = [
    ...organizations.map((org) => organizationSearchProvider.toDocument(org, context)),
    ...contacts.map((contact) => contactSearchProvider.toDocument(contact, context)),
  ];
  records = { contacts, organizations };
  keystrokes = typingSequence(contacts);
  return { contacts: n, organizations: organizations.length, keystrokes: keystrokes.length, names: Math.min(TYPED_NAMES, n) };
}

/** Builds the index from the prepared documents; returns milliseconds. */
export function buildSearchIndex(): { ms: number; entries: number } {
  const start = performance.now();
  index = new SearchIndex();
  index.addAll(documents);
  return { ms: performance.now() - start, entries: index.entryCount };
}

/** Builds the naive scan's precomputed texts; returns milliseconds. */
export function buildSearchScan(): number {
  const start = performance.now();
  scanTexts = documents.map((document) => quickFilterText(Object.values(document.fields).flat()));
  return performance.now() - start;
}

function scan(query: string): number {
  const matches = createQuickFilter(query);
  let found = 0;
  if (matches) for (const text of scanTexts) if (matches(text)) found++;
  return found;
}

/** Types the prepared names letter by letter (the first `count` keystrokes), through the index or the naive scan. */
export function measureSearchTyping(method: 'index' | 'scan', count = keystrokes.length): SearchTypingSamples {
  if (!index || (method === 'scan' && scanTexts.length === 0)) throw new Error('build the index and the scan first');
  const built = index;
  const run = method === 'index' ? (query: string) => built.search(query, { limit: 20 }).length : scan;
  const samples: SearchTypingSamples = { short: [], long: [], unanswered: 0 };
  for (const query of keystrokes.slice(0, count)) {
    const start = performance.now();
    let found = run(query);
    let runs = 1;
    while (runs < REPEATS && performance.now() - start < REPEAT_BELOW_MS) {
      found = run(query);
      runs++;
    }
    const ms = (performance.now() - start) / runs;
    if (found === 0) samples.unanswered++;
    (query.length <= 2 ? samples.short : samples.long).push(ms);
  }
  return samples;
}

/** Edits, trashes and restores contacts one at a time: a document built and applied per change. */
export function measureSearchUpdates(): number[] {
  if (!index || !records) throw new Error('build the index first');
  const { contacts, organizations } = records;
  const context = contextFor(organizations);
  const samples: number[] = [];
  for (let i = 0; i < UPDATES; i++) {
    const contact = contacts[(i * 7_919) % contacts.length]!;
    const other = contacts[(i * 104_729 + 1) % contacts.length]!;
    const start = performance.now();
    if (i % 3 === 0) index.add(contactSearchProvider.toDocument({ ...contact, familyName: other.familyName }, context));
    else if (i % 3 === 1) index.remove('contact', contact.id);
    else index.add(contactSearchProvider.toDocument(contact, context));
    samples.push(performance.now() - start);
  }
  return samples;
}

export function measureSearchRecall(): RecallResult {
  return measureCrossScriptRecall(10);
}

/** The first `count` prepared keystrokes, e.g. to type them through the worker. */
export const preparedKeystrokes = (count: number): string[] => keystrokes.slice(0, count);

export function releaseSearch(): void {
  records = null;
  documents = [];
  index = null;
  scanTexts = [];
  keystrokes = [];
}
