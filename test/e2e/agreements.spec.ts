import { test, expect, type Page } from '@playwright/test';
import ukAgreements from '../../renderer/i18n/locales/uk/agreements.json' with { type: 'json' };
import { UI, format, loadSampleWorkspace } from './support/desk';
import { createTwinningAgreement, TWINNING_TITLE } from './support/agreements';
import { docxText, flattenText, pdfFonts, pdfText, readDownload } from './support/pdf-text';

/**
 * Kalush and Zaporizhzhia plan to become twin cities: a secretary starts the twinning agreement
 * from the template in Ukrainian and English, rewrites a clause in Ukrainian, sees the English
 * fall behind, confirms it, and sends the draft to the partner, which keeps a version. Once it
 * is with the partner, a clause is revised in both languages, compared word by word with the
 * text that was sent, and handed over again as a DOCX and a PDF that carry both languages.
 */

const uk = UI.uk;
const a = ukAgreements;
const TITLE = TWINNING_TITLE;
const ADDED = ' Сторони сприяють прямим контактам між підприємствами.';
const CLAUSE_3 = 'Сторони обмінюються досвідом у сфері енергоефективності, підтримки малого та середнього бізнесу і створення нових робочих місць.';
const TITLE_EN = 'Agreement on the Establishment of Twin-City Relations';

test.use({ timezoneId: 'Europe/Kyiv', actionTimeout: 15_000 });

const nav = (page: Page) => page.getByRole('navigation', { name: uk.common.nav.label });
const main = (page: Page) => page.getByRole('main');
/** "Пункт 3, текст (українська)": the cell labels name the clause and the language as a sentence does. */
const cellLabel = (key: 'textLabel' | 'confirmLabel', clause: string, language: string) =>
  format(a.editor[key], { clause: format(a.editor.clause, { number: clause }), language });

/** A word the comparison marks, as a screen reader hears it: "додано: сталий кінець зміни". */
const marked = (change: 'srAdded' | 'srRemoved', word: string) => `${a.versions.comparison[change]} ${word} ${a.versions.comparison.srEnd}`;

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

test('the text sent to the partner compares word by word with a revised clause; the DOCX and the PDF carry both languages', async ({ page }) => {
  test.setTimeout(240_000);
  await loadSampleWorkspace(page);
  await createTwinningAgreement(page);
  await moveStatus(page, 'internalReview');
  await moveStatus(page, 'sentToPartner');

  // The partner asks for "sustainable" rather than "comprehensive" development: clause 1 revised
  // in Ukrainian, then in English, which brings the English back in step.
  const ukPurpose = page.getByRole('textbox', { name: cellLabel('textLabel', '1', 'українська') });
  const enPurpose = page.getByRole('textbox', { name: cellLabel('textLabel', '1', 'англійська') });
  const ukBefore = await ukPurpose.inputValue();
  const enBefore = await enPurpose.inputValue();
  expect(ukBefore).toContain('всебічний розвиток співпраці');
  expect(enBefore).toContain('comprehensive development of cooperation');
  await ukPurpose.fill(ukBefore.replace('всебічний', 'сталий'));
  await expect(page.getByRole('button', { name: cellLabel('confirmLabel', '1', 'англійська') })).toBeVisible();
  await enPurpose.fill(enBefore.replace('comprehensive', 'sustainable'));
  await enPurpose.blur();
  await expect(main(page).getByText(a.editor.needsUpdate, { exact: true })).toHaveCount(0);

  // The version kept when it went to the partner against the current text: one clause, the words marked in each language.
  await page.getByRole('tab', { name: a.tabs.versions }).click();
  const sent = format(a.versions.auto.statusChange, { status: a.status.sentToPartner });
  await page.getByRole('checkbox', { name: format(a.versions.selectNamed, { name: sent }) }).check();
  await page.getByRole('checkbox', { name: format(a.versions.selectNamed, { name: a.versions.current }) }).check();
  await page.getByRole('button', { name: a.versions.compare, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: a.versions.comparison.title })).toBeVisible();
  await expect(main(page).getByText(format(a.versions.comparison.changedCount_one, { count: 1 }))).toBeVisible();
  await expect(main(page).locator('ins')).toHaveText(['сталий', 'sustainable'].map((word) => marked('srAdded', word)));
  await expect(main(page).locator('del')).toHaveText(['всебічний', 'comprehensive'].map((word) => marked('srRemoved', word)));

  // What the partner reads: both titles, both parties in both languages, the revised clause and not the old one.
  const bothLanguages = [TITLE, TITLE_EN, 'Калуська міська рада', 'Kalush City Council', 'Запорізька міська рада', 'Zaporizhzhia City Council', 'сталий розвиток співпраці', 'sustainable development of cooperation'];
  const superseded = ['всебічний розвиток', 'comprehensive development'];

  // The DOCX, as LibreOffice opens it.
  await page.getByRole('link', { name: a.versions.comparison.back }).click();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: a.export.docx }).click();
  const docx = await download;
  expect(docx.suggestedFilename()).toMatch(/\.docx$/);
  const docxWords = flattenText(await docxText(await readDownload(docx)));
  for (const expected of [...bothLanguages, 'Андрій Найда', 'Andrii Naida']) expect(docxWords, expected).toContain(expected);
  for (const old of superseded) expect(docxWords, old).not.toContain(old);

  // The PDF the browser prints from the print view: the same text, and every font inside the file.
  await page.getByRole('link', { name: a.export.print }).or(page.getByRole('button', { name: a.export.print })).click();
  await expect(page.getByRole('button', { name: a.print.print })).toBeVisible();
  await expect(page.getByText(TITLE_EN).first()).toBeVisible();
  await page.evaluate(() => document.fonts.ready);
  const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
  const pdfWords = flattenText(await pdfText(pdf, { layout: false }));
  for (const expected of bothLanguages) expect(pdfWords, expected).toContain(expected);
  for (const old of superseded) expect(pdfWords, old).not.toContain(old);
  const fonts = await pdfFonts(pdf);
  expect(fonts.length).toBeGreaterThan(0);
  expect(fonts.filter((font) => !font.embedded).map((font) => font.name)).toEqual([]);
});
