import type { UiLanguage } from '#shared/domain/lang';

/** The Intl locale for each UI language, as renderer/app/format.ts formats dates. */
export const INTL_LOCALE: Record<UiLanguage, string> = { uk: 'uk-UA', ru: 'ru-RU', en: 'en-GB' };
