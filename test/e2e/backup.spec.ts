import { test, expect, type Browser, type Download, type Locator, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import ukBackup from '../../renderer/i18n/locales/uk/backup.json' with { type: 'json' };
import ruBackup from '../../renderer/i18n/locales/ru/backup.json' with { type: 'json' };
import enBackup from '../../renderer/i18n/locales/en/backup.json' with { type: 'json' };
import ukErrors from '../../renderer/i18n/locales/uk/errors.json' with { type: 'json' };
import ukExports from '../../renderer/i18n/locales/uk/exports.json' with { type: 'json' };
import ukSearch from '../../renderer/i18n/locales/uk/search.json' with { type: 'json' };
import { APP_ORIGIN, SAMPLE_CONTACT_COUNT, UI, countStatus, dismissNotifications, format, loadSampleWorkspace, openSection, plural, settle, switchLanguage, type Lang } from './support/desk';

/**
 * Backups, restore and laptop-to-laptop bundles as a user meets them in the web build: an
 * encrypted backup of the sample workspace, the workspace cleared, a wrong passphrase refused
 * with nothing written, the backup restored and everything found again; a damaged file named as
 * such; and an event carried between two browser profiles (two laptops) and merged, then changed
 * on one and merged again, the report listing what changed.
 */

const B = { uk: ukBackup, ru: ruBackup, en: enBackup } as const;
const uk = UI.uk;
const SCREENS = process.env.E2E_SCREENS_DIR ?? 'test-results/screens';
const PASSPHRASE = 'Варшава-Луганськ-2023';
const BUNDLE_PASSPHRASE = 'usb-stick-handover';
const REBUILD_UK = 'Виставка-конференція ReBuild Ukraine';
const WARSAW_TALKS_UK = 'Переговори з регіоном О-де-Франс: кібербезпека і зелена енергетика';
const WARSAW_NOTES_RU = 'Предварительные переговоры о совместных проектах';

test.use({ timezoneId: 'Europe/Kyiv', actionTimeout: 15_000 });

interface SavedFile {
  name: string;
  buffer: Buffer;
}

async function readDownload(download: Download): Promise<SavedFile> {
  const chunks: Buffer[] = [];
  for await (const chunk of await download.createReadStream()) chunks.push(chunk as Buffer);
  return { name: download.suggestedFilename(), buffer: Buffer.concat(chunks) };
}

const dialog = (page: Page, title: string) => page.getByRole('dialog', { name: title });

async function backupCard(page: Page, lang: Lang): Promise<Locator> {
  await openSection(page, lang, 'settings');
  const card = page.getByRole('region', { name: B[lang].title });
  await expect(card).toBeVisible();
  return card;
}

/** A passphrase field by its accessible name (its visible label also carries the asterisk). */
const passphraseBox = (scope: Locator, name: string) => scope.getByRole('textbox', { name, exact: true });

/** Types a new passphrase twice in the open dialog. */
async function newPassphrase(scope: Locator, lang: Lang, passphrase: string) {
  await passphraseBox(scope, B[lang].passphrase.label).fill(passphrase);
  await passphraseBox(scope, B[lang].passphrase.confirm).fill(passphrase);
}

/** "Back up now" with a passphrase; returns the file the browser downloaded. */
async function backUp(page: Page, lang: Lang, passphrase: string): Promise<SavedFile> {
  const card = await backupCard(page, lang);
  await card.getByRole('button', { name: B[lang].actions.backUp }).click();
  const modal = dialog(page, B[lang].backUp.title);
  await newPassphrase(modal, lang, passphrase);
  const download = page.waitForEvent('download');
  await modal.getByRole('button', { name: B[lang].backUp.submit, exact: true }).click();
  const file = await readDownload(await download);
  await expect(modal).toBeHidden();
  return file;
}

/** Opens one of the card's file dialogs and picks `file` in the system file chooser. */
async function openFile(page: Page, lang: Lang, action: 'verify' | 'restore' | 'openBundle', file: SavedFile): Promise<Locator> {
  const card = await backupCard(page, lang);
  await card.getByRole('button', { name: B[lang].actions[action] }).click();
  const title = { verify: B[lang].open.verifyTitle, restore: B[lang].open.restoreTitle, openBundle: B[lang].open.bundleTitle }[action];
  const modal = dialog(page, title);
  const chooser = page.waitForEvent('filechooser');
  await modal.getByRole('button', { name: B[lang].open.choose }).click();
  await (await chooser).setFiles({ name: file.name, mimeType: 'application/octet-stream', buffer: file.buffer });
  return modal;
}

async function unlock(modal: Locator, lang: Lang, passphrase: string) {
  await passphraseBox(modal, B[lang].passphrase.label).fill(passphrase);
  await modal.getByRole('button', { name: B[lang].open.unlock }).click();
}

async function shoot(target: Page | Locator, name: string) {
  const page = 'page' in target ? target.page() : target;
  await settle(page);
  await target.screenshot({ path: `${SCREENS}/backup-${name}.png` });
}

test('an encrypted backup survives clearing the workspace: wrong passphrase refused, then everything restored', async ({ page }) => {
  test.setTimeout(180_000);
  await loadSampleWorkspace(page);

  const card = await backupCard(page, 'uk');
  for (const lang of ['ru', 'en', 'uk'] as const) {
    await switchLanguage(page, lang);
    await shoot(page.getByRole('region', { name: B[lang].title }), `card-${lang}`);
  }
  await expect(card).toBeVisible();

  await test.step('a passphrase shorter than ten characters is refused', async () => {
    await card.getByRole('button', { name: B.uk.actions.backUp }).click();
    const modal = dialog(page, B.uk.backUp.title);
    await newPassphrase(modal, 'uk', 'коротка');
    await modal.getByRole('button', { name: B.uk.backUp.submit, exact: true }).click();
    await expect(passphraseBox(modal, B.uk.passphrase.label)).toHaveAccessibleDescription(
      new RegExp(plural('uk', B.uk.passphrase, 'tooShort', 10)),
    );
    await modal.getByRole('button', { name: B.uk.backUp.cancel }).click();
  });

  const backup = await backUp(page, 'uk', PASSPHRASE);
  expect(backup.name).toMatch(/^delegation-desk-\d{4}-\d{2}-\d{2}-\d{4}\.ddbackup$/);
  expect(backup.buffer.subarray(0, 22).toString('latin1')).toBe('DELEGATION-DESK-BACKUP');
  // Encrypted: no name of the sample appears in the file.
  expect(backup.buffer.includes(Buffer.from('Лисогор'))).toBe(false);
  await expect(page.getByRole('alert').filter({ hasText: backup.name })).toContainText(plural('uk', B.uk.tables, 'contacts', SAMPLE_CONTACT_COUNT));

  await test.step('verify reads the file back in each language without changing anything', async () => {
    for (const lang of ['uk', 'ru', 'en'] as const) {
      await switchLanguage(page, lang);
      const modal = await openFile(page, lang, 'verify', backup);
      await expect(modal.getByText(B[lang].open.encrypted)).toBeVisible();
      await unlock(modal, lang, PASSPHRASE);
      await expect(modal.getByText(B[lang].summary.verified)).toBeVisible();
      await expect(modal.getByRole('table', { name: B[lang].summary.label })).toContainText(plural(lang, B[lang].tables, 'contacts', SAMPLE_CONTACT_COUNT));
      await expect(modal.getByRole('table', { name: B[lang].summary.label })).toContainText(B[lang].summary.encrypted);
      await shoot(modal, `verify-${lang}`);
      await modal.getByRole('button', { name: B[lang].open.close }).click();
      await expect(modal).toBeHidden();
    }
    await switchLanguage(page, 'uk');
  });

  await test.step('clear the workspace: the word must be typed', async () => {
    const danger = await backupCard(page, 'uk');
    await danger.getByRole('button', { name: B.uk.danger.clear }).click();
    const modal = dialog(page, B.uk.danger.dialogTitle);
    await expect(modal.getByText(B.uk.danger.backUpFirst)).toBeVisible();
    const confirm = modal.getByRole('button', { name: B.uk.danger.confirm });
    await expect(confirm).toBeDisabled();
    await modal.getByLabel(format(B.uk.danger.typeWord, { word: B.uk.danger.word })).fill(B.uk.danger.word);
    await confirm.click();
    // The app reloads on an empty workspace: the sample data is offered again.
    await expect(page.getByRole('button', { name: uk.common.sample.load })).toBeVisible();
  });

  await test.step('a wrong passphrase is refused, translated, and nothing is written', async () => {
    const modal = await openFile(page, 'uk', 'restore', backup);
    await unlock(modal, 'uk', 'не та парольна фраза');
    await expect(passphraseBox(modal, B.uk.passphrase.label)).toHaveAccessibleDescription(ukErrors.backupWrongPassphrase);
    await modal.getByRole('button', { name: B.uk.open.cancel }).click();
    await openSection(page, 'uk', 'contacts');
    await expect(page.getByRole('button', { name: uk.common.sample.load })).toBeVisible();
  });

  await test.step('the right passphrase restores it into the empty workspace', async () => {
    const modal = await openFile(page, 'uk', 'restore', backup);
    await unlock(modal, 'uk', PASSPHRASE);
    await expect(modal.getByText(B.uk.restore.intoEmpty)).toBeVisible();
    await modal.getByRole('button', { name: B.uk.restore.restore, exact: true }).click();
    await expect(modal).toBeHidden();
  });

  await test.step('everything is back: contacts, the agreement, a meeting’s notes, and search', async () => {
    await openSection(page, 'uk', 'contacts');
    await expect(countStatus(page)).toHaveText(plural('uk', uk.contacts, 'count', SAMPLE_CONTACT_COUNT));
    await openSection(page, 'uk', 'agreements');
    await expect(page.getByRole('table', { name: uk.agreements.title }).getByRole('row', { name: /Меморандум про співпрацю/ })).toBeVisible();
    await openSection(page, 'uk', 'meetings');
    await page.getByRole('table', { name: uk.meetings.title }).getByRole('row', { name: new RegExp(WARSAW_TALKS_UK) }).click();
    await expect(page.getByRole('heading', { level: 1, name: WARSAW_TALKS_UK })).toBeVisible();
    await expect(page.getByText(WARSAW_NOTES_RU)).toBeVisible();
    await page.keyboard.press('Control+k');
    const box = page.getByRole('textbox', { name: ukSearch.label });
    await box.fill('Лысогор');
    await expect(page.getByRole('dialog').getByRole('group', { name: ukSearch.groups.contact }).getByRole('button').filter({ hasText: 'Лисогор' })).toHaveCount(1);
  });
});

test('a damaged or cut backup file is named as such, in Ukrainian, and nothing changes', async ({ page }) => {
  test.setTimeout(120_000);
  await loadSampleWorkspace(page);
  const backup = await backUp(page, 'uk', PASSPHRASE);

  const flipped = Buffer.from(backup.buffer);
  const at = flipped.length - 40;
  flipped[at] = flipped[at]! ^ 0x01;
  const truncated = backup.buffer.subarray(0, Math.floor(backup.buffer.length * 0.7));

  for (const [label, buffer] of [
    ['flipped', flipped],
    ['truncated', truncated],
  ] as const) {
    await test.step(label, async () => {
      const modal = await openFile(page, 'uk', 'verify', { name: `${label}.ddbackup`, buffer });
      const passphrase = passphraseBox(modal, B.uk.passphrase.label);
      const alert = modal.getByRole('alert');
      // The checksum may catch it at once, or once the payload is read behind the passphrase.
      await expect(passphrase.or(alert)).toBeVisible();
      if (await passphrase.isVisible()) await unlock(modal, 'uk', PASSPHRASE);
      await expect(alert).toHaveText(ukErrors.backupCorrupt);
      await expect(modal.getByText(B.uk.summary.verified)).toHaveCount(0);
      await modal.getByRole('button', { name: B.uk.open.cancel }).click();
    });
  }
  await openSection(page, 'uk', 'contacts');
  await expect(countStatus(page)).toHaveText(plural('uk', uk.contacts, 'count', SAMPLE_CONTACT_COUNT));
});

/** A second laptop: a browser profile of its own, so its IndexedDB starts empty. */
async function laptop(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ baseURL: `${APP_ORIGIN}/`, locale: 'uk-UA', timezoneId: 'Europe/Kyiv' });
  context.setDefaultTimeout(15_000);
  return context.newPage();
}

