import { test, expect, type Page } from '@playwright/test';
import ukAgreements from '../../renderer/i18n/locales/uk/agreements.json' with { type: 'json' };
import ukSearch from '../../renderer/i18n/locales/uk/search.json' with { type: 'json' };
import { UI, format, loadSampleWorkspace } from './support/desk';

/**
 * Agreements appear in the global search: a twinning agreement between Kalush and Zaporizhzhia
 * is found by its title in another of its languages, by a word of a clause, by a signatory and
 * by a party typed in Latin letters, in a group of its own, and opens from there.
 */

const uk = UI.uk;
const a = ukAgreements;
const TITLE = 'Угода про встановлення побратимських зв’язків';

test.use({ timezoneId: 'Europe/Kyiv', actionTimeout: 15_000 });

async function pick(page: Page, label: string, option: RegExp): Promise<void> {
  await page.getByRole('textbox', { name: label }).or(page.getByRole('combobox', { name: label })).first().click();
  await page.getByRole('option', { name: option }).first().click();
}

async function createTwinningAgreement(page: Page): Promise<void> {
  await page.getByRole('navigation', { name: uk.common.nav.label }).getByRole('link', { name: uk.common.nav.agreements }).click();
  await page.getByRole('main').getByRole('link', { name: a.new }).click();
  await page.getByRole('radio', { name: a.template.twinningAgreement }).check();
  await pick(page, format(a.form.partyOrganization, { label: 'A' }), /^Калуська міська рада/);
  await pick(page, format(a.form.partySignatories, { label: 'A' }), /Найда/);
  await page.keyboard.press('Escape');
  await pick(page, format(a.form.partyOrganization, { label: 'B' }), /^Запорізька міська рада/);
  await page.getByRole('button', { name: a.create.submit }).click();
  await expect(page.getByRole('heading', { level: 1, name: TITLE })).toBeVisible();
}

test('agreements are found by title, clause text, signatory and party in any script, and open from the search', async ({ page }) => {
  test.setTimeout(120_000);
  await loadSampleWorkspace(page);
  await createTwinningAgreement(page);
  const url = page.url();

  await page.keyboard.press('Control+k');
  const box = page.getByRole('textbox', { name: ukSearch.label });
  await expect(box).toBeFocused();
  const agreements = page.getByRole('dialog').getByRole('group', { name: ukSearch.groups.agreement });
  // The English title, a word of clause 2 in Ukrainian, the signatory romanized, the partner city council in Latin letters.
  for (const query of ['Twin-City Relations', 'рівноправності', 'Naida', 'Zaporizka miska']) {
    await box.fill(query);
    await expect(agreements.getByRole('button').filter({ hasText: TITLE }), query).toHaveCount(1);
  }
  const result = agreements.getByRole('button').filter({ hasText: TITLE });
  await expect(result).toContainText(`${a.status.draft} · Калуська міська рада, Запорізька міська рада`);

  await result.click();
  await expect(page).toHaveURL(url);
  await expect(page.getByRole('heading', { level: 1, name: TITLE })).toBeVisible();
});
