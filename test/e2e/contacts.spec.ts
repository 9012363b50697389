import { test, expect, type Page } from '@playwright/test';
import { UI, choose, inLanguage, loadSampleWorkspace, openSection, switchLanguage } from './support/desk';

const uk = UI.uk;

async function createKharkivCityCouncil(page: Page): Promise<void> {
  await openSection(page, 'uk', 'organizations');
  await page.getByRole('link', { name: uk.organizations.new }).click();
  await expect(page.getByRole('heading', { level: 1, name: uk.organizations.edit.newTitle })).toBeVisible();

  const name = uk.organizations.fields.name;
  await page.getByLabel(inLanguage('uk', name, 'uk')).fill('Харківська міська рада');
  await page.getByLabel(inLanguage('uk', name, 'ru')).fill('Харьковский городской совет');
  await page.getByLabel(inLanguage('uk', name, 'en')).fill('Kharkiv City Council');
  await choose(page, page.getByRole('combobox', { name: uk.organizations.fields.kind }), uk.organizations.kinds.cityCouncil);
  await choose(page, page.getByRole('combobox', { name: uk.organizations.fields.country }), 'Україна', true);
  await page.getByRole('button', { name: uk.common.form.create }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'Харківська міська рада' })).toBeVisible();
  await expect(page).toHaveURL(/#\/organizations\/[0-9A-Z]{26}$/);
  await expect(page.getByText(uk.organizations.detail.noPeople)).toBeVisible();
}

