import { test, expect, type Download, type Page } from '@playwright/test';
import ICAL from 'ical.js';
import Papa from 'papaparse';
import ukExports from '../../renderer/i18n/locales/uk/exports.json' with { type: 'json' };
import ruExports from '../../renderer/i18n/locales/ru/exports.json' with { type: 'json' };
import enExports from '../../renderer/i18n/locales/en/exports.json' with { type: 'json' };
import { UI, countStatus, loadSampleWorkspace, plural, settle, switchLanguage, type Lang } from './support/desk';
import { docxText, flattenText, pdfText } from './support/pdf-text';

/**
 * Exports as a user makes them in the web build of the sample workspace, each read back by a real
 * reader: the Markdown as text, the DOCX by LibreOffice, the CSV by papaparse, the ICS by
 * ical.js, the print view's PDF by pdftotext; and the press post as the user edited it.
 */

const X = { uk: ukExports, ru: ruExports, en: enExports } as const;
const x = X.uk;
const uk = UI.uk;
const SCREENS = process.env.E2E_SCREENS_DIR ?? 'test-results/screens';

const ALLIANCE_UK = 'Робоче засідання Європейського альянсу міст і регіонів з питань відбудови України';
const ALLIANCE_EN = 'Working session of the European Alliance of Cities and Regions for the Reconstruction of Ukraine';
const REBUILD_UK = 'Виставка-конференція ReBuild Ukraine';
const WARSAW_TALKS_UK = 'Переговори з регіоном О-де-Франс: кібербезпека і зелена енергетика';

test.use({ timezoneId: 'Europe/Kyiv', actionTimeout: 15_000 });

const nav = (page: Page) => page.getByRole('navigation', { name: uk.common.nav.label });
const dialog = (page: Page) => page.getByRole('dialog');

async function readDownload(download: Download): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of await download.createReadStream()) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

async function openMeeting(page: Page, title: string): Promise<void> {
  await nav(page).getByRole('link', { name: uk.common.nav.meetings }).click();
  await page.getByRole('table', { name: uk.meetings.title }).getByRole('row', { name: new RegExp(title) }).click();
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
}

async function openEvent(page: Page, name: string): Promise<void> {
  await nav(page).getByRole('link', { name: uk.common.nav.events }).click();
  await page.getByRole('table', { name: uk.events.title }).getByRole('row', { name: new RegExp(name) }).click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
}

/** Opens the page's Export menu and picks an item. */
async function exportMenu(page: Page, item: string, lang: Lang = 'uk'): Promise<void> {
  await page.getByRole('button', { name: X[lang].menu.label, exact: true }).click();
  await page.getByRole('menuitem', { name: item }).click();
  await expect(dialog(page)).toBeVisible();
}

/** Clicks the dialog's Export button and returns the download it starts. */
async function exportDownload(page: Page, lang: Lang = 'uk'): Promise<Download> {
  const download = page.waitForEvent('download');
  await dialog(page).getByRole('button', { name: X[lang].dialog.submit }).click();
  return download;
}

test('a meeting summary in English from the Ukrainian interface: English labels, the Ukrainian notes as written', async ({ page }) => {
  await loadSampleWorkspace(page);
  await openMeeting(page, ALLIANCE_UK);
  await exportMenu(page, x.menu.meetingSummary);
  await dialog(page).getByRole('radio', { name: 'Markdown' }).check();
  await dialog(page).getByRole('radio', { name: uk.common.languageNames.en }).check();
  const download = await exportDownload(page);
  expect(download.suggestedFilename()).toMatch(/^2025-02-19 Working session of the European Alliance .*\([0-9A-Z]{4}\)\.md$/);
  const markdown = (await readDownload(download)).toString('utf8');
  expect(markdown).toContain(`# ${ALLIANCE_EN}`);
  expect(markdown).toContain('*Meeting summary*');
  expect(markdown).toContain('**Date:** 19 February 2025');
  expect(markdown).toContain('## Participants');
  expect(markdown).toContain('## Notes');
  expect(markdown).toContain('Гудрун Нідорф (секретаріат комісії CIVEX, Європейський комітет регіонів) наголосила');
  expect(markdown).not.toContain('Учасники');
  await expect(page.getByRole('alert').filter({ hasText: download.suggestedFilename() })).toBeVisible();
});

