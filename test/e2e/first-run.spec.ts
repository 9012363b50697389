import { test, expect } from '@playwright/test';
import { UI, inLanguage, type Lang } from './support/desk';

/** What the system says its language is, and the interface language the first run should pick. */
const FIRST_RUNS: { locale: string; expected: Lang }[] = [
  { locale: 'en-US', expected: 'en' },
  { locale: 'ru-RU', expected: 'ru' },
  { locale: 'uk-UA', expected: 'uk' },
  // Not one of the three: Ukrainian.
  { locale: 'de-DE', expected: 'uk' },
];

test.describe('first run', () => {
  for (const { locale, expected } of FIRST_RUNS) {
    test.describe(`with the system in ${locale}`, () => {
      test.use({ locale });

      test(`starts in ${UI.en.common.languageNames[expected]}`, async ({ page }) => {
        const ui = UI[expected];
        await page.goto('/');
        await expect(page.locator('html')).toHaveAttribute('lang', expected);
        await expect(page.getByRole('heading', { level: 1, name: ui.contacts.title })).toBeVisible();
        await expect(page.getByText(ui.contacts.empty)).toBeVisible();
        await expect(page.getByRole('button', { name: ui.common.sample.load })).toBeVisible();
        const nav = page.getByRole('navigation', { name: ui.common.nav.label });
        await expect(nav.getByRole('link')).toHaveText([
          ui.common.nav.today,
          ui.common.nav.events,
          ui.common.nav.meetings,
          ui.common.nav.followUps,
          ui.common.nav.agreements,
          ui.common.nav.contacts,
          ui.common.nav.organizations,
          ui.common.nav.import,
          ui.common.nav.outbox,
          ui.common.nav.trash,
          ui.common.nav.settings,
        ]);
        await expect(
          page.getByRole('radiogroup', { name: ui.common.languageSwitch }).getByRole('radio', { name: ui.common.languageNames[expected] }),
        ).toBeChecked();
      });
    });
  }
});

test.describe('unsaved changes guard', () => {
  const uk = UI.uk;

  test('leaving a new contact with typed text asks first; Stay keeps the text, Discard leaves', async ({ page }) => {
    await page.goto('/#/contacts/new');
    await expect(page.getByRole('heading', { level: 1, name: uk.contacts.edit.newTitle })).toBeVisible();
    const givenName = page.getByLabel(inLanguage('uk', uk.contacts.fields.givenName, 'uk'));
    await givenName.fill('Вадим');

    const nav = page.getByRole('navigation', { name: uk.common.nav.label });
    await nav.getByRole('link', { name: uk.common.nav.organizations }).click();
    const dialog = page.getByRole('dialog', { name: uk.common.form.unsaved.title });
    await expect(dialog).toBeVisible();
    await expect(dialog).toContainText(uk.common.form.unsaved.body);

    await dialog.getByRole('button', { name: uk.common.form.unsaved.stay }).click();
    await expect(dialog).toBeHidden();
    await expect(page).toHaveURL(/#\/contacts\/new$/);
    await expect(page.getByRole('heading', { level: 1, name: uk.contacts.edit.newTitle })).toBeVisible();
    await expect(givenName).toHaveValue('Вадим');

    await nav.getByRole('link', { name: uk.common.nav.settings }).click();
    await dialog.getByRole('button', { name: uk.common.form.unsaved.discard }).click();
    await expect(page.getByRole('heading', { level: 1, name: uk.settings.title })).toBeVisible();
    await expect(page).toHaveURL(/#\/settings$/);

    // Discarded means gone: a new form starts empty and nothing was created.
    await page.goto('/#/contacts/new');
    await expect(page.getByLabel(inLanguage('uk', uk.contacts.fields.givenName, 'uk'))).toHaveValue('');
    await nav.getByRole('link', { name: uk.common.nav.contacts }).click();
    await expect(page.getByText(uk.contacts.empty)).toBeVisible();
  });

  test('an untouched new form leaves without asking', async ({ page }) => {
    await page.goto('/#/contacts/new');
    await expect(page.getByRole('heading', { level: 1, name: uk.contacts.edit.newTitle })).toBeVisible();
    await page.getByRole('navigation', { name: uk.common.nav.label }).getByRole('link', { name: uk.common.nav.organizations }).click();
    await expect(page.getByRole('heading', { level: 1, name: uk.organizations.title })).toBeVisible();
    await expect(page.getByRole('dialog')).toHaveCount(0);
  });
});
