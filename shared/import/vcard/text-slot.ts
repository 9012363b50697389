import { isUiLanguage, type UiLanguage } from '../../domain/lang';
import { MAX_SHORT } from '../../domain/fields';
import { languageOfName } from '../name-language';

/**
 * Which of our three spellings (uk / ru / en) a value written in the card belongs to. A declared
 * LANGUAGE wins when it agrees with the script: Outlook stamps `LANGUAGE=en-us` on every name
 * whatever its script, and a French partner's name (`LANGUAGE=fr`) is our Latin spelling, en.
 */
export function slotOf(text: string, declared: string): UiLanguage {
  const byScript = languageOfName(text);
  if (isUiLanguage(declared) && (declared === 'en') === (byScript === 'en')) return declared;
  return byScript;
}

/** Trimmed, one line, and cut to what the schema's short text accepts. */
export function shortTextOf(text: string, max = MAX_SHORT): string {
  return cut(text.replace(/\s+/g, ' ').trim(), max);
}

/** Cut to `max` UTF-16 units without splitting a surrogate pair, then trimmed again. */
export function cut(text: string, max: number): string {
  if (text.length <= max) return text;
  let end = max;
  const code = text.charCodeAt(end - 1);
  if (code >= 0xd800 && code <= 0xdbff) end--;
  return text.slice(0, end).trim();
}
