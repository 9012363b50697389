import { test, expect, type Locator, type Page } from '@playwright/test';
import { UI, bodyRows, columnHeaders, columnValues, countStatus, loadSampleWorkspace, switchLanguage } from './support/desk';

const uk = UI.uk;
const col = uk.contacts.columns;
const collator = new Intl.Collator('uk');

/**
 * The list shows "Ім’я Прізвище" but orders people as a directory does, by family name and then
 * given name ("Герелюк Олександра" before "Дельб Жюльєт"), with Ukrainian collation.
 */
const byFamilyName = (a: string, b: string) => {
  const key = (name: string) => name.split(' ').reverse().join(' ');
  return collator.compare(key(a), key(b));
};

function contactsTable(page: Page): Locator {
  return page.getByRole('table', { name: uk.contacts.title });
}

test.describe('contacts table', () => {
  test('counts with the right plural and sorts by name in Ukrainian order', async ({ page }) => {
    await loadSampleWorkspace(page);
    await expect(countStatus(page)).toHaveText('9 контактів');
    const table = contactsTable(page);
    await expect(bodyRows(table)).toHaveCount(9);

    const nameHeader = table.getByRole('columnheader', { name: col.name });
    await expect(nameHeader).toHaveAttribute('aria-sort', 'ascending');
    const ascending = await columnValues(table, col.name);
    expect(ascending).toEqual([...ascending].sort(byFamilyName));
    expect(ascending).toEqual([
      'Олександра Герелюк',
      'Жюльєт Дельб',
      'Анатолій Куртєв',
      'Алекс Ленартс',
      'Артем Лисогор',
      'Андрій Найда',
      'Гудрун Нідорф',
      'Вадим Омельченко',
      'Ігор Терехов',
    ]);

    await nameHeader.getByRole('button', { name: col.name }).click();
    await expect(nameHeader).toHaveAttribute('aria-sort', 'descending');
    expect(await columnValues(table, col.name)).toEqual([...ascending].reverse());

    // Another column sorts by its own text; the name column is no longer sorted.
    const cityHeader = table.getByRole('columnheader', { name: col.city });
    await cityHeader.getByRole('button', { name: col.city }).click();
    await expect(cityHeader).toHaveAttribute('aria-sort', 'ascending');
    await expect(nameHeader).toHaveAttribute('aria-sort', 'none');
    const cities = (await columnValues(table, col.city)).filter(Boolean);
    expect(cities).toEqual([...cities].sort(collator.compare));
  });

  test('sorts organizations with Ukrainian collation: Є comes after Д, not before А', async ({ page }) => {
    await loadSampleWorkspace(page);
    await page.getByRole('navigation', { name: uk.common.nav.label }).getByRole('link', { name: uk.common.nav.organizations }).click();
    const table = page.getByRole('table', { name: uk.organizations.title });
    await expect(countStatus(page)).toHaveText('11 організацій');
    const header = table.getByRole('columnheader', { name: uk.organizations.columns.name });
    await expect(header).toHaveAttribute('aria-sort', 'ascending');

    const names = await columnValues(table, uk.organizations.columns.name);
    expect(names).toEqual([...names].sort(collator.compare));
    // Code point order would put Є (U+0404) before А (U+0410).
    expect(names[0]).toBe('Бізнес Франс Україна');
    expect(names.indexOf('Європейський комітет регіонів')).toBeGreaterThan(names.indexOf('Бізнес Франс Україна'));

    await header.getByRole('button', { name: uk.organizations.columns.name }).click();
    await expect(header).toHaveAttribute('aria-sort', 'descending');
    expect(await columnValues(table, uk.organizations.columns.name)).toEqual([...names].reverse());
  });

  test('filters per column and with the quick filter, ignoring case and accents, in every spelling', async ({ page }) => {
    await loadSampleWorkspace(page);
    const table = contactsTable(page);

    const organizationFilter = table.getByRole('textbox', { name: `Фільтр за полем «${col.organization}»` });
    await organizationFilter.fill('МІСЬКА рада');
    await expect(countStatus(page)).toHaveText('3 контакти із 9');
    expect((await columnValues(table, col.name)).sort()).toEqual(['Анатолій Куртєв', 'Андрій Найда', 'Ігор Терехов'].sort());
    await organizationFilter.clear();
    await expect(countStatus(page)).toHaveText('9 контактів');

    const quickFilter = page.getByRole('searchbox', { name: uk.common.table.quickFilter });
    await quickFilter.fill('delbe');
    await expect(countStatus(page)).toHaveText('1 контакт із 9');
    await expect(bodyRows(table)).toHaveCount(1);
    // The Ukrainian UI shows her name in Ukrainian; the Latin spelling still finds her.
    await expect(bodyRows(table).first()).toContainText('Жюльєт Дельб');
    await quickFilter.fill('DÉLBE');
    await expect(bodyRows(table)).toHaveText([/Жюльєт Дельб/]);

    // Both filters at once narrow further; nothing left says so.
    await quickFilter.fill('Київ');
    await expect(countStatus(page)).toHaveText('2 контакти із 9');
    await table.getByRole('textbox', { name: `Фільтр за полем «${col.name}»` }).fill('ленартс');
    await expect(bodyRows(table)).toHaveText([/Алекс Ленартс/]);
    await quickFilter.fill('Харків');
    await expect(countStatus(page)).toHaveText('0 контактів із 9');
    await expect(page.getByText(uk.common.table.noMatches)).toBeVisible();
    await table.getByRole('textbox', { name: `Фільтр за полем «${col.name}»` }).clear();
    await quickFilter.clear();

    // In English, a Cyrillic query finds the row that shows the English spelling.
    await switchLanguage(page, 'en');
    const tableEn = page.getByRole('table', { name: UI.en.contacts.title });
    const quickFilterEn = page.getByRole('searchbox', { name: UI.en.common.table.quickFilter });
    await quickFilterEn.fill('лисогор');
    await expect(countStatus(page)).toHaveText('1 of 9 contacts');
    await expect(bodyRows(tableEn)).toHaveText([/Artem Lysohor/]);
    // The Russian spelling (Лысогор) finds him too.
    await quickFilterEn.fill('ЛЫСОГОР');
    await expect(bodyRows(tableEn)).toHaveText([/Artem Lysohor/]);
  });

  test('hides and reorders columns through the Columns popover, and remembers the layout', async ({ page }) => {
    await loadSampleWorkspace(page);
    const table = contactsTable(page);
    await expect(columnHeaders(table)).toHaveText([col.name, col.position, col.organization, col.country, col.city, col.email]);

    await page.getByRole('button', { name: uk.common.table.columns }).click();
    const popover = page.getByRole('dialog', { name: uk.common.table.columns });
    await expect(popover.getByRole('checkbox', { name: col.name })).toBeDisabled();
    await popover.getByRole('checkbox', { name: col.position }).uncheck();
    await popover.getByRole('checkbox', { name: col.phone }).check();
    await popover.getByRole('button', { name: `Перемістити «${col.country}» вище` }).click();
    await popover.getByRole('button', { name: `Перемістити «${col.country}» вище` }).click();
    await page.keyboard.press('Escape');
    await expect(popover).toBeHidden();

    const expected = [col.name, col.country, col.organization, col.city, col.email, col.phone];
    await expect(columnHeaders(table)).toHaveText(expected);
    await expect(table.getByRole('textbox', { name: `Фільтр за полем «${col.position}»` })).toHaveCount(0);

    await page.reload();
    await expect(columnHeaders(contactsTable(page))).toHaveText(expected);
    await expect(bodyRows(contactsTable(page)).first()).toContainText('Олександра Герелюк');

    // Reset brings the default columns back.
    await page.getByRole('button', { name: uk.common.table.columns }).click();
    await page.getByRole('dialog', { name: uk.common.table.columns }).getByRole('button', { name: uk.common.table.resetColumns }).click();
    await page.keyboard.press('Escape');
    await expect(columnHeaders(contactsTable(page))).toHaveText([
      col.name,
      col.position,
      col.organization,
      col.country,
      col.city,
      col.email,
    ]);
  });

  test('keyboard: arrows move between rows and Enter opens the focused one', async ({ page }) => {
    await loadSampleWorkspace(page);
    const rows = bodyRows(contactsTable(page));
    const names = await columnValues(contactsTable(page), col.name);

    await rows.first().focus();
    await expect(rows.first()).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await expect(rows.nth(1)).toBeFocused();
    await expect(rows.nth(1)).toHaveAttribute('aria-selected', 'true');
    await page.keyboard.press('Enter');

    await expect(page).toHaveURL(/#\/contacts\/[0-9A-Z]{26}$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(new RegExp(`${names[1]}$`));

    // End and Home jump to the ends of the list.
    await page.goBack();
    await rows.first().focus();
    await page.keyboard.press('End');
    await expect(rows.last()).toBeFocused();
    await page.keyboard.press('Home');
    await expect(rows.first()).toBeFocused();
  });
});
