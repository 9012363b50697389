import path from 'node:path';
import { test, expect } from '@playwright/test';
import { LANGS, UI, dismissNotifications, loadSampleWorkspace, openSection, settle, type Lang } from './support/desk';

/**
 * Screenshots of the main screens in each interface language, for a person to look at
 * (truncation, untranslated text, layout). Written to test-results/screens/, not compared.
 */
const LOCALES: Record<Lang, string> = { uk: 'uk-UA', ru: 'ru-RU', en: 'en-GB' };

for (const lang of LANGS) {
  test.describe(`screens in ${UI.en.common.languageNames[lang]}`, () => {
    test.use({ locale: LOCALES[lang], viewport: { width: 1280, height: 800 } });

    test(`main screens (${lang})`, async ({ page }) => {
      // Some thirty screens, each settled before its picture.
      test.setTimeout(180_000);
      const ui = UI[lang];
      const shot = async (name: string, fullPage = false) => {
        // The pointer rests outside the content, so no hover state ends up in the picture.
        await page.mouse.move(0, 0);
        await settle(page);
        await page.screenshot({ path: path.join(test.info().project.outputDir, 'screens', `${lang}-${name}.png`), fullPage });
      };
      const openRow = async (table: string, name: RegExp, heading: RegExp) => {
        await page.getByRole('table', { name: table }).getByRole('row', { name }).click();
        await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
      };

      await page.goto('/');
      await expect(page.getByRole('button', { name: ui.common.sample.load })).toBeVisible();
      await shot('01-empty');

      await loadSampleWorkspace(page, lang);
      await shot('02-contacts-loaded-notification');
      await dismissNotifications(page);
      await shot('03-contacts');

      await page.getByRole('button', { name: ui.common.table.columns }).click();
      await expect(page.getByRole('dialog', { name: ui.common.table.columns })).toBeVisible();
      await shot('04-contacts-columns');
      await page.keyboard.press('Escape');

      await openRow(ui.contacts.title, /Lysohor|Лисогор|Лысогор/, /Lysohor|Лисогор|Лысогор/);
      await shot('05-contact-detail');
      await page.getByRole('link', { name: ui.contacts.detail.edit }).click();
      await expect(page.getByRole('button', { name: ui.common.form.done })).toBeVisible();
      await shot('06-contact-edit', true);

      await openSection(page, lang, 'contacts');
      await page.getByRole('link', { name: ui.contacts.new }).click();
      await page.getByRole('button', { name: ui.common.form.create }).click();
      await expect(page.getByText(ui.validation.nameRequired)).toBeVisible();
      await shot('07-contact-new-invalid');
      // Nothing was typed, so leaving does not ask.
      await openSection(page, lang, 'organizations');
      await shot('08-organizations');

      await openRow(ui.organizations.title, /CIVEX/, /CIVEX/);
      await shot('09-organization-detail');
      await openSection(page, lang, 'organizations');
      await openRow(ui.organizations.title, /CoR/, /./);
      await shot('10-organization-with-units');
      await page.getByRole('link', { name: ui.organizations.detail.edit }).click();
      await expect(page.getByRole('button', { name: ui.common.form.done })).toBeVisible();
      await shot('11-organization-edit', true);

      await openSection(page, lang, 'contacts');
      await openRow(ui.contacts.title, /Delbe|Дельб/, /Delbe|Дельб/);
      await page.getByRole('button', { name: ui.contacts.detail.moveToTrash }).click();
      await expect(page.getByRole('alert')).toBeVisible();
      await shot('12-moved-to-trash-undo');
      await dismissNotifications(page);
      await openSection(page, lang, 'trash');
      await shot('13-trash');
      await page.getByRole('button', { name: ui.trash.empty }).click();
      await expect(page.getByRole('dialog', { name: ui.trash.confirm.title })).toBeVisible();
      await shot('14-trash-confirm');
      await page.keyboard.press('Escape');

      await openSection(page, lang, 'settings');
      await shot('15-settings');

      await openSection(page, lang, 'today');
      await shot('16-today');
      await openSection(page, lang, 'events');
      await shot('17-events');
      await openRow(ui.events.title, /ReBuild Ukraine/, /ReBuild Ukraine/);
      await shot('18-event-agenda', true);
      await page.getByRole('link', { name: ui.events.detail.edit }).click();
      await expect(page.getByRole('button', { name: ui.common.form.done })).toBeVisible();
      await shot('19-event-edit', true);
      await openSection(page, lang, 'meetings');
      await shot('20-meetings');
      await openRow(ui.meetings.title, /О-де-Франс|Hauts-de-France/, /О-де-Франс|Hauts-de-France/);
      await shot('21-meeting-detail', true);
      await page.getByRole('link', { name: ui.meetings.detail.edit }).click();
      await expect(page.getByRole('button', { name: ui.common.form.done })).toBeVisible();
      await shot('22-meeting-edit', true);
      await openSection(page, lang, 'followUps');
      await shot('23-follow-ups', true);

      const a = ui.agreements;
      await openSection(page, lang, 'agreements');
      await shot('30-agreements');
      await openRow(a.title, /Меморандум|Memorandum/, /Меморандум|Memorandum/);
      await shot('31-agreement-text');
      await page.getByRole('tab', { name: a.tabs.parties }).click();
      await shot('32-agreement-parties', true);
      await page.getByRole('tab', { name: a.tabs.versions }).click();
      await shot('33-agreement-versions');
      await page.getByRole('checkbox').nth(0).check();
      await page.getByRole('checkbox').nth(1).check();
      await page.getByRole('button', { name: a.versions.compare, exact: true }).click();
      await expect(page.getByRole('heading', { level: 1, name: a.versions.comparison.title })).toBeVisible();
      await page.getByRole('checkbox', { name: a.versions.comparison.onlyChanged }).or(page.getByRole('switch', { name: a.versions.comparison.onlyChanged })).uncheck();
      await shot('34-agreement-compare');
      await page.getByRole('link', { name: a.versions.comparison.back }).click();
      await page.getByRole('link', { name: a.export.print }).or(page.getByRole('button', { name: a.export.print })).click();
      await expect(page.getByRole('button', { name: a.print.print })).toBeVisible();
      await shot('35-agreement-print', true);
      await page.getByRole('link', { name: a.print.back }).click();
      await openSection(page, lang, 'agreements');
      await page.getByRole('link', { name: a.new }).click();
      await shot('36-agreement-new', true);
      await openSection(page, lang, 'settings');
      await page.getByRole('link', { name: ui.clauseLibrary.settings.open }).or(page.getByRole('button', { name: ui.clauseLibrary.settings.open })).click();
      await shot('37-clause-library');

      await page.setViewportSize({ width: 700, height: 800 });
      // Narrower than Mantine's "sm" breakpoint: the sidebar folds behind the burger button.
      await page.getByRole('button', { name: ui.common.nav.toggle }).click();
      await shot('24-narrow-menu');
      await openSection(page, lang, 'contacts');
      await shot('25-contacts-narrow');
    });
  });
}
