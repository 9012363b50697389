import { test, expect } from '@playwright/test';
import { APP_ORIGIN, UI, inLanguage, loadSampleWorkspace, openSection, switchLanguage, type Lang } from './support/desk';

const uk = UI.uk;

/** Requests the app may make: its own files, and inline data. */
function isLocal(url: string): boolean {
  return url.startsWith(`${APP_ORIGIN}/`) || url.startsWith('data:') || url.startsWith('blob:');
}

test.describe('offline', () => {
  test('a session across every screen and language requests nothing outside the app', async ({ page }) => {
    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));

    await loadSampleWorkspace(page);
    const walk = async (lang: Lang) => {
      const ui = UI[lang];
      await openSection(page, lang, 'contacts');
      await page.getByRole('table', { name: ui.contacts.title }).getByRole('row', { name: /Lenaerts|Ленартс/ }).click();
      await page.getByRole('link', { name: ui.contacts.detail.edit }).click();
      await expect(page.getByRole('button', { name: ui.common.form.done })).toBeVisible();
      await openSection(page, lang, 'contacts');
      await page.getByRole('link', { name: ui.contacts.new }).click();
      await expect(page.getByRole('button', { name: ui.common.form.create })).toBeVisible();
      await openSection(page, lang, 'organizations');
      // Its page shows a link to the partner's website; showing it must not fetch anything.
      await page.getByRole('table', { name: ui.organizations.title }).getByRole('row', { name: /CoR/ }).click();
      await expect(page.getByRole('link', { name: 'https://cor.europa.eu' })).toBeVisible();
      await page.getByRole('link', { name: ui.organizations.detail.edit }).click();
      await expect(page.getByRole('button', { name: ui.common.form.done })).toBeVisible();
      await openSection(page, lang, 'trash');
      await openSection(page, lang, 'settings');
    };
    await walk('uk');
    await switchLanguage(page, 'en');
    await walk('en');
    await switchLanguage(page, 'ru');
    await walk('ru');
    await page.reload();
    await expect(page.getByRole('heading', { level: 1, name: UI.ru.settings.title })).toBeVisible();

    // The recording saw the app load (so it could have seen anything else).
    expect(requests).toContain(`${APP_ORIGIN}/`);
    expect(requests.some((url) => url.startsWith(`${APP_ORIGIN}/assets/`) && url.endsWith('.js'))).toBe(true);
    const foreign = [...new Set(requests.filter((url) => !isLocal(url)))];
    expect(foreign, `Requests outside ${APP_ORIGIN}:\n${foreign.join('\n')}`).toEqual([]);
  });

  test('going offline shows in the header, and a contact can still be created', async ({ page, context }) => {
    await page.goto('/');
    const indicator = page.getByRole('banner').getByRole('status');
    await expect(indicator).toHaveText(uk.common.network.online);

    await context.setOffline(true);
    await expect(indicator).toHaveText(uk.common.network.offline);
    await expect(indicator).toHaveAccessibleName(uk.common.network.offlineHint);

    await page.getByRole('link', { name: uk.contacts.new }).click();
    await page.getByLabel(inLanguage('uk', uk.contacts.fields.givenName, 'uk')).fill('Вадим');
    await page.getByLabel(inLanguage('uk', uk.contacts.fields.familyName, 'uk')).fill('Омельченко');
    await page.getByLabel(inLanguage('uk', uk.contacts.fields.familyName, 'en')).fill('Omelchenko');
    await page.getByRole('button', { name: uk.common.form.create }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Вадим Омельченко' })).toBeVisible();

    await openSection(page, 'uk', 'contacts');
    await expect(page.getByRole('table', { name: uk.contacts.title }).getByRole('row', { name: /Вадим Омельченко/ })).toBeVisible();
    await expect(indicator).toHaveText(uk.common.network.offline);

    await context.setOffline(false);
    await expect(indicator).toHaveText(uk.common.network.online);
  });
});
