import type { UiLanguage } from '../domain/lang';

const CYRILLIC = /\p{Script=Cyrillic}/u;
/** Letters Russian has and Ukrainian does not. */
const RUSSIAN_ONLY = /[ыэёъЫЭЁЪ]/u;

/**
 * Which of our name languages a name as written belongs to: Cyrillic is Ukrainian unless it has a
 * letter only Russian uses (most Ukrainian and Russian spellings of a name differ by one, and a
 * Ukrainian office's file is Ukrainian by default); anything else is kept as the Latin (en) name.
 */
export function languageOfName(text: string): UiLanguage {
  if (!CYRILLIC.test(text)) return 'en';
  return RUSSIAN_ONLY.test(text) ? 'ru' : 'uk';
}
