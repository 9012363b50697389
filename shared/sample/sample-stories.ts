import type { LocalizedText } from '../domain/lang';

/**
 * The seed stories (shared/seeds/, see its README) by file number, with the language each was
 * published in: the free text the sample takes from a story (notes, agenda, outcomes, follow-ups)
 * stays in that language, as a delegation would have written it down.
 */
export const STORY_LANGUAGE = {
  '000': 'ru',
  '001': 'uk',
  '002': 'ru',
  '003': 'en',
  '004': 'uk',
} as const;

export type SampleStory = keyof typeof STORY_LANGUAGE;

export const loc = (uk: string, ru: string, en: string): LocalizedText => ({ uk, ru, en });

export const SAMPLE_CITY = {
  warsaw: () => loc('Варшава', 'Варшава', 'Warsaw'),
  kharkiv: () => loc('Харків', 'Харьков', 'Kharkiv'),
  paris: () => loc('Париж', 'Париж', 'Paris'),
} as const;
