import { SEEDED_TOPICS, type Topic } from '#shared/domain/topics';
import type { LocalizedText } from '#shared/domain/lang';

const SEEDED_LABELS = new Map(SEEDED_TOPICS.map((topic) => [topic.id, topic.label]));

/** The label a seeded topic came with; null for the user's own topics. */
export function seededLabel(id: string): LocalizedText | null {
  return SEEDED_LABELS.get(id) ?? null;
}

const sameLabel = (a: LocalizedText, b: LocalizedText) => a.uk.trim() === b.uk.trim() && a.ru.trim() === b.ru.trim() && a.en.trim() === b.en.trim();

/** A seeded topic whose label the user has changed, so it can be given its original label back. */
export function isRelabelledSeed(topic: Topic): boolean {
  const original = seededLabel(topic.id);
  return original !== null && !sameLabel(original, topic.label);
}
