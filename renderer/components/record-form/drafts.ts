/**
 * Unsaved form input, written synchronously on every change so that closing the window or a
 * crash a moment later loses nothing. A draft is dropped once its record is saved.
 */
export interface Draft<T> {
  values: T;
  savedAt: number;
}

const PREFIX = 'delegation-desk.draft.';

export function writeDraft<T>(key: string, values: T, storage: Storage = localStorage): void {
  try {
    storage.setItem(PREFIX + key, JSON.stringify({ values, savedAt: Date.now() } satisfies Draft<T>));
  } catch {
    // A full localStorage must not break typing; the record itself still autosaves.
  }
}

export function readDraft<T>(key: string, storage: Storage = localStorage): Draft<T> | null {
  try {
    const raw = storage.getItem(PREFIX + key);
    if (!raw) return null;
    const draft = JSON.parse(raw) as Draft<T>;
    return draft && typeof draft === 'object' && 'values' in draft ? draft : null;
  } catch {
    return null;
  }
}

export function clearDraft(key: string, storage: Storage = localStorage): void {
  try {
    storage.removeItem(PREFIX + key);
  } catch {
    // Nothing to do: an unreadable storage holds no draft either.
  }
}
