import { expect, type Locator, type Page } from '@playwright/test';
import enCommon from '../../../renderer/i18n/locales/en/common.json' with { type: 'json' };
import enContacts from '../../../renderer/i18n/locales/en/contacts.json' with { type: 'json' };
import enOrganizations from '../../../renderer/i18n/locales/en/organizations.json' with { type: 'json' };
import enTrash from '../../../renderer/i18n/locales/en/trash.json' with { type: 'json' };
import enSettings from '../../../renderer/i18n/locales/en/settings.json' with { type: 'json' };
import enValidation from '../../../renderer/i18n/locales/en/validation.json' with { type: 'json' };
import ukCommon from '../../../renderer/i18n/locales/uk/common.json' with { type: 'json' };
import ukContacts from '../../../renderer/i18n/locales/uk/contacts.json' with { type: 'json' };
import ukOrganizations from '../../../renderer/i18n/locales/uk/organizations.json' with { type: 'json' };
import ukTrash from '../../../renderer/i18n/locales/uk/trash.json' with { type: 'json' };
import ukSettings from '../../../renderer/i18n/locales/uk/settings.json' with { type: 'json' };
import ukValidation from '../../../renderer/i18n/locales/uk/validation.json' with { type: 'json' };
import ruCommon from '../../../renderer/i18n/locales/ru/common.json' with { type: 'json' };
import ruContacts from '../../../renderer/i18n/locales/ru/contacts.json' with { type: 'json' };
import ruOrganizations from '../../../renderer/i18n/locales/ru/organizations.json' with { type: 'json' };
import ruTrash from '../../../renderer/i18n/locales/ru/trash.json' with { type: 'json' };
import ruSettings from '../../../renderer/i18n/locales/ru/settings.json' with { type: 'json' };
import ruValidation from '../../../renderer/i18n/locales/ru/validation.json' with { type: 'json' };
import enEvents from '../../../renderer/i18n/locales/en/events.json' with { type: 'json' };
import enMeetings from '../../../renderer/i18n/locales/en/meetings.json' with { type: 'json' };
import enFollowUps from '../../../renderer/i18n/locales/en/followUps.json' with { type: 'json' };
import enAgreements from '../../../renderer/i18n/locales/en/agreements.json' with { type: 'json' };
import enClauseLibrary from '../../../renderer/i18n/locales/en/clauseLibrary.json' with { type: 'json' };
import ukEvents from '../../../renderer/i18n/locales/uk/events.json' with { type: 'json' };
import ukMeetings from '../../../renderer/i18n/locales/uk/meetings.json' with { type: 'json' };
import ukFollowUps from '../../../renderer/i18n/locales/uk/followUps.json' with { type: 'json' };
import ukAgreements from '../../../renderer/i18n/locales/uk/agreements.json' with { type: 'json' };
import ukClauseLibrary from '../../../renderer/i18n/locales/uk/clauseLibrary.json' with { type: 'json' };
import ruEvents from '../../../renderer/i18n/locales/ru/events.json' with { type: 'json' };
import ruMeetings from '../../../renderer/i18n/locales/ru/meetings.json' with { type: 'json' };
import ruFollowUps from '../../../renderer/i18n/locales/ru/followUps.json' with { type: 'json' };
import ruAgreements from '../../../renderer/i18n/locales/ru/agreements.json' with { type: 'json' };
import ruClauseLibrary from '../../../renderer/i18n/locales/ru/clauseLibrary.json' with { type: 'json' };

/**
 * What the user reads on screen, straight from the app's locale files, so the specs find
 * controls by the same translated names a user (or a screen reader) meets.
 */
export const UI = {
  uk: {
    common: ukCommon,
    contacts: ukContacts,
    organizations: ukOrganizations,
    trash: ukTrash,
    settings: ukSettings,
    validation: ukValidation,
    events: ukEvents,
    meetings: ukMeetings,
    followUps: ukFollowUps,
    agreements: ukAgreements,
    clauseLibrary: ukClauseLibrary,
  },
  ru: {
    common: ruCommon,
    contacts: ruContacts,
    organizations: ruOrganizations,
    trash: ruTrash,
    settings: ruSettings,
    validation: ruValidation,
    events: ruEvents,
    meetings: ruMeetings,
    followUps: ruFollowUps,
    agreements: ruAgreements,
    clauseLibrary: ruClauseLibrary,
  },
  en: {
    common: enCommon,
    contacts: enContacts,
    organizations: enOrganizations,
    trash: enTrash,
    settings: enSettings,
    validation: enValidation,
    events: enEvents,
    meetings: enMeetings,
    followUps: enFollowUps,
    agreements: enAgreements,
    clauseLibrary: enClauseLibrary,
  },
} as const;

export type Lang = keyof typeof UI;
export const LANGS: readonly Lang[] = ['uk', 'ru', 'en'];

/** The app's own origin: the web build must never reach anywhere else. */
export const APP_ORIGIN = `http://127.0.0.1:${process.env.E2E_PORT ?? 4173}`;

/** The sample workspace holds 11 organizations and 9 contacts. */
export const SAMPLE_CONTACT_COUNT = 9;

