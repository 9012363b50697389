import { DocumentStore, type Entry, type FieldPostings, type StoredDocument } from './document-store';
import { planQuery, type QueryVariant, type QueryWord } from './query-plan';
import { rankHits, tierScore, tieBreak, TIE_RANGE } from './rank-hits';
import {
  MATCH_KINDS,
  SEARCH_FIELDS,
  type MatchKind,
  type SearchDocument,
  type SearchDocumentType,
  type SearchField,
  type SearchHit,
  type SearchOptions,
} from './search-document';
import { matchWord } from './word-match';

/**
 * The search index: documents in, ranked hits out, updated one document at a time.
 *
 * A query runs as a series of steps in rank order, one per (match kind, field, layout): exact
 * words in names first, then exact words in positions..., then prefixes, cross-script keys and
 * typos. Each step looks up one word of the query (the longest, the most selective) in that
 * field's postings, and every document it reaches is checked against all the query's words and
 * ranked (rank-hits.ts). As soon as `limit` hits are known that no later step can outrank, the
 * search stops: "л" reads a few hundred postings, not the 10 000 documents holding an л-word.
 */

export const DEFAULT_LIMIT = 20;
/** Hits a step collects at its own tier before it stops, to give closeness some choice. */
const STEP_SURPLUS = 4;
/** Documents one step checks at most, so a broad multi-word query stays bounded. */
const STEP_CANDIDATES = 5000;

interface Step {
  kind: MatchKind;
  field: SearchField;
  variant: QueryVariant;
  tier: number;
}

function planSteps(variants: readonly QueryVariant[]): Step[] {
  const steps: Step[] = [];
  for (const kind of MATCH_KINDS) {
    for (const field of SEARCH_FIELDS) {
      for (const variant of variants) {
        steps.push({ kind, field, variant, tier: tierScore(kind, field, variant.wrongLayout) });
      }
    }
  }
  return steps.sort((a, b) => b.tier - a.tier);
}

/** The word whose postings a step reads: the longest, which matches the fewest documents. */
function generatorWord(words: readonly QueryWord[]): QueryWord {
  return words.reduce((best, word) => (word.folded.length > best.folded.length ? word : best));
}

function* stepEntries(postings: FieldPostings[SearchField], kind: MatchKind, word: QueryWord): Generator<readonly number[]> {
  switch (kind) {
    case 'exact':
      yield postings.folded.exact(word.folded);
      return;
    case 'prefix':
      yield* postings.folded.prefixed(word.folded);
      return;
    case 'crossScript':
      yield* postings.keys.prefixed(word.key);
      if (word.keyBridge) yield* postings.keys.prefixed(word.keyBridge);
      return;
    case 'fuzzy':
      for (const [ids] of postings.folded.near(word.folded, word.maxTypos)) yield ids;
      for (const [ids] of postings.keys.near(word.key, word.maxTypos)) yield ids;
  }
}

/** How a document meets every word of a variant, as a hit; null if some word is missing. */
export function classifyDocument(document: StoredDocument, variant: QueryVariant): SearchHit | null {
  let weakest: { tier: number; kind: MatchKind; field: SearchField } | null = null;
  let totalDistance = 0;
  let everyWordInName = true;
  for (const word of variant.words) {
    let best: { tier: number; kind: MatchKind; field: SearchField; distance: number } | null = null;
    let inName = false;
    for (const entry of document.entries) {
      const match = matchWord(word, entry.words);
      if (!match) continue;
      if (entry.field === 'names') inName = true;
      const tier = tierScore(match.kind, entry.field, variant.wrongLayout);
      if (!best || tier > best.tier || (tier === best.tier && match.distance < best.distance)) {
        best = { tier, kind: match.kind, field: entry.field, distance: match.distance };
      }
    }
    if (!best) return null;
    everyWordInName &&= inName;
    totalDistance += best.distance;
    if (!weakest || best.tier < weakest.tier) weakest = best;
  }
  if (!weakest) return null;
  return {
    type: document.type,
    id: document.id,
    score: weakest.tier + tieBreak(totalDistance, everyWordInName),
    match: weakest.kind,
    field: weakest.field,
    wrongLayout: variant.wrongLayout,
  };
}

