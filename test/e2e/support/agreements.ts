import { expect, type Page } from '@playwright/test';
import { UI, format } from './desk';

const uk = UI.uk;
const a = uk.agreements;

/** The title the twinning template gives an agreement in Ukrainian. */
export const TWINNING_TITLE = 'Угода про встановлення побратимських зв’язків';

/** Opens a picker (a select or a multi-select) by its label and chooses the first option matching. */
export async function pick(page: Page, label: string, option: RegExp): Promise<void> {
  await page.getByRole('textbox', { name: label }).or(page.getByRole('combobox', { name: label })).first().click();
  await page.getByRole('option', { name: option }).first().click();
}

/**
 * From the sidebar, a new twinning agreement between the Kalush and Zaporizhzhia city councils
 * of the sample workspace, signed for Kalush by its mayor, in Ukrainian and English (the
 * default pair); ends on the new agreement's page.
 */
export async function createTwinningAgreement(page: Page): Promise<void> {
  await page.getByRole('navigation', { name: uk.common.nav.label }).getByRole('link', { name: uk.common.nav.agreements }).click();
  await expect(page.getByRole('heading', { level: 1, name: a.title })).toBeVisible();
  await page.getByRole('main').getByRole('link', { name: a.new }).click();
  await page.getByRole('radio', { name: a.template.twinningAgreement }).check();
  await pick(page, format(a.form.partyOrganization, { label: 'A' }), /^Калуська міська рада/);
  await pick(page, format(a.form.partySignatories, { label: 'A' }), /Найда/);
  await page.keyboard.press('Escape');
  await pick(page, format(a.form.partyOrganization, { label: 'B' }), /^Запорізька міська рада/);
  await page.getByRole('button', { name: a.create.submit }).click();
  await expect(page.getByRole('heading', { level: 1, name: TWINNING_TITLE })).toBeVisible();
}
