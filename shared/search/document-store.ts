import { SEARCH_FIELDS, documentKey, type SearchDocument, type SearchDocumentType, type SearchField } from './search-document';
import { wordForms } from './search-words';
import { TermPostings } from './term-postings';
import type { FieldWords } from './word-match';

/**
 * The documents of the index and the words they hold. A field's words are interned as an entry
 * shared by every document with the same words: 100 000 contacts hold a few dozen distinct
 * positions, cities and organization names, so those are indexed once each, and renaming an
 * organization re-points its people instead of re-indexing their words.
 */

export interface Entry {
  id: number;
  field: SearchField;
  words: FieldWords;
  docs: StoredDocument[];
}

export interface StoredDocument {
  type: SearchDocumentType;
  id: string;
  /** One per non-empty field, in SEARCH_FIELDS order. */
  entries: Entry[];
}

const contentKey = (field: SearchField, words: FieldWords): string =>
  `${field}\u0000${words.folded.join(' ')}\u0000${words.keys.join(' ')}`;

export type FieldPostings = Record<SearchField, { folded: TermPostings; keys: TermPostings }>;

export class DocumentStore {
  private readonly documents = new Map<string, StoredDocument>();
  private readonly entriesByContent = new Map<string, Entry>();
  private readonly entriesById = new Map<number, Entry>();
  /** One string per distinct word, so 100 000 documents do not each hold their own copies. */
  private readonly wordPool = new Map<string, string>();
  private nextEntryId = 1;
  readonly postings: FieldPostings = Object.fromEntries(
    SEARCH_FIELDS.map((field) => [field, { folded: new TermPostings(), keys: new TermPostings() }]),
  ) as FieldPostings;

  get size(): number {
    return this.documents.size;
  }

  get entryCount(): number {
    return this.entriesById.size;
  }

  has(type: SearchDocumentType, id: string): boolean {
    return this.documents.has(documentKey(type, id));
  }

  entry(id: number): Entry | undefined {
    return this.entriesById.get(id);
  }

  /** Adds many documents at once (a full build): faster than one upsert each. */
  upsertMany(documents: Iterable<SearchDocument>): void {
    this.inBulk(() => {
      for (const document of documents) this.upsert(document);
    });
  }

  /**
   * Runs upserts and removals with the postings' bulk load on (see TermPostings.beginBulk), e.g. a
   * batch of 10 000 imported people. `run` must be synchronous: nothing may search meanwhile.
   */
  inBulk(run: () => void): void {
    const all = SEARCH_FIELDS.flatMap((field) => [this.postings[field].folded, this.postings[field].keys]);
    for (const postings of all) postings.beginBulk();
    try {
      run();
    } finally {
      for (const postings of all) postings.endBulk();
    }
  }

  /** Adds a document or replaces the one with its type and id. */
  upsert(document: SearchDocument): void {
    const key = documentKey(document.type, document.id);
    const previous = this.documents.get(key);
    const stored: StoredDocument = { type: document.type, id: document.id, entries: [] };
    // New entries first, so an entry the old and new versions share is never dropped and rebuilt.
    for (const field of SEARCH_FIELDS) {
      const texts = document.fields[field];
      if (!texts || texts.length === 0) continue;
      const entry = this.intern(field, texts);
      if (entry) {
        entry.docs.push(stored);
        stored.entries.push(entry);
      }
    }
    this.documents.set(key, stored);
    if (previous) this.detach(previous);
  }

  remove(type: SearchDocumentType, id: string): boolean {
    const key = documentKey(type, id);
    const stored = this.documents.get(key);
    if (!stored) return false;
    this.documents.delete(key);
    this.detach(stored);
    return true;
  }

  private pooled(words: readonly string[]): string[] {
    return words.map((word) => {
      const known = this.wordPool.get(word);
      if (known !== undefined) return known;
      this.wordPool.set(word, word);
      return word;
    });
  }

  private intern(field: SearchField, texts: readonly string[]): Entry | null {
    const forms = wordForms(texts);
    if (forms.folded.length === 0 && forms.keys.length === 0) return null;
    const content = contentKey(field, forms);
    const known = this.entriesByContent.get(content);
    if (known) return known;
    const entry: Entry = {
      id: this.nextEntryId++,
      field,
      words: { folded: this.pooled(forms.folded), keys: this.pooled(forms.keys) },
      docs: [],
    };
    this.entriesByContent.set(content, entry);
    this.entriesById.set(entry.id, entry);
    for (const word of entry.words.folded) this.postings[field].folded.add(word, entry.id);
    for (const key of entry.words.keys) this.postings[field].keys.add(key, entry.id);
    return entry;
  }

  private detach(stored: StoredDocument): void {
    for (const entry of stored.entries) {
      const at = entry.docs.indexOf(stored);
      if (at >= 0) {
        entry.docs[at] = entry.docs[entry.docs.length - 1]!;
        entry.docs.pop();
      }
      if (entry.docs.length === 0) this.drop(entry);
    }
  }

  private drop(entry: Entry): void {
    this.entriesByContent.delete(contentKey(entry.field, entry.words));
    this.entriesById.delete(entry.id);
    for (const word of entry.words.folded) this.postings[entry.field].folded.remove(word, entry.id);
    for (const key of entry.words.keys) this.postings[entry.field].keys.remove(key, entry.id);
  }
}
