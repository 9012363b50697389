import { test, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import ukAttachments from '../../renderer/i18n/locales/uk/attachments.json' with { type: 'json' };
import { MAX_ATTACHMENT_BYTES } from '../../shared/domain/attachment';
import { formatBytes } from '../../renderer/app/format';
import { UI, format, loadSampleWorkspace, plural, settle } from './support/desk';
import { samplePdf, samplePng } from './support/sample-files';

const uk = { ...UI.uk, attachments: ukAttachments };
const CONTACT = 'Ігор Терехов';

async function openContact(page: Page): Promise<void> {
  await page.getByRole('table', { name: uk.contacts.title }).getByRole('row', { name: new RegExp(CONTACT) }).click();
  await expect(page.getByRole('heading', { level: 1, name: new RegExp(`${CONTACT}$`) })).toBeVisible();
}

const panelOf = (page: Page) => page.getByRole('region', { name: uk.attachments.title });
const fileNames = (page: Page) => panelOf(page).getByRole('list', { name: uk.attachments.list }).getByRole('listitem');
const button = (page: Page, key: 'open' | 'save' | 'moveToTrash', name: string) =>
  page.getByRole('button', { name: format(uk.attachments[key], { name }), exact: true });

test.describe('attachments', () => {
  test('add files to a contact, refuse one over the limit, open, save and trash them', async ({ page }) => {
    const cspViolations: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error' && /Content Security Policy/i.test(message.text())) cspViolations.push(message.text());
    });
    await loadSampleWorkspace(page);
    await openContact(page);
    const panel = panelOf(page);
    await expect(panel).toContainText(format(uk.attachments.empty, { limit: formatBytes(MAX_ATTACHMENT_BYTES, 'uk') }));

    const pdf = samplePdf('Hauts-de-France: green energy');
    const oversize = MAX_ATTACHMENT_BYTES + 1024 * 1024;
    await panel.locator('input[type="file"]').setInputFiles([
      { name: 'terekhov-card.png', mimeType: 'image/png', buffer: samplePng() },
      { name: 'forum-recording.mp4', mimeType: 'video/mp4', buffer: Buffer.alloc(oversize) },
      { name: 'bicycles-presentation.pdf', mimeType: 'application/pdf', buffer: pdf },
      { name: 'minutes.docx', mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', buffer: Buffer.from('PK') },
    ]);

    // The one over the limit is named with its size and the limit; the others are added, newest first.
    const refused = panel.getByRole('alert');
    await expect(refused).toContainText(plural('uk', uk.attachments, 'notAdded', 1));
    await expect(refused).toContainText(
      format(uk.attachments.tooLarge, { name: 'forum-recording.mp4', size: formatBytes(oversize, 'uk'), limit: formatBytes(MAX_ATTACHMENT_BYTES, 'uk') }),
    );
    await expect(fileNames(page)).toHaveCount(3);
    await expect(fileNames(page).nth(0)).toContainText('minutes.docx');
    await expect(fileNames(page).nth(1)).toContainText('bicycles-presentation.pdf');
    await expect(fileNames(page).nth(1)).toContainText(`${uk.attachments.kinds.pdf} · ${formatBytes(pdf.length, 'uk')}`);
    await expect(fileNames(page).nth(2)).toContainText('terekhov-card.png');
    await settle(page);
    expect(await seriousViolations(page, '.attachment-list')).toEqual([]);

    // Kept in IndexedDB: a reload still lists them, and never the refused file.
    await page.reload();
    await expect(fileNames(page)).toHaveCount(3);
    await expect(panel).not.toContainText('forum-recording.mp4');

    // An image opens in the app from a blob: URL, which is revoked once the preview closes.
    await button(page, 'open', 'terekhov-card.png').click();
    const dialog = page.getByRole('dialog', { name: 'terekhov-card.png' });
    const image = dialog.getByRole('img', { name: 'terekhov-card.png' });
    await expect(image).toBeVisible();
    await settle(page);
    expect(await seriousViolations(page, '[role="dialog"]')).toEqual([]);
    expect(await image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBe(180);
    const imageUrl = (await image.getAttribute('src')) ?? '';
    expect(imageUrl).toMatch(/^blob:/);
    expect(await imageLoads(page, imageUrl)).toBe(true);
    await dialog.getByRole('button', { name: uk.common.close }).click();
    await expect(dialog).toBeHidden();
    expect(await imageLoads(page, imageUrl)).toBe(false);

    // A PDF opens in the browser's viewer, framed from a blob: URL the CSP allows.
    await button(page, 'open', 'bicycles-presentation.pdf').click();
    const pdfDialog = page.getByRole('dialog', { name: 'bicycles-presentation.pdf' });
    const frame = pdfDialog.locator(`iframe[title="${format(uk.attachments.previewOf, { name: 'bicycles-presentation.pdf' })}"]`);
    await expect(frame).toBeVisible();
    expect(await frame.getAttribute('src')).toMatch(/^blob:/);

    // Saving from the preview gives the file back under its own name, byte for byte.
    const fromPreview = page.waitForEvent('download');
    await pdfDialog.getByRole('button', { name: uk.attachments.saveShort }).click();
    const download = await fromPreview;
    expect(download.suggestedFilename()).toBe('bicycles-presentation.pdf');
    expect(await readAll(await download.createReadStream())).toEqual(pdf);
    await pdfDialog.getByRole('button', { name: uk.common.close }).click();
    await expect(pdfDialog).toBeHidden();

    // What the app cannot show is saved out instead, for the system to open.
    const docx = page.waitForEvent('download');
    await button(page, 'open', 'minutes.docx').click();
    expect((await docx).suggestedFilename()).toBe('minutes.docx');

    // Move to the Trash, with Undo right away.
    await button(page, 'moveToTrash', 'minutes.docx').click();
    await expect(fileNames(page)).toHaveCount(2);
    const notice = page.getByRole('alert').filter({ hasText: format(uk.trash.movedToTrash, { name: 'minutes.docx' }) });
    await notice.getByRole('button', { name: uk.trash.undo }).click();
    await expect(fileNames(page)).toHaveCount(3);
    await expect(fileNames(page).nth(0)).toContainText('minutes.docx');

    expect(cspViolations).toEqual([]);
  });

  test('the panel speaks the interface language', async ({ page }) => {
    await loadSampleWorkspace(page);
    await openContact(page);
    await page.getByRole('banner').getByText('ENG', { exact: true }).click();
    await expect(page.getByRole('region', { name: 'Attachments' })).toContainText('No files attached yet.');
    await expect(page.getByRole('region', { name: 'Attachments' }).getByRole('button', { name: 'Add files' })).toBeVisible();
    await page.getByRole('banner').getByText('РУС', { exact: true }).click();
    await expect(page.getByRole('region', { name: 'Вложения' }).getByRole('button', { name: 'Добавить файлы' })).toBeVisible();
  });
});

/** Serious and critical accessibility problems inside `selector`, one line each. */
async function seriousViolations(page: Page, selector: string): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).include(selector).analyze();
  return violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .flatMap((violation) => violation.nodes.map((node) => `${violation.id}: ${node.html}`));
}

/** Whether a blob: URL still resolves, tried as the CSP allows (an image, not a fetch). */
function imageLoads(page: Page, url: string): Promise<boolean> {
  return page.evaluate(
    (src) =>
      new Promise<boolean>((resolve) => {
        const probe = new Image();
        probe.onload = () => resolve(true);
        probe.onerror = () => resolve(false);
        probe.src = src;
      }),
    url,
  );
}

async function readAll(stream: NodeJS.ReadableStream): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.from(chunk as Buffer));
  return Buffer.concat(chunks);
}
