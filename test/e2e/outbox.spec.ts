import { readFile, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { test, expect, type BrowserContext, type Locator, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { serverGate, startWebDavServer, type WebDavServer } from '../webdav/servers';
import { APP_ORIGIN, UI, format, loadSampleWorkspace, openSection, plural, settle, switchLanguage, LANGS, type Lang } from './support/desk';
import ukSync from '../../renderer/i18n/locales/uk/sync.json' with { type: 'json' };
import ruSync from '../../renderer/i18n/locales/ru/sync.json' with { type: 'json' };
import enSync from '../../renderer/i18n/locales/en/sync.json' with { type: 'json' };
import ukErrors from '../../renderer/i18n/locales/uk/errors.json' with { type: 'json' };
import ukExports from '../../renderer/i18n/locales/uk/exports.json' with { type: 'json' };

/**
 * The outbox in the web build against a real Apache httpd with mod_dav on 127.0.0.1, answering
 * the app's origin through CORS as a Nextcloud would: a target set up in Settings (a wrong
 * password first), contacts exported to the outbox, delivered byte for byte, never twice, never
 * over a different file, and held while the browser is offline.
 */
const SYNC: Record<Lang, typeof enSync> = { uk: ukSync, ru: ruSync, en: enSync };
const uk = { ...UI.uk, sync: ukSync, errors: ukErrors, exports: ukExports };
const TARGET = 'Nextcloud делегації';
const FOLDER = 'Delegation Desk';

const gate = serverGate('apache');

test.describe('the outbox delivering to a real WebDAV server', () => {
  test.skip(!gate.run, gate.reason);

  let server: WebDavServer;

  test.beforeAll(async () => {
    server = await startWebDavServer('apache', { corsOrigin: APP_ORIGIN });
  });

  test.afterAll(async () => {
    await server?.dispose();
  });

  const onServer = (name: string) => path.join(server.root, FOLDER, name);
  const filesOnServer = async () => (await readdir(path.join(server.root, FOLDER)).catch(() => [] as string[])).sort();

  test('a target set up in Settings receives exports once each, and none over another file', async ({ page, context }) => {
    test.setTimeout(300_000);
    await loadSampleWorkspace(page, 'uk');

    // A target with a wrong password: the test says so, in Ukrainian.
    await openSection(page, 'uk', 'settings');
    const card = page.getByRole('region', { name: uk.sync.targets.title });
    await card.getByRole('button', { name: uk.sync.targets.add }).click();
    let dialog = page.getByRole('dialog', { name: uk.sync.form.addTitle });
    await dialog.getByRole('textbox', { name: uk.sync.form.name }).fill(TARGET);
    await dialog.getByRole('textbox', { name: uk.sync.form.url }).fill(server.url);
    await dialog.getByRole('textbox', { name: uk.sync.form.username }).fill(server.username);
    await dialog.getByLabel(uk.sync.form.password).fill('неправильний');
    await expect(dialog.getByRole('textbox', { name: uk.sync.form.remoteFolder })).toHaveValue(FOLDER);
    await dialog.getByRole('button', { name: uk.sync.form.save }).click();
    await expect(dialog).toBeHidden();

    const target = card.getByRole('article', { name: TARGET });
    await expect(target).toContainText(uk.sync.targets.credentials.sessionWeb);
    await target.getByRole('button', { name: format(uk.sync.targets.testNamed, { name: TARGET }) }).click();
    await expect(target.getByRole('status')).toHaveText(format(uk.sync.targets.testFailed, { reason: uk.errors.syncUnauthorized }));

    // The right password: the server answers; the folder comes with the first file.
    await target.getByRole('button', { name: format(uk.sync.targets.editNamed, { name: TARGET }) }).click();
    dialog = page.getByRole('dialog', { name: uk.sync.form.editTitle });
    await expect(dialog).toContainText(uk.sync.form.passwordKeep);
    await dialog.getByLabel(uk.sync.form.password).fill(server.password);
    await dialog.getByRole('button', { name: uk.sync.form.save }).click();
    await expect(dialog).toBeHidden();
    await target.getByRole('button', { name: format(uk.sync.targets.testNamed, { name: TARGET }) }).click();
    await expect(target.getByRole('status')).toHaveText(format(uk.sync.targets.testOkFolderMissing, { folder: FOLDER }));
    await clearNotifications(page);

    // Offline, an export waits in the outbox, and the header says so.
    await context.setOffline(true);
    await sendContacts(page);
    await expect(waitingBadge(page, 1)).toBeVisible();
    await openOutbox(page, 'uk');
    await expect(page.getByRole('main')).toContainText(uk.sync.outbox.offline);
    const table = page.getByRole('table', { name: uk.sync.outbox.tableLabel });
    await expect(table.getByRole('row')).toHaveCount(2);
    const vcardRow = table.getByRole('row').nth(1);
    await expect(vcardRow).toContainText(uk.sync.outbox.state.queued);
    await expect(vcardRow).toContainText(TARGET);
    expect(await filesOnServer()).toEqual([]);

    // Online again: delivered, exactly the bytes the same export downloads.
    await context.setOffline(false);
    await expect(vcardRow).toContainText(uk.sync.outbox.state.sent, { timeout: 20_000 });
    await expect(waitingBadge(page, 1)).toBeHidden();
    const delivered = await vcardRow.getByRole('cell').first().innerText();
    const vcard = await downloadContacts(page);
    expect(vcard.name).toMatch(/\.vcf$/);
    expect(delivered).toBe(vcard.name);
    expect(await filesOnServer()).toEqual([vcard.name]);
    expect((await readFile(onServer(vcard.name))).equals(vcard.bytes)).toBe(true);

    // The same export sent again: no second item, no second file.
    await sendContacts(page);
    await openOutbox(page, 'uk');
    await expect(table.getByRole('row')).toHaveCount(2);
    await page.waitForTimeout(1000);
    expect(await filesOnServer()).toEqual([vcard.name]);

    // A different file already where the CSV goes: left alone, and the export goes under a new name.
    const csv = await downloadContacts(page, uk.exports.formats.csv);
    expect(csv.name).toMatch(/\.csv$/);
    const theirs = Buffer.from('Ім’я;Телефон\r\nЧужий файл;+380 00 000 00 00\r\n');
    await writeFile(onServer(csv.name), theirs);
    await sendContacts(page, uk.exports.formats.csv);
    await openOutbox(page, 'uk');
    const csvRow = table.getByRole('row').filter({ hasText: csv.name });
    await expect(csvRow).toContainText(uk.sync.outbox.state.conflict, { timeout: 20_000 });
    await expect(csvRow).toContainText(uk.sync.outbox.conflictHint);
    await expect(waitingBadge(page, 1)).toBeVisible();
    const renamed = csv.name.replace(/\.csv$/, ' (2).csv');
    const rename = csvRow.getByRole('button', { name: uk.sync.outbox.sendUnderNewName });
    await expect(rename).toHaveAccessibleDescription(format(uk.sync.outbox.newName, { name: renamed }));
    await rename.click();
    await expect(csvRow).toContainText(uk.sync.outbox.state.sent, { timeout: 20_000 });
    await expect(csvRow.getByRole('cell').first()).toHaveText(renamed + format(uk.sync.outbox.renamedFrom, { name: csv.name }));
    await expect(waitingBadge(page, 1)).toBeHidden();
    expect(await filesOnServer()).toEqual([csv.name, renamed, vcard.name].sort());
    expect((await readFile(onServer(csv.name))).equals(theirs)).toBe(true);
    expect((await readFile(onServer(renamed))).equals(csv.bytes)).toBe(true);

    // One more conflict, left for the user, so the screenshots show one; then resolved the same way.
    const xlsx = await downloadContacts(page, uk.exports.formats.xlsx);
    await writeFile(onServer(xlsx.name), theirs);
    await sendContacts(page, uk.exports.formats.xlsx);
    await expect(waitingBadge(page, 1)).toBeVisible();
    await openOutbox(page, 'uk');
    const xlsxRow = table.getByRole('row').filter({ hasText: xlsx.name });
    await expect(xlsxRow).toContainText(uk.sync.outbox.state.conflict, { timeout: 20_000 });
    await screenshots(page, context);
    await openOutbox(page, 'uk');
    await xlsxRow.getByRole('button', { name: uk.sync.outbox.sendUnderNewName }).click();
    await expect(xlsxRow).toContainText(uk.sync.outbox.state.sent, { timeout: 20_000 });
    await expect(waitingBadge(page, 1)).toBeHidden();
    expect(await filesOnServer()).toHaveLength(5);
  });
});

/**
 * Closes the notifications on screen. Unlike the shared helper it allows one to close itself
 * meanwhile: saving a target and exporting each show one that closes after a few seconds.
 */
async function clearNotifications(page: Page): Promise<void> {
  for (const alert of await page.getByRole('alert').all()) {
    await alert
      .getByRole('button')
      .last()
      .click({ timeout: 2000 })
      .catch(() => undefined);
  }
  await expect(page.getByRole('alert')).toHaveCount(0);
}

/** The header's count of waiting files ("1 файл чекає"), in Ukrainian. */
function waitingBadge(page: Page, count: number): Locator {
  return page.getByRole('banner').getByRole('link', { name: plural('uk', uk.sync.outbox, 'waiting', count) });
}

async function openOutbox(page: Page, lang: Lang): Promise<void> {
  // Through the app's own navigation: a reload would forget the session's password.
  await page
    .getByRole('navigation', { name: UI[lang].common.nav.label })
    .getByRole('link', { name: new RegExp(`^${UI[lang].common.nav.outbox}(\\s|$)`) })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: SYNC[lang].outbox.title, exact: true })).toBeVisible();
}

