import { test, expect, type Page } from '@playwright/test';
import ukAgreements from '../../renderer/i18n/locales/uk/agreements.json' with { type: 'json' };
import { UI, format, loadSampleWorkspace } from './support/desk';
import { docxText, flattenText, pdfFonts, pdfText, readDownload } from './support/pdf-text';

/**
 * The Kalush–Zaporizhzhia memorandum of the sample workspace, after it was signed: a clause
 * changed in English and compared with the signed version word by word; then the text handed to
 * the partner as a DOCX and as a PDF, each read back by a real reader (LibreOffice, pdftotext)
 * with both languages' text in it, every font of the PDF embedded (pdffonts); and the agreement
 * found on its parties' pages and on the meeting where it was signed.
 */

const uk = UI.uk;
const a = ukAgreements;
const TITLE = 'Меморандум про співпрацю';
const TITLE_EN = 'Memorandum of Cooperation';

test.use({ timezoneId: 'Europe/Kyiv', actionTimeout: 15_000 });

const nav = (page: Page) => page.getByRole('navigation', { name: uk.common.nav.label });
const main = (page: Page) => page.getByRole('main');
const textCell = (clause: string, language: string) =>
  format(a.editor.textLabel, { clause: format(a.editor.clause, { number: clause }), language });

async function openMemorandum(page: Page): Promise<void> {
  await nav(page).getByRole('link', { name: uk.common.nav.agreements }).click();
  await page.getByRole('table', { name: a.title }).getByRole('row', { name: new RegExp(TITLE) }).click();
  await expect(page.getByRole('heading', { level: 1, name: TITLE })).toBeVisible();
}

test('a changed clause compares word by word with the signed version; DOCX and PDF carry both languages', async ({ page }) => {
  test.setTimeout(240_000);
  await loadSampleWorkspace(page);
  await openMemorandum(page);

  // Clause 1 reworded in English: "cooperation" becomes "partnership".
  const purpose = page.getByRole('textbox', { name: textCell('1', 'англійська') });
  const before = await purpose.inputValue();
  expect(before).toContain('cooperation');
  const after = before.replace('cooperation', 'partnership');
  await purpose.fill(after);
  await purpose.blur();

  // The signed version against the current text: clause 1 changed, the words marked.
  await page.getByRole('tab', { name: a.tabs.versions }).click();
  const signed = format(a.versions.auto.statusChange, { status: a.status.signed });
  await page.getByRole('checkbox', { name: format(a.versions.selectNamed, { name: signed }) }).check();
  await page.getByRole('checkbox', { name: format(a.versions.selectNamed, { name: a.versions.current }) }).check();
  await page.getByRole('button', { name: a.versions.compare, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: a.versions.comparison.title })).toBeVisible();
  await expect(main(page).getByText(format(a.versions.comparison.changedCount_one, { count: 1 }))).toBeVisible();
  await expect(main(page).locator('ins', { hasText: 'partnership' })).toHaveCount(1);
  await expect(main(page).locator('del', { hasText: 'cooperation' })).toHaveCount(1);

  // The DOCX a partner opens in Word or LibreOffice: both columns' text.
  await page.getByRole('link', { name: a.versions.comparison.back }).click();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: a.export.docx }).click();
  const docx = await download;
  expect(docx.suggestedFilename()).toMatch(/\.docx$/);
  const docxWords = flattenText(await docxText(await readDownload(docx)));
  for (const expected of [TITLE, TITLE_EN, 'Калуська міська рада', 'Kalush City Council', 'Андрій Найда', 'Andrii Naida', 'partnership', 'енергоефективності', 'energy efficiency']) {
    expect(docxWords, expected).toContain(expected);
  }

  // The print view, as the browser prints it to PDF: both languages, and none of the app around it.
  await page.getByRole('link', { name: a.export.print }).or(page.getByRole('button', { name: a.export.print })).click();
  await expect(page.getByRole('button', { name: a.print.print })).toBeVisible();
  await expect(page.getByText(TITLE_EN).first()).toBeVisible();
  await page.evaluate(() => document.fonts.ready);
  const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
  const pdfWords = flattenText(await pdfText(pdf, { layout: false }));
  for (const expected of [TITLE, TITLE_EN, 'Калуська міська рада', 'Kalush City Council', 'partnership', 'енергоефективності', 'energy efficiency']) {
    expect(pdfWords, expected).toContain(expected);
  }
  expect(pdfWords).not.toContain(uk.common.nav.settings);
  // Every font travels inside the file, so a partner's reader without them shows the same letters.
  const fonts = await pdfFonts(pdf);
  expect(fonts.length).toBeGreaterThan(0);
  expect(fonts.filter((font) => !font.embedded).map((font) => font.name)).toEqual([]);
});

test('the agreement is listed on its parties’ pages and on the meeting where it was signed', async ({ page }) => {
  await loadSampleWorkspace(page);
  for (const party of ['Калуська міська рада', 'Запорізька міська рада']) {
    await nav(page).getByRole('link', { name: uk.common.nav.organizations }).click();
    await page.getByRole('table', { name: uk.organizations.title }).getByRole('row', { name: new RegExp(party) }).click();
    const section = main(page).getByRole('region', { name: a.title });
    await expect(section.getByRole('link', { name: TITLE })).toBeVisible();
    await expect(section).toContainText(a.status.signed);
  }
  await main(page).getByRole('region', { name: a.title }).getByRole('link', { name: TITLE }).click();
  await expect(page.getByRole('heading', { level: 1, name: TITLE })).toBeVisible();

  await nav(page).getByRole('link', { name: uk.common.nav.meetings }).click();
  await page.getByRole('table', { name: uk.meetings.title }).getByRole('row', { name: /Підписання меморандуму про співпрацю Калуша і Запоріжжя/ }).click();
  await expect(main(page).getByRole('region', { name: a.title }).getByRole('link', { name: TITLE })).toBeVisible();
});