class HitCollector {
  private readonly best = new Map<StoredDocument, SearchHit>();
  private readonly checked = new Map<QueryVariant, Set<StoredDocument>>();

  constructor(private readonly types: ReadonlySet<SearchDocumentType> | null) {}

  /**
   * Checks a document once per variant. Returns null if it was checked before, else its best
   * score before and after (-Infinity for none), so a step can count what it added.
   */
  consider(document: StoredDocument, variant: QueryVariant): readonly [number, number] | null {
    let checked = this.checked.get(variant);
    if (!checked) this.checked.set(variant, (checked = new Set()));
    if (checked.has(document)) return null;
    checked.add(document);
    const before = this.best.get(document)?.score ?? -Infinity;
    if (this.types && !this.types.has(document.type)) return [before, before];
    const hit = classifyDocument(document, variant);
    if (!hit || hit.score <= before) return [before, before];
    this.best.set(document, hit);
    return [before, hit.score];
  }

  countAtLeast(score: number): number {
    let count = 0;
    for (const hit of this.best.values()) if (hit.score >= score) count++;
    return count;
  }

  hits(): Iterable<SearchHit> {
    return this.best.values();
  }
}

export class SearchIndex {
  private readonly store = new DocumentStore();

  get size(): number {
    return this.store.size;
  }

  /** Distinct field contents indexed (see document-store.ts), for the benchmarks. */
  get entryCount(): number {
    return this.store.entryCount;
  }

  has(type: SearchDocumentType, id: string): boolean {
    return this.store.has(type, id);
  }

  /** Adds the document, or replaces the one with the same type and id. */
  add(document: SearchDocument): void {
    this.store.upsert(document);
  }

  /** Adds many documents, e.g. every record at start: faster than add() one by one. */
  addAll(documents: Iterable<SearchDocument>): void {
    this.store.upsertMany(documents);
  }

  remove(type: SearchDocumentType, id: string): boolean {
    return this.store.remove(type, id);
  }

  /** Runs many add() and remove() calls as one bulk load: for large batches of changes. `run` must be synchronous. */
  batch(run: () => void): void {
    this.store.inBulk(run);
  }

  search(query: string, options: SearchOptions = {}): SearchHit[] {
    const limit = options.limit ?? DEFAULT_LIMIT;
    const variants = planQuery(query);
    if (variants.length === 0 || limit <= 0) return [];
    const collector = new HitCollector(options.types ? new Set(options.types) : null);
    const steps = planSteps(variants);
    for (let s = 0; s < steps.length; s++) {
      this.runStep(steps[s]!, collector, limit * STEP_SURPLUS);
      const next = steps[s + 1];
      if (!next || collector.countAtLeast(next.tier + TIE_RANGE) >= limit) break;
    }
    return rankHits(collector.hits(), limit);
  }

  private runStep(step: Step, collector: HitCollector, enough: number): void {
    const word = generatorWord(step.variant.words);
    if (step.kind === 'fuzzy' && word.maxTypos === 0) return;
    let checked = 0;
    let atTier = collector.countAtLeast(step.tier);
    for (const ids of stepEntries(this.store.postings[step.field], step.kind, word)) {
      for (const id of ids) {
        const entry: Entry | undefined = this.store.entry(id);
        if (!entry) continue;
        for (const document of entry.docs) {
          const scores = collector.consider(document, step.variant);
          if (!scores) continue;
          checked++;
          if (scores[0] < step.tier && scores[1] >= step.tier) atTier++;
          if (checked >= STEP_CANDIDATES || atTier >= enough) return;
        }
      }
    }
  }
}
