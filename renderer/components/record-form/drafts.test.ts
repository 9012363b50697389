import { describe, expect, it } from 'vitest';
import { clearDraft, readDraft, writeDraft } from './drafts';

class MemoryStorage implements Storage {
  private items = new Map<string, string>();
  get length() {
    return this.items.size;
  }
  clear() {
    this.items.clear();
  }
  getItem(key: string) {
    return this.items.get(key) ?? null;
  }
  key(index: number) {
    return [...this.items.keys()][index] ?? null;
  }
  removeItem(key: string) {
    this.items.delete(key);
  }
  setItem(key: string, value: string) {
    this.items.set(key, value);
  }
}

describe('drafts', () => {
  it('keeps what was typed until it is cleared', () => {
    const storage = new MemoryStorage();
    writeDraft('contact:new', { nameOriginal: 'Juliette Delbe' }, storage);
    expect(readDraft('contact:new', storage)?.values).toEqual({ nameOriginal: 'Juliette Delbe' });
    clearDraft('contact:new', storage);
    expect(readDraft('contact:new', storage)).toBeNull();
  });

  it('ignores a corrupt entry instead of failing', () => {
    const storage = new MemoryStorage();
    storage.setItem('delegation-desk.draft.contact:1', '{not json');
    expect(readDraft('contact:1', storage)).toBeNull();
  });

  it('survives a storage that refuses writes', () => {
    const storage = new MemoryStorage();
    storage.setItem = () => {
      throw new DOMException('full', 'QuotaExceededError');
    };
    expect(() => writeDraft('contact:1', {}, storage)).not.toThrow();
  });
});
