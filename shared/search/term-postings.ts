import SearchableMap from 'minisearch/SearchableMap';

/**
 * The words of one field in one form (folded or match key) → the entries holding them, in
 * MiniSearch's radix tree (`minisearch/SearchableMap`, a documented export). The tree walks a
 * prefix lazily, so a one-letter query stops after the first few hundred entries, and it finds the
 * words within an edit distance (typos) without scanning the vocabulary; ranking is ours
 * (search-index.ts, rank-hits.ts).
 *
 * Chosen by measurement (Node 20, 2 shared cores; the bench generator's 100 000 contacts and 2 000
 * organizations; 1 151 keystrokes typing 150 family names in uk/ru/en letter by letter):
 *
 *   library, as used                          build   heap     keystroke p50 / p95   1–2 letters p95   update p95   typos
 *   MiniSearch SearchableMap + our top-k       9.4 s   35 MiB   0.41 / 1.56 ms        0.47 ms           0.05 ms      yes
 *   MiniSearch search() (BM25, all matches)   13.3 s  205 MiB   3.4 / 499 ms          881 ms            0.21 ms      yes
 *   FlexSearch 0.8 Document, forward, limit   35.8 s  376 MiB   0.04 / 0.10 ms        0.12 ms           423 ms       no
 *   naive scan (quick-filter.ts)               2.9 s   85 MiB   117 / 278 ms          125 ms            —            no
 *
 * MiniSearch's own search scores every document that matches before sorting, which a one-letter
 * query makes tens of thousands. FlexSearch answers fastest, but its forward index holds every
 * prefix of every word (10× the memory), removes a document by scanning the index unless a
 * per-document register (more memory still) is kept, ranks an exact word no higher than a longer
 * one sharing its prefix, and has no edit-distance typo tolerance (its phonetic encoders are
 * Latin-only). The build time above predates the bulk load below, which cut the build by about 40%.
 */
/** Removes one id; order within a word's list carries no meaning, so the last id fills the gap. */
function removeId(ids: number[], id: number): boolean {
  const at = ids.indexOf(id);
  if (at < 0) return false;
  ids[at] = ids[ids.length - 1]!;
  ids.pop();
  return true;
}

export class TermPostings {
  private readonly tree = new SearchableMap<number[]>();
  /** While loading many entries: postings gathered in a plain map, put into the tree once per word. */
  private staged: Map<string, number[]> | null = null;

  add(word: string, entryId: number): void {
    if (this.staged) {
      const ids = this.staged.get(word);
      if (ids) ids.push(entryId);
      else this.staged.set(word, [entryId]);
      return;
    }
    this.tree.fetch(word, () => []).push(entryId);
  }

  /**
   * Defers adds until endBulk: a tree walk per word instead of per (word, entry), which makes a
   * full build several times faster. Nothing may be read or removed in between.
   */
  beginBulk(): void {
    this.staged ??= new Map();
  }

  endBulk(): void {
    const staged = this.staged;
    this.staged = null;
    if (!staged) return;
    for (const [word, ids] of staged) {
      const known = this.tree.get(word);
      // A loop, not push(...ids): a word of 100 000 entries would pass the engine's argument limit.
      if (known) for (const id of ids) known.push(id);
      else this.tree.set(word, ids);
    }
  }

  remove(word: string, entryId: number): void {
    // During a bulk load, a document replaced within the batch may hold staged words.
    const staged = this.staged?.get(word);
    if (staged && removeId(staged, entryId)) {
      if (staged.length === 0) this.staged?.delete(word);
      return;
    }
    const ids = this.tree.get(word);
    if (ids && removeId(ids, entryId) && ids.length === 0) this.tree.delete(word);
  }

  exact(word: string): readonly number[] {
    return this.tree.get(word) ?? [];
  }

  /** Entry lists of every word starting with `prefix`, lazily: stop iterating to stop the walk. */
  *prefixed(prefix: string): Generator<readonly number[]> {
    if (!prefix) return;
    for (const ids of this.tree.atPrefix(prefix).values()) yield ids;
  }

  /** Entry lists of the words within `maxDistance` edits of `word`, with their distance. */
  *near(word: string, maxDistance: number): Generator<readonly [readonly number[], number]> {
    if (!word || maxDistance <= 0) return;
    for (const [ids, distance] of this.tree.fuzzyGet(word, maxDistance).values()) yield [ids, distance];
  }

  get words(): number {
    return this.tree.size;
  }
}
