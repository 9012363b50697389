import { test, expect, type Page } from '@playwright/test';
import ukSearch from '../../renderer/i18n/locales/uk/search.json' with { type: 'json' };
import { UI, format, inLanguage, loadSampleWorkspace, openSection } from './support/desk';

const uk = UI.uk;
const field = uk.contacts.fields;

/** The search dialog, opened with Ctrl+K as a user would. */
async function openSearch(page: Page) {
  await page.keyboard.press('Control+k');
  const box = page.getByRole('textbox', { name: ukSearch.label });
  await expect(box).toBeFocused();
  return box;
}

function results(page: Page) {
  return page.getByRole('dialog').getByRole('button');
}

async function createContact(page: Page, given: string, family: string): Promise<void> {
  await openSection(page, 'uk', 'contacts');
  await page.getByRole('link', { name: uk.contacts.new }).first().click();
  await page.getByLabel(inLanguage('uk', field.givenName, 'uk')).fill(given);
  await page.getByLabel(inLanguage('uk', field.familyName, 'uk')).fill(family);
  await page.getByRole('button', { name: uk.common.form.create }).click();
  await expect(page.getByRole('heading', { level: 1, name: `${given} ${family}` })).toBeVisible();
}

test.describe('global search', () => {
  test('finds a Ukrainian-only name by every spelling and by the wrong keyboard layout', async ({ page }) => {
    await page.goto('/');
    await createContact(page, 'Артем', 'Лисогор');

    const box = await openSearch(page);
    for (const query of ['Lysohor', 'лысогор', 'LISOGOR']) {
      await box.fill(query);
      await expect(results(page).filter({ hasText: 'Артем Лисогор' }), query).toHaveCount(1);
      await expect(page.getByText(ukSearch.wrongLayout)).toHaveCount(0);
    }

    // Typed on the US layout while meaning Ukrainian: found, and marked as such.
    await box.fill('kbcjujh');
    const hit = results(page).filter({ hasText: 'Артем Лисогор' });
    await expect(hit).toHaveCount(1);
    await expect(hit.getByText(ukSearch.wrongLayout)).toBeVisible();

    // Enter opens the record.
    await box.press('Enter');
    await expect(page).toHaveURL(/#\/contacts\/[0-9A-Z]{26}$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Артем Лисогор' })).toBeVisible();
  });

  test('finds organizations across scripts and updates as you type', async ({ page }) => {
    await page.goto('/');
    await loadSampleWorkspace(page);
    const box = await openSearch(page);

    await box.fill('Харьков');
    const organizations = page.getByRole('dialog').getByRole('group', { name: ukSearch.groups.organization });
    await expect(organizations.getByRole('button').first()).toContainText('Харківська міська рада');
    // Found by its name, it ranks above people who merely live in Kharkiv.
    await expect(results(page).first()).toContainText('Харківська міська рада');

    // Letter by letter, the results follow the query.
    await box.fill('');
    await expect(page.getByText(ukSearch.hint)).toBeVisible();
    await box.pressSequentially('Delb', { delay: 40 });
    await expect(results(page).filter({ hasText: 'Дельб' })).toHaveCount(1);
    await box.pressSequentially('é', { delay: 40 });
    await expect(results(page).filter({ hasText: 'Дельб' })).toHaveCount(1);
    await box.fill('Zzyzx');
    await expect(page.getByText(ukSearch.nothingFound)).toBeVisible();
  });

  test('a record edited a moment ago is found under its new name', async ({ page }) => {
    await page.goto('/');
    await createContact(page, 'Олександра', 'Герелюк');
    await page.getByRole('link', { name: uk.contacts.detail.edit }).click();
    await page.getByLabel(inLanguage('uk', field.familyName, 'uk')).fill('Коваленко');
    await expect(page.getByRole('main').getByRole('status')).toHaveText(/^Збережено /);

    const box = await openSearch(page);
    await box.fill('Kovalenko');
    await expect(results(page).filter({ hasText: 'Олександра Коваленко' })).toHaveCount(1);
    // The old name no longer leads to her.
    await box.fill('Герелюк');
    await expect(page.getByText(ukSearch.nothingFound)).toBeVisible();
  });

  test('offers the romanized English name and never overwrites what was typed', async ({ page }) => {
    await page.goto('/');
    await openSection(page, 'uk', 'contacts');
    await page.getByRole('link', { name: uk.contacts.new }).first().click();
    await page.getByLabel(inLanguage('uk', field.familyName, 'uk')).fill('Запорожець');
    const familyEn = page.getByLabel(inLanguage('uk', field.familyName, 'en'));
    const offer = page.getByRole('button', { name: format(uk.common.form.useSuggestion, { value: 'Zaporozhets' }) });
    await offer.click();
    await expect(familyEn).toHaveValue('Zaporozhets');
    await expect(offer).toHaveCount(0);

    // Typed by hand: no offer replaces it.
    await familyEn.fill('Zaporojets');
    await page.getByLabel(inLanguage('uk', field.givenName, 'uk')).fill('Ганна');
    await expect(familyEn).toHaveValue('Zaporojets');
    await page.getByRole('button', { name: format(uk.common.form.useSuggestion, { value: 'Hanna' }) }).click();
    await expect(page.getByLabel(inLanguage('uk', field.givenName, 'en'))).toHaveValue('Hanna');
  });

  test('the list quick filter matches across scripts too', async ({ page }) => {
    await page.goto('/');
    await loadSampleWorkspace(page);
    await page.getByRole('searchbox', { name: uk.common.table.quickFilter }).fill('Terekhov');
    await expect(page.getByRole('table').getByRole('row', { name: /Ігор Терехов/ })).toBeVisible();
    await page.getByRole('searchbox', { name: uk.common.table.quickFilter }).fill('Lisogor');
    await expect(page.getByRole('table').getByRole('row', { name: /Артем Лисогор/ })).toBeVisible();
  });
});
