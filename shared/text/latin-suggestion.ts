import { romanizeUk } from './romanize-uk';

/**
 * The English spelling to offer for a Ukrainian name: its official romanization, or nothing
 * when the text is not Ukrainian enough to romanize (Russian letters pass through romanizeUk
 * unchanged, and a half-Cyrillic suggestion helps nobody).
 */
export function latinSuggestionForUk(ukrainian: string): string {
  const latin = romanizeUk(ukrainian.trim());
  return /\p{Script=Cyrillic}/u.test(latin) ? '' : latin;
}