/** Opens the contacts export dialog from the contacts list, with the format chosen. */
async function contactsExportDialog(page: Page, formatLabel?: string): Promise<Locator> {
  await openSection(page, 'uk', 'contacts');
  await page.getByRole('button', { name: uk.exports.menu.contacts }).click();
  const dialog = page.getByRole('dialog', { name: uk.exports.dialog.titles.contacts });
  if (formatLabel) await dialog.getByRole('radio', { name: formatLabel }).check();
  return dialog;
}

/** Sends every contact to the outbox through the export dialog (the first target is chosen for the user). */
async function sendContacts(page: Page, formatLabel?: string): Promise<void> {
  const dialog = await contactsExportDialog(page, formatLabel);
  await dialog.getByRole('radio', { name: uk.exports.dialog.toOutbox }).check();
  await expect(dialog.getByLabel(uk.exports.dialog.target, { exact: true })).toHaveValue(TARGET);
  await dialog.getByRole('button', { name: uk.exports.dialog.send }).click();
  await expect(dialog).toBeHidden();
  await clearNotifications(page);
}

/** Saves the same export as a file (a download in the browser): its name and bytes. */
async function downloadContacts(page: Page, formatLabel?: string): Promise<{ name: string; bytes: Buffer }> {
  const dialog = await contactsExportDialog(page, formatLabel);
  const download = page.waitForEvent('download');
  await dialog.getByRole('button', { name: uk.exports.dialog.submit }).click();
  const saved = await download;
  await expect(dialog).toBeHidden();
  await clearNotifications(page);
  return { name: saved.suggestedFilename(), bytes: await readFile(await saved.path()) };
}

