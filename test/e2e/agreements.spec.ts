import { test, expect, type Page } from '@playwright/test';
import ukAgreements from '../../renderer/i18n/locales/uk/agreements.json' with { type: 'json' };
import { UI, format, loadSampleWorkspace } from './support/desk';
import { createTwinningAgreement, TWINNING_TITLE } from './support/agreements';

/**
 * Kalush and Zaporizhzhia plan to become twin cities: a secretary starts the twinning agreement
 * from the template in Ukrainian and English, rewrites a clause in Ukrainian, sees the English
 * fall behind, confirms it, and sends the draft to the partner, which keeps a version.
 */

const uk = UI.uk;
const a = ukAgreements;
const TITLE = TWINNING_TITLE;
const ADDED = ' Сторони сприяють прямим контактам між підприємствами.';
const CLAUSE_3 = 'Сторони обмінюються досвідом у сфері енергоефективності, підтримки малого та середнього бізнесу і створення нових робочих місць.';

test.use({ timezoneId: 'Europe/Kyiv', actionTimeout: 15_000 });

const nav = (page: Page) => page.getByRole('navigation', { name: uk.common.nav.label });
const main = (page: Page) => page.getByRole('main');
/** "Пункт 3, текст (українська)": the cell labels name the clause and the language as a sentence does. */
const cellLabel = (key: 'textLabel' | 'confirmLabel', clause: string, language: string) =>
  format(a.editor[key], { clause: format(a.editor.clause, { number: clause }), language });

async function moveStatus(page: Page, status: keyof typeof a.status): Promise<void> {
  await page.getByRole('button', { name: a.statusMenu.label }).click();
  await page.getByRole('menuitem', { name: format(a.statusMenu.moveTo, { status: a.status[status] }) }).click();
  await expect(page.getByText(format(a.statusMenu.changed, { status: a.status[status] }))).toBeVisible();
  await expect(main(page).getByText(a.status[status], { exact: true }).first()).toBeVisible();
}

test('start a twinning agreement from the template, keep its languages in step, and send it to the partner', async ({ page }) => {
  test.setTimeout(180_000);
  await loadSampleWorkspace(page);

  // A new agreement from the twinning template, in Ukrainian and English (the default pair).
  await createTwinningAgreement(page);
  await expect(main(page).getByRole('columnheader', { name: 'Українська' })).toBeVisible();
  await expect(main(page).getByRole('columnheader', { name: 'Англійська' })).toBeVisible();

  // Clause 3 rewritten in Ukrainian: its English now needs an update.
  const english = page.getByRole('button', { name: cellLabel('confirmLabel', '3', 'англійська') });
  await expect(english).toHaveCount(0);
  await page.getByRole('textbox', { name: cellLabel('textLabel', '3', 'українська') }).fill(CLAUSE_3);
  await expect(english).toBeVisible();
  await expect(main(page).getByText(a.editor.needsUpdate, { exact: true })).toHaveCount(1);
  await expect(main(page).getByText(format(a.outOfStep_one, { count: 1 })).first()).toBeVisible();

  // Only the clause out of step, then all of them again.
  await page.getByRole('switch', { name: a.editor.onlyOutOfStep }).or(page.getByRole('checkbox', { name: a.editor.onlyOutOfStep })).check();
  await expect(main(page).getByRole('textbox', { name: /, текст \(українська\)$/ })).toHaveCount(1);
  await page.getByRole('switch', { name: a.editor.onlyOutOfStep }).or(page.getByRole('checkbox', { name: a.editor.onlyOutOfStep })).uncheck();

  // Typing, then the window reloaded before the autosave could run: nothing is lost.
  const clause3 = page.getByRole('textbox', { name: cellLabel('textLabel', '3', 'українська') });
  await clause3.click();
  await page.keyboard.press('Control+End');
  await page.keyboard.type(ADDED);
  await page.reload();
  const restore = page.getByRole('button', { name: uk.common.form.draft.restore });
  // Either the draft kept at the reload is offered back, or the save got there first.
  await expect(clause3.or(restore).first()).toBeVisible();
  if (await restore.isVisible()) await restore.click();
  await expect(clause3).toHaveValue(CLAUSE_3 + ADDED);
  await expect(english).toBeVisible();

  // Someone checks the English and confirms it.
  await english.click();
  await expect(english).toHaveCount(0);
  await expect(main(page).getByText(a.editor.needsUpdate, { exact: true })).toHaveCount(0);
  await expect(main(page).getByText(a.editor.allInStep)).toBeVisible();

  // Through review to the partner; the change of status keeps a version of the text.
  await moveStatus(page, 'internalReview');
  await moveStatus(page, 'sentToPartner');
  await page.getByRole('tab', { name: a.tabs.versions }).click();
  await expect(main(page).getByText(format(a.versions.auto.statusChange, { status: a.status.sentToPartner })).first()).toBeVisible();

  // All of it stored: a fresh load shows the new text, confirmed, and the status.
  await page.reload();
  await page.getByRole('tab', { name: a.tabs.text }).click();
  await expect(page.getByRole('textbox', { name: cellLabel('textLabel', '3', 'українська') })).toHaveValue(CLAUSE_3 + ADDED);
  await expect(main(page).getByText(a.editor.needsUpdate, { exact: true })).toHaveCount(0);
  await expect(main(page).getByText(a.status.sentToPartner, { exact: true }).first()).toBeVisible();

  // The list shows it with its parties and status.
  await nav(page).getByRole('link', { name: uk.common.nav.agreements }).click();
  const row = main(page).getByRole('row', { name: new RegExp(TITLE) });
  await expect(row).toContainText('Калуська міська рада');
  await expect(row).toContainText(a.status.sentToPartner);
});