test('the ReBuild Ukraine delegation report as DOCX, read by LibreOffice, holds both meetings', async ({ page }) => {
  test.setTimeout(180_000);
  await loadSampleWorkspace(page);
  await openEvent(page, REBUILD_UK);
  await exportMenu(page, x.menu.delegationReport);
  await expect(dialog(page).getByRole('radio', { name: x.formats.docx })).toBeChecked();
  const download = await exportDownload(page);
  expect(download.suggestedFilename()).toMatch(/\.docx$/);
  const words = flattenText(await docxText(await readDownload(download)));
  for (const expected of [x.report.delegationReport, REBUILD_UK, WARSAW_TALKS_UK, 'Зустріч із радницею з питань експорту «Бізнес Франс Україна»', x.report.participants, 'Артем Лисогор', 'Жюльєт Дельб']) {
    expect(words, expected).toContain(expected);
  }
});

test('contacts as CSV: UTF-8 with a BOM, parsed by papaparse; the filtered list exports only what it shows', async ({ page }) => {
  await loadSampleWorkspace(page);
  await page.getByRole('button', { name: x.menu.contacts }).click();
  await dialog(page).getByRole('radio', { name: x.formats.csv }).check();
  const all = await readDownload(await exportDownload(page));
  expect([...all.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const parsed = Papa.parse<Record<string, string>>(all.subarray(3).toString('utf8'), { header: true, skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  expect(parsed.data).toHaveLength(9);
  expect(parsed.data.map((row) => row[x.contactColumns.familyName.uk])).toContain('Лисогор');

  await page.getByRole('searchbox', { name: uk.common.table.quickFilter }).fill('Дельб');
  await expect(countStatus(page)).not.toHaveText(plural('uk', uk.contacts, 'count', 9));
  await page.getByRole('button', { name: x.menu.contacts }).click();
  await expect(dialog(page).getByRole('radio', { name: plural('uk', x.dialog, 'scopeShown', 1) })).toBeChecked();
  await dialog(page).getByRole('radio', { name: x.formats.csv }).check();
  const shown = Papa.parse<Record<string, string>>((await readDownload(await exportDownload(page))).subarray(3).toString('utf8'), { header: true, skipEmptyLines: true });
  expect(shown.data.map((row) => row[x.contactColumns.familyName.uk])).toEqual(['Дельб']);
});

test('the event calendar parses with ical.js: one VEVENT per meeting, the same UIDs in a second export', async ({ page }) => {
  await loadSampleWorkspace(page);
  await openEvent(page, REBUILD_UK);
  const exportIcs = async () => {
    await exportMenu(page, x.menu.calendar);
    const download = await exportDownload(page);
    const calendar = new ICAL.Component(ICAL.parse((await readDownload(download)).toString('utf8')));
      return { name: download.suggestedFilename(), events: calendar.getAllSubcomponents('vevent') };
  };
  const first = await exportIcs();
  const second = await exportIcs();
  expect(first.name).toMatch(/\.ics$/);
  expect(second.name).toBe(first.name);
  expect(first.events).toHaveLength(2);
  const uids = (events: ICAL.Component[]) => events.map((event) => event.getFirstPropertyValue('uid'));
  expect(new Set(uids(first.events)).size).toBe(2);
  expect(uids(second.events)).toEqual(uids(first.events));
  expect(first.events.map((event) => event.getFirstPropertyValue('summary'))).toContain(WARSAW_TALKS_UK);
});

test('the report’s print view prints to a PDF with the report’s text and nothing of the app', async ({ page }) => {
  await loadSampleWorkspace(page);
  await openEvent(page, REBUILD_UK);
  await exportMenu(page, x.menu.delegationReport);
  await dialog(page).getByRole('radio', { name: 'PDF' }).check();
  // In the browser a PDF comes from its print dialog: the outbox cannot take it, and the dialog says so.
  await expect(dialog(page).getByRole('radio', { name: x.dialog.toOutbox })).toBeDisabled();
  await expect(dialog(page)).toContainText(x.dialog.pdfOutboxDesktopOnly);
  await dialog(page).getByRole('radio', { name: uk.common.languageNames.en }).check();
  // The print view opens the browser's print dialog by itself; here it is only noted, so that
  // page.pdf below can lay the page out (Chromium prints one job at a time).
  await page.evaluate(() => {
    window.print = () => {
      document.documentElement.dataset.printed = 'yes';
    };
  });
  await dialog(page).getByRole('button', { name: x.dialog.submit }).click();

  await expect(page.getByRole('button', { name: x.print.print })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('data-printed', 'yes');
  // The link forgets the print step, so coming back to the page does not print again.
  expect(page.url()).not.toContain('then=');
  await expect(page.getByRole('heading', { level: 1, name: 'Delegation report' })).toBeVisible();
  await expect(page.getByRole('navigation', { name: uk.common.nav.label })).toHaveCount(0);
  await page.evaluate(() => document.fonts.ready);
  const words = flattenText(await pdfText(await page.pdf({ format: 'A4', preferCSSPageSize: true }), { layout: false }));
  for (const expected of ['Delegation report', 'ReBuild Ukraine exhibition and conference', 'Talks with Hauts-de-France: cybersecurity and green energy', 'Participants', 'Artem Lysohor', 'Juliette Delbe']) {
    expect(words, expected).toContain(expected);
  }
  for (const chrome of [x.print.print, x.print.back, uk.common.nav.settings, uk.common.appName]) expect(words, chrome).not.toContain(chrome);
  await page.setViewportSize({ width: 1280, height: 900 });
  await settle(page);
  await page.screenshot({ path: `${SCREENS}/report-print-view.png` });
});

test('the press post downloads as the user edited it', async ({ page }) => {
  await loadSampleWorkspace(page);
  await openMeeting(page, WARSAW_TALKS_UK);
  await exportMenu(page, x.menu.pressPost);
  const text = dialog(page).getByRole('textbox', { name: x.press.text });
  await expect(text).toHaveValue(/^Переговори з регіоном О-де-Франс/);
  await expect(text).toHaveValue(/Жюльєт Дельб/);
  const edited = `${WARSAW_TALKS_UK}\n\nАртем Лисогор зустрівся з Жюльєт Дельб у Варшаві. Текст відредаговано вручну.`;
  await text.fill(edited);
  await expect(dialog(page)).toContainText(x.press.edited);
  const download = await exportDownload(page);
  expect(download.suggestedFilename()).toMatch(/^2023-11-15 .*\.txt$/);
  expect((await readDownload(download)).toString('utf8')).toBe(`${edited}\n`);
});

test('screens: the export dialog and the press post editor in uk, ru and en', async ({ page }) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 1280, height: 900 });
  await loadSampleWorkspace(page);
  await openMeeting(page, WARSAW_TALKS_UK);
  for (const lang of ['uk', 'ru', 'en'] as const) {
    await switchLanguage(page, lang);
    await exportMenu(page, X[lang].menu.meetingSummary, lang);
    await dialog(page).getByRole('radio', { name: X[lang].dialog.toOutbox }).check();
    await expect(dialog(page)).toContainText(X[lang].dialog.noTargets);
    await settle(page);
    await page.screenshot({ path: `${SCREENS}/export-dialog-${lang}.png` });
    await page.keyboard.press('Escape');
    await expect(dialog(page)).toHaveCount(0);

    await exportMenu(page, X[lang].menu.pressPost, lang);
    const text = dialog(page).getByRole('textbox', { name: X[lang].press.text });
    await expect(text).not.toHaveValue('');
    await text.press('End');
    await text.pressSequentially(' ✎');
    await settle(page);
    await page.screenshot({ path: `${SCREENS}/press-post-${lang}.png` });
    await page.keyboard.press('Escape');
    await expect(dialog(page)).toHaveCount(0);
  }
  // Where the exports start from on the lists: beside "New" in the toolbar.
  await switchLanguage(page, 'uk');
  await nav(page).getByRole('link', { name: uk.common.nav.meetings }).click();
  await page.getByRole('button', { name: x.menu.delegationReport }).click();
  await expect(dialog(page)).toBeVisible();
  await settle(page);
  await page.screenshot({ path: `${SCREENS}/meetings-range-report-uk.png` });
  await page.keyboard.press('Escape');
  await nav(page).getByRole('link', { name: uk.common.nav.contacts }).click();
  await page.getByRole('searchbox', { name: uk.common.table.quickFilter }).fill('Франс');
  await page.getByRole('button', { name: x.menu.contacts }).click();
  await dialog(page).getByRole('radio', { name: x.formats.xlsx }).check();
  await settle(page);
  await page.screenshot({ path: `${SCREENS}/contacts-export-uk.png` });
});
