import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { SEEDED_TOPICS } from '#shared/domain/topics';
import { emptyMeetingInput } from '#shared/domain/meeting';
import { testWorkspaces } from './test-workspaces';
import { appErrorOf } from './test-rejection';

const workspace = testWorkspaces();

describe('topic repository', () => {
  it('lists the seeded vocabulary on an empty workspace', async () => {
    const { topics } = workspace();
    expect((await topics.list()).map((t) => t.id)).toEqual(SEEDED_TOPICS.map((t) => t.id));
  });

  it('relabels a seeded topic in place and appends the user’s own topics', async () => {
    const { topics } = workspace();
    await topics.relabel('it', { label: { uk: 'Інформаційні технології', ru: 'Информационные технологии', en: 'Information technology' } });
    const bikes = await topics.create({ label: { uk: 'Велосипеди', ru: 'Велосипеды', en: 'Bicycles' } });
    const list = await topics.list();
    expect(list.find((t) => t.id === 'it')?.label.en).toBe('Information technology');
    expect(list.map((t) => t.id).indexOf('it')).toBe(SEEDED_TOPICS.findIndex((t) => t.id === 'it'));
    expect(list.at(-1)).toEqual(bikes);
  });

  it('refuses a topic without any label, and a meeting can use a new topic', async () => {
    const { topics, meetings } = workspace();
    const error = await appErrorOf(topics.create({ label: { uk: ' ', ru: '', en: '' } }));
    expect(error.details?.issues).toEqual([{ path: 'label.uk', code: 'nameRequired' }]);
    const bikes = await topics.create({ label: { uk: 'Велосипеди', ru: '', en: '' } });
    const meeting = await meetings.create({
      ...emptyMeetingInput(),
      title: { uk: 'Велосипеди', ru: '', en: '' },
      date: '2026-05-20',
      startTime: '10:00',
      endTime: '11:00',
      timeZone: 'Europe/Kyiv',
      topics: [bikes.id, 'manufacturing'],
    });
    expect(meeting.topics).toEqual([bikes.id, 'manufacturing']);
  });
});