/** axe finds no serious or critical violation on the page as it rests (the header badge, a conflict row and all). */
async function expectNoSeriousA11yIssues(page: Page, screen: string): Promise<void> {
  await page.mouse.move(0, 0);
  await settle(page);
  const { violations } = await new AxeBuilder({ page }).analyze();
  const serious = violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical');
  expect(serious.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.html).join(' | ')}`), screen).toEqual([]);
}

/**
 * The Settings card, its dialog and the Outbox page in each language, for a person to look at;
 * the Outbox offline, to show its note. (The Settings screenshots are taken online: Chromium's
 * offline emulation also cuts the app's own font files from a page that has not used them yet.)
 */
async function screenshots(page: Page, context: BrowserContext): Promise<void> {
  const dir = path.join(test.info().project.outputDir, 'screens');
  for (const lang of LANGS) {
    await switchLanguage(page, lang);
    await openSection(page, lang, 'settings');
    const card = page.getByRole('region', { name: SYNC[lang].targets.title });
    await card.scrollIntoViewIfNeeded();
    await settle(page);
    await card.screenshot({ path: path.join(dir, `${lang}-settings-sync-targets.png`) });
    if (lang === 'uk') await expectNoSeriousA11yIssues(page, 'settings');
    await card.getByRole('button', { name: format(SYNC[lang].targets.editNamed, { name: TARGET }) }).click();
    const dialog = page.getByRole('dialog', { name: SYNC[lang].form.editTitle });
    await settle(page);
    await dialog.screenshot({ path: path.join(dir, `${lang}-sync-target-dialog.png`) });
    await dialog.getByRole('button', { name: SYNC[lang].form.cancel }).click();
    await expect(dialog).toBeHidden();

    await context.setOffline(true);
    await openOutbox(page, lang);
    await expect(page.getByRole('main')).toContainText(SYNC[lang].outbox.offline);
    await settle(page);
    await page.screenshot({ path: path.join(dir, `${lang}-outbox.png`), fullPage: true });
    if (lang === 'uk') await expectNoSeriousA11yIssues(page, 'outbox');
    await context.setOffline(false);
  }
  await switchLanguage(page, 'uk');
}
