import { describe, expect, it } from 'vitest';
import { SEEDED_TOPICS } from '#shared/domain/topics';
import { isRelabelledSeed, seededLabel } from './topic-labels';

describe('topic labels', () => {
  it('knows the label a seeded topic came with, and none for the user’s own', () => {
    expect(seededLabel('cybersecurity')).toEqual({ uk: 'Кібербезпека', ru: 'Кибербезопасность', en: 'Cybersecurity' });
    expect(seededLabel('01J00000000000000000000000')).toBeNull();
  });

  it('tells a relabelled seeded topic from an untouched one; the user’s own are never "relabelled"', () => {
    const it_ = SEEDED_TOPICS.find((topic) => topic.id === 'it')!;
    expect(isRelabelledSeed(it_)).toBe(false);
    expect(isRelabelledSeed({ ...it_, label: { ...it_.label, en: 'Information technology' } })).toBe(true);
    // Whitespace the form trims is not a change.
    expect(isRelabelledSeed({ ...it_, label: { ...it_.label, en: ' IT ' } })).toBe(false);
    expect(isRelabelledSeed({ id: '01J00000000000000000000000', label: { uk: 'Велосипеди', ru: '', en: '' } })).toBe(false);
  });
});
