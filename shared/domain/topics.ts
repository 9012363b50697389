import { z } from 'zod';
import { localizedShortText } from './fields';
import type { LocalizedText } from './lang';

/**
 * Meeting topics come from a vocabulary the delegation can edit. The seeded ones have readable
 * ids that never change, so meetings keep pointing at them when a label is reworded; topics
 * the user adds later get record ids (ULIDs), which the same pattern accepts.
 */
export const topicId = z
  .string()
  .trim()
  .regex(/^[A-Za-z0-9-]{1,60}$/, { error: 'topic' });

export interface Topic {
  id: string;
  label: LocalizedText;
}

export const SEEDED_TOPICS: readonly Topic[] = [
  { id: 'cybersecurity', label: { uk: 'Кібербезпека', ru: 'Кибербезопасность', en: 'Cybersecurity' } },
  { id: 'green-energy', label: { uk: 'Зелена енергетика', ru: 'Зелёная энергетика', en: 'Green energy' } },
  { id: 'energy-efficiency', label: { uk: 'Енергоефективність', ru: 'Энергоэффективность', en: 'Energy efficiency' } },
  { id: 'it', label: { uk: 'ІТ', ru: 'ИТ', en: 'IT' } },
  { id: 'manufacturing', label: { uk: 'Виробництво', ru: 'Производство', en: 'Manufacturing' } },
  { id: 'sme', label: { uk: 'Малий і середній бізнес', ru: 'Малый и средний бизнес', en: 'Small and medium business' } },
  { id: 'infrastructure', label: { uk: 'Інфраструктура', ru: 'Инфраструктура', en: 'Infrastructure' } },
  { id: 'reconstruction', label: { uk: 'Відбудова', ru: 'Восстановление', en: 'Reconstruction' } },
  { id: 'investment', label: { uk: 'Інвестиції', ru: 'Инвестиции', en: 'Investment' } },
  { id: 'humanitarian-demining', label: { uk: 'Гуманітарне розмінування', ru: 'Гуманитарное разминирование', en: 'Humanitarian demining' } },
  { id: 'healthcare', label: { uk: 'Охорона здоров’я', ru: 'Здравоохранение', en: 'Healthcare' } },
  { id: 'education', label: { uk: 'Освіта', ru: 'Образование', en: 'Education' } },
  { id: 'culture', label: { uk: 'Культура', ru: 'Культура', en: 'Culture' } },
  { id: 'twinning', label: { uk: 'Побратимство міст', ru: 'Побратимство городов', en: 'Twinning' } },
];

export const SEEDED_TOPIC_IDS: ReadonlySet<string> = new Set(SEEDED_TOPICS.map((topic) => topic.id));

/** A topic as the vocabulary editor saves it: a label in at least one language. */
export const topicInputSchema = z
  .object({ label: localizedShortText })
  .refine((topic) => [topic.label.uk, topic.label.ru, topic.label.en].some((l) => l.trim() !== ''), {
    error: 'nameRequired',
    path: ['label', 'uk'],
  });
export type TopicInput = z.infer<typeof topicInputSchema>;

/** The vocabulary: the seeded topics as the user relabelled them, then the user's own. */
export function mergeTopics(stored: readonly Topic[]): Topic[] {
  const byId = new Map(stored.map((topic) => [topic.id, topic]));
  const seeded = SEEDED_TOPICS.map((topic) => byId.get(topic.id) ?? topic);
  const own = stored.filter((topic) => !SEEDED_TOPIC_IDS.has(topic.id));
  return [...seeded, ...own];
}