/** On the event's page: Export → Hand over to another laptop → the bundle's bytes. */
async function handOver(page: Page, screenshot?: string): Promise<SavedFile> {
  await openSection(page, 'uk', 'events');
  await page.getByRole('table', { name: uk.events.title }).getByRole('row', { name: new RegExp(REBUILD_UK) }).click();
  await expect(page.getByRole('heading', { level: 1, name: REBUILD_UK })).toBeVisible();
  await page.getByRole('button', { name: ukExports.menu.label, exact: true }).click();
  await page.getByRole('menuitem', { name: B.uk.bundle.menuItem }).click();
  const modal = dialog(page, B.uk.bundle.title);
  await expect(modal.getByText(/^Він містить: /)).toContainText(plural('uk', B.uk.tables, 'events', 1));
  await expect(modal.getByText(/^Він містить: /)).toContainText(plural('uk', B.uk.tables, 'meetings', 2));
  await newPassphrase(modal, 'uk', BUNDLE_PASSPHRASE);
  if (screenshot) await shoot(modal, screenshot);
  const download = page.waitForEvent('download');
  await modal.getByRole('button', { name: B.uk.bundle.submit }).click();
  const file = await readDownload(await download);
  expect(file.name).toBe(`${REBUILD_UK}.ddbundle`);
  return file;
}

