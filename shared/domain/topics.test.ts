import { describe, expect, it } from 'vitest';
import { SEEDED_TOPICS, topicId } from './topics';

describe('seeded topics', () => {
  it('has the fourteen topics of the brief, each with a valid, unique id', () => {
    expect(SEEDED_TOPICS).toHaveLength(14);
    expect(new Set(SEEDED_TOPICS.map((t) => t.id)).size).toBe(14);
    for (const topic of SEEDED_TOPICS) expect(topicId.safeParse(topic.id).success, topic.id).toBe(true);
  });

  it('labels every topic in all three languages', () => {
    for (const { id, label } of SEEDED_TOPICS) {
      for (const lang of ['uk', 'ru', 'en'] as const) expect(label[lang].trim(), `${id} ${lang}`).not.toBe('');
    }
  });
});
