import type { UiLanguage } from '#shared/domain/lang';
import { pickLocalized } from '#shared/domain/lang';
import { PREVIEW_ROWS, type PreviewPerson } from '../../import/import-protocol';

/** A person's name in the UI language, falling back to another spelling, then to the name as written. */
export function previewName(person: Pick<PreviewPerson, 'name' | 'nameOriginal'>, language: UiLanguage): string {
  return pickLocalized(person.name, language, person.nameOriginal);
}

/** Long lists are shown up to this many rows (all the worker sends); the rest are counted ("…and 812 more"). */
export const SHOWN_ROWS = PREVIEW_ROWS;

/** The rows to show of a list that has `total` in all (the preview's lists stop at PREVIEW_ROWS). */
export function capped<T>(items: readonly T[], total = items.length, limit = SHOWN_ROWS): { shown: readonly T[]; more: number } {
  const shown = items.length > limit ? items.slice(0, limit) : items;
  return { shown, more: Math.max(0, total - shown.length) };
}

/** "12 contacts, 2 organizations and 1 meeting", joined as the UI language joins lists. */
export function joinList(parts: readonly string[], language: UiLanguage): string {
  return new Intl.ListFormat(language, { style: 'long', type: 'conjunction' }).format(parts);
}