/** Fills an i18next template: `{{name}}` and `{{count, number}}` placeholders. */
export function format(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{\{\s*(\w+)(?:\s*,\s*number)?\s*\}\}/g, (_, key: string) => String(values[key] ?? ''));
}

/** Picks the plural form i18next would pick for `count` (key_one, key_few, …) and fills it. */
export function plural(lang: Lang, forms: object, key: string, count: number, values: Record<string, string | number> = {}) {
  const category = new Intl.PluralRules(lang).select(count);
  const table = forms as Record<string, string | undefined>;
  const template = table[`${key}_${category}`] ?? table[`${key}_other`];
  if (template === undefined) throw new Error(`No plural form ${key}_${category}`);
  return format(template, { count, ...values });
}

/** A field label as the localized inputs show it, e.g. "Ім’я (англійська)". */
export function inLanguage(lang: Lang, field: string, fieldLang: Lang): string {
  return format(UI[lang].common.form.inLanguage, { field, language: UI[lang].common.languageNames[fieldLang] });
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Picks the interface language in the header, whatever language the UI shows now. */
export async function switchLanguage(page: Page, to: Lang): Promise<void> {
  const names = LANGS.map((lang) => escapeRegExp(UI[lang].common.languageNames[to]));
  const radio = page.getByRole('banner').getByRole('radio', { name: new RegExp(`^(${names.join('|')})$`) });
  // The segmented control hides its radio inputs and shows labels: click what the user sees.
  await page.getByRole('banner').getByText({ uk: 'УКР', ru: 'РУС', en: 'ENG' }[to], { exact: true }).click();
  await expect(radio).toBeChecked();
  await expect(page.locator('html')).toHaveAttribute('lang', to);
}

export type Section = 'today' | 'events' | 'meetings' | 'followUps' | 'agreements' | 'contacts' | 'organizations' | 'trash' | 'settings';

/** A section's page title: its namespace's title, or for Today the one of the Today view. */
function sectionTitle(lang: Lang, section: Section): string {
  return section === 'today' ? UI[lang].events.today.title : UI[lang][section].title;
}

/** Goes to a section through the sidebar. */
export async function openSection(page: Page, lang: Lang, section: Section) {
  await page
    .getByRole('navigation', { name: UI[lang].common.nav.label })
    // A link also names its count badge: "Кошик 1 запис у кошику", "Доручення Строк настав або минув: 3".
    .getByRole('link', { name: new RegExp(`^${escapeRegExp(UI[lang].common.nav[section])}(\\s|$)`) })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: sectionTitle(lang, section), exact: true })).toBeVisible();
}

/** Starts on the empty workspace and loads the sample data from the button on the contacts screen. */
export async function loadSampleWorkspace(page: Page, lang: Lang = 'uk'): Promise<void> {
  await page.goto('/');
  await page.getByRole('button', { name: UI[lang].common.sample.load }).click();
  await expect(countStatus(page)).toHaveText(plural(lang, UI[lang].contacts, 'count', SAMPLE_CONTACT_COUNT));
}

/** The "9 контактів" line next to the quick filter. */
export function countStatus(page: Page): Locator {
  return page.getByRole('main').getByRole('status').first();
}

/** The body rows of a record table (the head holds the titles and the filters). */
export function bodyRows(table: Locator): Locator {
  return table.getByRole('rowgroup').nth(1).getByRole('row');
}

/** The column titles of a record table, in screen order. */
export function columnHeaders(table: Locator): Locator {
  return table.getByRole('columnheader');
}

/** The text of one column in every body row, in screen order. */
export async function columnValues(table: Locator, column: string): Promise<string[]> {
  const titles = (await columnHeaders(table).allInnerTexts()).map((title) => title.trim());
  const index = titles.indexOf(column);
  if (index < 0) throw new Error(`No column "${column}" among ${titles.join(', ')}`);
  return bodyRows(table).evaluateAll(
    (rows, i) => rows.map((row) => ((row as HTMLTableRowElement).cells[i]?.textContent ?? '').trim()),
    index,
  );
}

/** Chooses an option of a Mantine select, typing first when the list is long. */
export async function choose(page: Page, combobox: Locator, option: string, typeFirst = false): Promise<void> {
  await combobox.click();
  if (typeFirst) await combobox.fill(option);
  await page.getByRole('option', { name: option, exact: true }).click();
  await expect(combobox).toHaveValue(option);
}

/**
 * Waits until the page is visually still: a dialog that is fading in has colours halfway to its
 * own, which neither a contrast check nor a screenshot should see. Waits for running CSS
 * transitions and animations (not for endless ones), after two frames so that any just started.
 */
export async function settle(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    const finite = document.getAnimations().filter((animation) => animation.effect?.getComputedTiming().endTime !== Infinity);
    await Promise.all(finite.map((animation) => animation.finished.catch(() => undefined)));
  });
}

/** Closes every notification on screen (the last button of each is its close button). */
export async function dismissNotifications(page: Page): Promise<void> {
  for (const alert of await page.getByRole('alert').all()) await alert.getByRole('button').last().click();
  await expect(page.getByRole('alert')).toHaveCount(0);
}
