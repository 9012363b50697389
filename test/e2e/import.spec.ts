import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect, type Locator, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import ukImport from '../../renderer/i18n/locales/uk/import.json' with { type: 'json' };
import ruImport from '../../renderer/i18n/locales/ru/import.json' with { type: 'json' };
import enImport from '../../renderer/i18n/locales/en/import.json' with { type: 'json' };
import ukErrors from '../../renderer/i18n/locales/uk/errors.json' with { type: 'json' };
import { LANGS, UI, countStatus, format, settle, switchLanguage, type Lang } from './support/desk';

const IMPORT = { uk: ukImport, ru: ruImport, en: enImport } as const;
const VCARD_FIXTURES = 'test/fixtures/vcard-clients';
const IMPORT_FIXTURES = 'test/fixtures/import';
const SCREENS = process.env.E2E_SCREENS_DIR ?? 'test-results/screens';

const fixture = (folder: string, name: string) => ({ name, mimeType: 'application/octet-stream', buffer: readFileSync(join(folder, name)) });

/** Goes to Import through the sidebar, as a user does. */
async function openImport(page: Page, lang: Lang): Promise<void> {
  await page.getByRole('navigation', { name: UI[lang].common.nav.label }).getByRole('link', { name: UI[lang].common.nav.import }).click();
  await expect(page.getByRole('heading', { level: 1, name: IMPORT[lang].title, exact: true })).toBeVisible();
}

/** Chooses a file in the picker and waits until its preview is shown. */
async function chooseFile(page: Page, lang: Lang, file: { name: string; mimeType: string; buffer: Buffer }): Promise<void> {
  await page.locator('input[type="file"]').setInputFiles(file);
  // The first file starts the import worker (its readers are a large script): allow for a busy machine.
  await expect(page.getByRole('heading', { name: IMPORT[lang].preview.heading })).toBeVisible({ timeout: 30_000 });
}

/** A preview tab by its count phrase, whatever the count: "3 нові контакти", "12 нових контактів". */
function tab(page: Page, lang: Lang, key: 'new' | 'duplicates' | 'rejected'): Locator {
  const forms = Object.entries(IMPORT[lang].preview)
    .filter(([name]) => name.startsWith(`${key}_`))
    .map(([, template]) => (template as string).replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace('\\{\\{count, number\\}\\}', '[\\d\\s\u00a0]+'));
  return page.getByRole('tab', { name: new RegExp(`^(${forms.join('|')})$`) });
}

/** The probable-duplicates table: one row per incoming person, beside the existing one. */
const duplicateRows = (page: Page): Locator => page.getByRole('tabpanel').locator('tbody tr');

/** Imports what is previewed and waits for the notice; returns the notice. */
async function applyImport(page: Page, lang: Lang): Promise<Locator> {
  await page.getByRole('button', { name: IMPORT[lang].apply.button, exact: true }).click();
  const notice = page.getByRole('alert').filter({ hasText: IMPORT[lang].result.title });
  await expect(notice).toBeVisible();
  return notice;
}

const historyRow = (page: Page, lang: Lang, fileName: string) =>
  page.getByRole('region', { name: IMPORT[lang].history.heading }).getByRole('row').filter({ hasText: fileName });

async function shoot(page: Page, name: string): Promise<void> {
  await page.mouse.move(0, 0);
  await settle(page);
  await page.screenshot({ path: `${SCREENS}/${name}.png`, fullPage: true });
}

/** Serious or critical axe violations on the page as it is now. */
async function axeViolations(page: Page): Promise<string[]> {
  await page.mouse.move(0, 0);
  await settle(page);
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
}

async function openSearch(page: Page, lang: Lang): Promise<Locator> {
  await page.keyboard.press('Control+k');
  const box = page.getByRole('dialog').getByRole('textbox');
  await expect(box).toBeFocused();
  void lang;
  return box;
}

/** Loads the sample from the empty workspace's button; a busy machine may need more than the usual wait. */
async function loadSample(page: Page): Promise<void> {
  await page.goto('/');
  await page.getByRole('button', { name: UI.uk.common.sample.load }).click();
  await expect(countStatus(page)).toHaveText(format(UI.uk.contacts.count_many, { count: 9 }), { timeout: 30_000 });
}

