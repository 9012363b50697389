import { mergeTopics, topicInputSchema, type Topic } from '#shared/domain/topics';
import { parseOrThrow } from '#shared/domain/validation';
import { newRecordId } from '#shared/domain/ids';
import type { DeskDatabase } from './db';
import { guardStorage } from './storage-error';

/**
 * The editable topic vocabulary. Seeded topics live in code and need no row until relabelled;
 * topics are never deleted, since meetings keep pointing at them.
 */
export function createTopicRepository(db: DeskDatabase, now: () => number = Date.now) {
  return {
    list: async (): Promise<Topic[]> => mergeTopics(await guardStorage(() => db.topics.toArray())),

    async create(input: unknown): Promise<Topic> {
      const { label } = parseOrThrow(topicInputSchema, input);
      const topic = { id: newRecordId(now()), label };
      await guardStorage(() => db.topics.add(topic));
      return topic;
    },

    /** Relabels a topic, seeded or the user's own. */
    async relabel(id: string, input: unknown): Promise<Topic> {
      const { label } = parseOrThrow(topicInputSchema, input);
      const topic = { id, label };
      await guardStorage(() => db.topics.put(topic));
      return topic;
    },
  };
}

export type TopicRepository = ReturnType<typeof createTopicRepository>;
