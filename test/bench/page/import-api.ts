/**
 * The import part of `window.bench` (test/bench/import.step.ts drives it): 10 000 vCards
 * imported through the app's import worker into a workspace holding the sample and 1 000
 * contacts, against a raw IndexedDB put of the same contact records into a fresh store.
 */

export interface ImportPrepared {
  cards: number;
  /** Cards repeating someone already in the workspace. */
  repeats: number;
  bytes: number;
  existingContacts: number;
  generateMs: number;
}

export interface ImportRunResult {
  /** From `open` to the apply's transaction committed (the result is back on the page). */
  committedMs: number;
  /** ...and on to the search worker having indexed the new records. */
  indexedMs: number;
  openMs: number;
  applyMs: number;
  newContacts: number;
  duplicates: number;
  rejected: number;
  mergedWithinFile: number;
  added: { contacts: number; organizations: number };
  merged: number;
  /** Documents in the search index before and after. */
  documentsBefore: number;
  documentsAfter: number;
}

export interface ImportBenchApi {
  /** Generates the workspace's 1 000 people and the vCard file (not timed). */
  prepareImport(cards: number, existing: number, seed: number): Promise<ImportPrepared>;
  /** A fresh app database with the sample and the existing people, and the search worker over it, built. */
  resetImportWorkspace(): Promise<{ contacts: number; documents: number }>;
  /** The app's path: the import client's open (read, plan) and apply (write) of the file, merging all duplicates. */
  importViaWorker(): Promise<ImportRunResult>;
  /** Reads back the contact records the last import wrote (added and merged), for the baseline; returns their count. Not timed. */
  collectImportWrites(): Promise<number>;
  /** The baseline: the contact records the last app import wrote, put in one transaction into a fresh store with the same indexes. */
  importRaw(): Promise<number>;
  releaseImport(): Promise<void>;
}