test.describe('import', () => {
  // Each test imports several files through the worker and scans with axe: minutes on a busy machine.
  test.describe.configure({ timeout: 240_000 });

  test('vCards from real clients, then an Android phone whose “Лисогор Артем” is merged into Artem Lysohor', async ({ page }) => {
    const uk = IMPORT.uk;
    await loadSample(page);
    await openImport(page, 'uk');
    await expect(page.getByText(uk.choose.vcard)).toBeVisible();

    // The real clients' cards: each previewed, then imported as it is.
    const cards = readdirSync(VCARD_FIXTURES).filter((name) => name.endsWith('.vcf'));
    expect(cards.length).toBeGreaterThanOrEqual(4);
    for (const name of cards) {
      await chooseFile(page, 'uk', fixture(VCARD_FIXTURES, name));
      await applyImport(page, 'uk');
      await expect(historyRow(page, 'uk', name)).toHaveCount(1);
    }

    // The Android phone: Cyrillic names in quoted-printable UTF-8.
    await chooseFile(page, 'uk', fixture(IMPORT_FIXTURES, 'android-2.1-cyrillic.vcf'));
    await expect(tab(page, 'uk', 'duplicates')).toHaveAttribute('aria-selected', 'true');
    await expect(duplicateRows(page).filter({ hasText: 'Артем Лисогор' })).toContainText(uk.preview.reasons.name);
    for (const lang of LANGS) {
      await switchLanguage(page, lang);
      await expect(page.getByRole('heading', { name: IMPORT[lang].preview.heading })).toBeVisible();
      await shoot(page, `import-duplicates-${lang}`);
    }
    // In English the incoming Cyrillic card sits beside the existing "Artem Lysohor".
    const row = duplicateRows(page).filter({ hasText: 'Artem Lysohor' });
    await expect(row).toHaveCount(1);
    await expect(row.locator('td').first()).toContainText('Артем Лисогор');
    await expect(row).toContainText(IMPORT.en.preview.reasons.name);
    await expect(row.getByRole('radio', { name: IMPORT.en.preview.decision.merge })).toBeChecked();

    expect(await axeViolations(page), 'axe on the preview').toEqual([]);

    const notice = await applyImport(page, 'en');
    await expect(notice).toContainText(/Merged \d+ contacts?\./);

    // Artem Lysohor now has the phone and the email from the phone book.
    await page.getByRole('navigation', { name: UI.en.common.nav.label }).getByRole('link', { name: UI.en.common.nav.contacts }).click();
    await page.getByRole('table', { name: UI.en.contacts.title }).getByRole('row', { name: /Artem Lysohor/ }).click();
    await expect(page.getByRole('heading', { level: 1, name: /Artem Lysohor$/ })).toBeVisible();
    await expect(page.getByRole('main')).toContainText('artem.lysohor@example.com');
    await expect(page.getByRole('main')).toContainText('+380501234567');
  });

  test('an Outlook CSV and a Windows-1251 CSV read right, and an import undone', async ({ page }) => {
    const uk = IMPORT.uk;
    await loadSample(page);
    await openImport(page, 'uk');

    await chooseFile(page, 'uk', fixture(IMPORT_FIXTURES, 'outlook-contacts.csv'));
    await expect(page.getByText(uk.columns.layout.outlook, { exact: true })).toBeVisible();
    await applyImport(page, 'uk');

    // Excel in a Ukrainian office: Windows-1251 and semicolons, matched by the headers.
    await chooseFile(page, 'uk', fixture(IMPORT_FIXTURES, 'excel-1251-semicolon.csv'));
    await expect(page.getByText(format(uk.columns.encodingRead, { encoding: uk.columns.cp1251 }))).toBeVisible();
    await expect(page.getByText(uk.columns.layout.generic, { exact: true })).toBeVisible();
    await expect(page.getByRole('table').filter({ hasText: uk.columns.samples })).toContainText('Лисогор');
    for (const lang of LANGS) {
      await switchLanguage(page, lang);
      await shoot(page, `import-mapping-${lang}`);
    }
    await switchLanguage(page, 'uk');
    await tab(page, 'uk', 'new').click();
    await expect(page.getByRole('tabpanel')).toContainText('Євгенія Ґонта');
    expect(await axeViolations(page), 'axe on the mapping').toEqual([]);
    await applyImport(page, 'uk');

    // The contacts list has her, spelled right.
    await page.getByRole('navigation', { name: UI.uk.common.nav.label }).getByRole('link', { name: UI.uk.common.nav.contacts }).click();
    const contacts = page.getByRole('table', { name: UI.uk.contacts.title });
    await expect(contacts.getByRole('row', { name: /Євгенія Ґонта/ })).toHaveCount(1);
    const withImports = await countStatus(page).innerText();

    // Undone from the history: she is gone from the list and from search.
    await openImport(page, 'uk');
    const row = historyRow(page, 'uk', 'excel-1251-semicolon.csv');
    await row.getByRole('button', { name: format(uk.history.undoLabel, { name: 'excel-1251-semicolon.csv' }) }).click();
    const dialog = page.getByRole('dialog', { name: uk.undo.title });
    await expect(dialog).toContainText('excel-1251-semicolon.csv');
    await shoot(page, 'import-undo-uk');
    await dialog.getByRole('button', { name: uk.undo.confirm, exact: true }).click();
    await expect(row).toContainText(uk.history.undoneOn.replace(/\s*\{\{date\}\}/, ''));

    await page.getByRole('navigation', { name: UI.uk.common.nav.label }).getByRole('link', { name: UI.uk.common.nav.contacts }).click();
    await expect(contacts.getByRole('row', { name: /Ґонта/ })).toHaveCount(0);
    await expect(countStatus(page)).not.toHaveText(withImports);
    const box = await openSearch(page, 'uk');
    await box.fill('Ґонта');
    await expect(page.getByRole('dialog').getByRole('button').filter({ hasText: 'Ґонта' })).toHaveCount(0);
  });

  test('a matchmaking agenda in Excel becomes the event’s meetings, each with its person', async ({ page }) => {
    const en = IMPORT.en;
    await loadSample(page);
    await switchLanguage(page, 'en');
    await openImport(page, 'en');
    await chooseFile(page, 'en', { ...fixture(IMPORT_FIXTURES, 'matchmaking-agenda.xlsx'), mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' });
    await expect(page.getByRole('heading', { name: en.columns.heading })).toBeVisible();

    const meetingsTab = page.getByRole('tab', { name: format(en.preview.meetings_other, { count: 5 }) });
    await meetingsTab.click();
    const rows = page.getByRole('tabpanel').locator('tbody tr');
    await expect(rows).toHaveCount(5);
    await expect(rows.filter({ hasText: 'T-12' })).toContainText('Juliette Delbe, Région Hauts-de-France');
    await expect(rows.filter({ hasText: 'T-1' }).filter({ hasText: '11:30' })).toContainText('Анатолій Куртєв, Zaporizhzhia City Council');

    // Importing without the event is refused, with the reason; then the event is chosen.
    await page.getByRole('button', { name: en.apply.button, exact: true }).click();
    await expect(page.getByText(en.meetings.eventRequired)).toBeVisible();
    await page.getByRole('combobox', { name: en.meetings.event }).click();
    await page.getByRole('option', { name: /ReBuild Ukraine/ }).click();
    await shoot(page, 'import-agenda-en');

    const notice = await applyImport(page, 'en');
    await expect(notice).toContainText(format(en.result.meetings_other, { count: 5 }));
    await expect(historyRow(page, 'en', 'matchmaking-agenda.xlsx')).toHaveCount(1);
  });

  test('a file that is not contacts is refused with a translated reason, and nothing is written', async ({ page }) => {
    await loadSample(page);
    await openImport(page, 'uk');
    await page.locator('input[type="file"]').setInputFiles({ name: 'photo.csv', mimeType: 'text/csv', buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d]) });
    await expect(page.getByText(ukErrors.importBinary)).toBeVisible({ timeout: 30_000 });
    await expect(page.getByText(IMPORT.uk.history.empty)).toBeVisible();
    await shoot(page, 'import-error-uk');
    expect(await axeViolations(page), 'axe on the error').toEqual([]);
  });
});