test.describe('contacts', () => {
  test('an organization and a person in it, in three languages, survive a reload', async ({ page }) => {
    await page.goto('/');
    // The first run follows the system language: the context's locale is uk-UA.
    await expect(page.locator('html')).toHaveAttribute('lang', 'uk');
    await expect(page.getByRole('heading', { level: 1, name: uk.contacts.title })).toBeVisible();

    await createKharkivCityCouncil(page);

    await openSection(page, 'uk', 'contacts');
    await page.getByRole('link', { name: uk.contacts.new }).click();
    await expect(page.getByRole('heading', { level: 1, name: uk.contacts.edit.newTitle })).toBeVisible();
    const create = page.getByRole('button', { name: uk.common.form.create });
    const saveStatus = page.getByRole('main').getByRole('status');
    const familyNameUk = page.getByLabel(inLanguage('uk', uk.contacts.fields.familyName, 'uk'));

    // Nothing typed: the form asks for a name, in Ukrainian.
    await create.click();
    await expect(saveStatus).toHaveText(uk.common.form.status.invalid);
    await expect(familyNameUk).toHaveAttribute('aria-invalid', 'true');
    await expect(familyNameUk).toHaveAccessibleDescription(uk.validation.nameRequired);

    const field = uk.contacts.fields;
    await page.getByLabel(inLanguage('uk', field.givenName, 'uk')).fill('Ігор');
    await page.getByLabel(inLanguage('uk', field.givenName, 'ru')).fill('Игорь');
    await page.getByLabel(inLanguage('uk', field.givenName, 'en')).fill('Ihor');
    await familyNameUk.fill('Терехов');
    await page.getByLabel(inLanguage('uk', field.familyName, 'ru')).fill('Терехов');
    await page.getByLabel(inLanguage('uk', field.familyName, 'en')).fill('Terekhov');
    await expect(familyNameUk).not.toHaveAttribute('aria-invalid', 'true');
    await choose(page, page.getByRole('combobox', { name: field.organization }), 'Харківська міська рада');
    await page.getByLabel(inLanguage('uk', field.position, 'uk')).fill('Секретар Харківської міської ради');
    await page.getByLabel(inLanguage('uk', field.position, 'ru')).fill('Секретарь Харьковского городского совета');
    await page.getByLabel(inLanguage('uk', field.position, 'en')).fill('Secretary of Kharkiv City Council');

    // A malformed address is refused with a translated message, then corrected.
    const emails = page.getByRole('combobox', { name: field.emails });
    await emails.fill('terekhov@');
    await emails.press('Enter');
    await create.click();
    await expect(saveStatus).toHaveText(uk.common.form.status.invalid);
    await expect(page.getByText(uk.validation.email)).toBeVisible();
    await emails.press('Backspace');
    await emails.fill('i.terekhov@city.kharkiv.ua');
    await emails.press('Enter');
    await expect(page.getByText(uk.validation.email)).toBeHidden();

    await create.click();
    await expect(page.getByRole('heading', { level: 1, name: 'Ігор Терехов' })).toBeVisible();
    await expect(page).toHaveURL(/#\/contacts\/[0-9A-Z]{26}$/);
    await expect(page.getByRole('link', { name: 'i.terekhov@city.kharkiv.ua' })).toHaveAttribute(
      'href',
      'mailto:i.terekhov@city.kharkiv.ua',
    );
    await expect(page.getByRole('link', { name: 'Харківська міська рада' })).toBeVisible();

    await openSection(page, 'uk', 'contacts');
    const table = page.getByRole('table', { name: uk.contacts.title });
    await expect(table.getByRole('row', { name: /Ігор Терехов/ })).toContainText('Харківська міська рада');
    await expect(table.getByRole('row', { name: /Ігор Терехов/ })).toContainText('Секретар Харківської міської ради');

    // English: names and organization in English, and the whole interface with them.
    await switchLanguage(page, 'en');
    const tableEn = page.getByRole('table', { name: UI.en.contacts.title });
    await expect(page.getByRole('heading', { level: 1, name: UI.en.contacts.title })).toBeVisible();
    await expect(tableEn.getByRole('cell', { name: 'Ihor Terekhov', exact: true })).toBeVisible();
    await expect(tableEn.getByRole('cell', { name: 'Kharkiv City Council', exact: true })).toBeVisible();

    // Russian.
    await switchLanguage(page, 'ru');
    const tableRu = page.getByRole('table', { name: UI.ru.contacts.title });
    await expect(tableRu.getByRole('cell', { name: 'Игорь Терехов', exact: true })).toBeVisible();
    await expect(tableRu.getByRole('cell', { name: 'Харьковский городской совет', exact: true })).toBeVisible();

    // The organization's page lists the person.
    await openSection(page, 'ru', 'organizations');
    await page.getByRole('table', { name: UI.ru.organizations.title }).getByRole('row', { name: /Харьковский городской совет/ }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Харьковский городской совет' })).toBeVisible();
    const people = page.getByRole('region', { name: 'Люди: 1' });
    await expect(people.getByRole('link', { name: 'Игорь Терехов' })).toBeVisible();
    await expect(people).toContainText('Секретарь Харьковского городского совета');

    // Everything is still there after a reload, and the language is remembered.
    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
    await expect(page.getByRole('heading', { level: 1, name: 'Харьковский городской совет' })).toBeVisible();
    await expect(page.getByRole('region', { name: 'Люди: 1' }).getByRole('link', { name: 'Игорь Терехов' })).toBeVisible();
    await openSection(page, 'ru', 'contacts');
    await expect(page.getByRole('table', { name: UI.ru.contacts.title }).getByRole('row', { name: /Игорь Терехов/ })).toContainText(
      'Харьковский городской совет',
    );
  });

  test('editing an existing contact saves by itself and survives a reload', async ({ page }) => {
    await loadSampleWorkspace(page);
    await page.getByRole('table', { name: uk.contacts.title }).getByRole('row', { name: /Ігор Терехов/ }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'пан Ігор Терехов' })).toBeVisible();
    await page.getByRole('link', { name: uk.contacts.detail.edit }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Редагування: Ігор Терехов' })).toBeVisible();

    const positionEn = page.getByLabel(inLanguage('uk', uk.contacts.fields.position, 'en'));
    await positionEn.fill('Secretary of the Kharkiv City Council');
    await page.getByLabel(uk.contacts.fields.notes).fill('Зустріч у Харкові 7 квітня.');
    // No button pressed: the editor saves after a short pause and says when.
    await expect(page.getByRole('main').getByRole('status')).toHaveText(/^Збережено \d/);

    await page.reload();
    await expect(page.getByRole('heading', { level: 1, name: 'Редагування: Ігор Терехов' })).toBeVisible();
    await expect(positionEn).toHaveValue('Secretary of the Kharkiv City Council');
    await expect(page.getByLabel(uk.contacts.fields.notes)).toHaveValue('Зустріч у Харкові 7 квітня.');

    // A bad value is not saved, and says so, until corrected.
    const emails = page.getByRole('combobox', { name: uk.contacts.fields.emails });
    await emails.fill('ihor(at)kharkiv');
    await emails.press('Enter');
    await expect(page.getByRole('main').getByRole('status')).toHaveText(uk.common.form.status.invalid);
    await expect(page.getByText(uk.validation.email)).toBeVisible();
    // Removing it leaves the stored record as it was: nothing is unsaved any more.
    await emails.press('Backspace');
    await expect(page.getByText(uk.validation.email)).toBeHidden();
    await expect(page.getByRole('main').getByRole('status')).toHaveText(uk.common.form.status.saved);

    await page.getByRole('button', { name: uk.common.form.done }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'пан Ігор Терехов' })).toBeVisible();
    await expect(page.getByText('Зустріч у Харкові 7 квітня.')).toBeVisible();
    await switchLanguage(page, 'en');
    await expect(page.getByText('Secretary of the Kharkiv City Council', { exact: true })).toBeVisible();
  });
});