/** Settings → Open a bundle → passphrase → merge; returns the dialog showing the report. */
async function openBundle(page: Page, lang: Lang, bundle: SavedFile): Promise<Locator> {
  const modal = await openFile(page, lang, 'openBundle', bundle);
  await unlock(modal, lang, BUNDLE_PASSPHRASE);
  await expect(modal.getByRole('table', { name: B[lang].summary.label })).toContainText(format(B[lang].summary.kindBundle, { title: REBUILD_UK }));
  await modal.getByRole('button', { name: B[lang].restore.merge }).click();
  await expect(modal.getByRole('heading', { name: B[lang].report.title })).toBeVisible();
  return modal;
}

test('an event carried between two laptops merges, and a later change comes over as an update', async ({ browser }) => {
  test.setTimeout(240_000);
  const a = await laptop(browser);
  const b = await laptop(browser);
  await loadSampleWorkspace(a);
  await b.goto('/');
  await expect(b.getByRole('button', { name: uk.common.sample.load })).toBeVisible();

  const first = await handOver(a, 'hand-over-uk');
  await test.step('laptop B opens the bundle: the event, its meetings and people arrive', async () => {
    const modal = await openBundle(b, 'uk', first);
    await expect(modal.getByText(/^Додано: /)).toContainText(plural('uk', B.uk.tables, 'meetings', 2));
    await expect(modal.getByText(format(B.uk.report.updated, { list: B.uk.report.nothing }))).toBeVisible();
    await shoot(modal, 'report-uk');
    // The follow-ups that came with the event are overdue: their notices pop up over the dialog.
    await dismissNotifications(b);
    await modal.getByRole('button', { name: B.uk.open.close }).click();

    await openSection(b, 'uk', 'events');
    await b.getByRole('table', { name: uk.events.title }).getByRole('row', { name: new RegExp(REBUILD_UK) }).click();
    await expect(b.getByRole('heading', { level: 1, name: REBUILD_UK })).toBeVisible();
    await expect(b.getByText(WARSAW_TALKS_UK).first()).toBeVisible();
    await openSection(b, 'uk', 'contacts');
    const people = b.getByRole('table', { name: uk.contacts.title });
    await expect(people.getByRole('row', { name: /Жюльєт Дельб/ })).toBeVisible();
    await expect(people.getByRole('row', { name: /Артем Лисогор/ })).toBeVisible();
  });

  await test.step('laptop A changes Juliette Delbe’s notes and hands the event over again', async () => {
    await openSection(a, 'uk', 'contacts');
    await a.getByRole('table', { name: uk.contacts.title }).getByRole('row', { name: /Жюльєт Дельб/ }).click();
    await a.getByRole('link', { name: uk.contacts.detail.edit }).click();
    await a.getByLabel(uk.contacts.fields.notes).fill('Домовилися про відеодзвінок у грудні.');
    await expect(a.getByRole('main').getByRole('status')).toHaveText(/^Збережено \d/);
  });
  const second = await handOver(a);

  await test.step('laptop B, in Russian: the report lists the contact as updated', async () => {
    await switchLanguage(b, 'ru');
    const modal = await openBundle(b, 'ru', second);
    await expect(modal.getByText(format(B.ru.report.updated, { list: plural('ru', B.ru.tables, 'contacts', 1) }))).toBeVisible();
    await expect(modal.getByText(format(B.ru.report.added, { list: B.ru.report.nothing }))).toBeVisible();
    await shoot(modal, 'report-ru');
    await dismissNotifications(b);
    await modal.getByRole('button', { name: B.ru.open.close }).click();
    await switchLanguage(b, 'uk');
    await openSection(b, 'uk', 'contacts');
    await b.getByRole('table', { name: uk.contacts.title }).getByRole('row', { name: /Жюльєт Дельб/ }).click();
    await expect(b.getByText('Домовилися про відеодзвінок у грудні.')).toBeVisible();
  });

  await test.step('the same bundle once more, in English: nothing new', async () => {
    await switchLanguage(b, 'en');
    const modal = await openBundle(b, 'en', second);
    await expect(modal.getByText(format(B.en.report.added, { list: B.en.report.nothing }))).toBeVisible();
    await expect(modal.getByText(format(B.en.report.updated, { list: B.en.report.nothing }))).toBeVisible();
    await shoot(modal, 'report-en');
  });

  await a.context().close();
  await b.context().close();
});

test('the Settings page with the backup card passes axe', async ({ page }) => {
  await loadSampleWorkspace(page);
  await dismissNotifications(page);
  await backupCard(page, 'uk');
  // Scan the resting state, not the link the pointer just clicked.
  await page.mouse.move(0, 0);
  await settle(page);
  const { violations } = await new AxeBuilder({ page }).analyze();
  expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
});
