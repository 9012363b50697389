import { test, expect } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import ukMeetings from '../../renderer/i18n/locales/uk/meetings.json' with { type: 'json' };
import { UI, format, settle } from './support/desk';

const richText = UI.uk.common.richText;

test.describe('notes editor', () => {
  test('is labelled, formats, and cleans pasted HTML before anything runs', async ({ page }) => {
    await page.goto('/#/meetings/new');
    const notes = page.getByRole('textbox', { name: ukMeetings.fields.notes, exact: true });
    await expect(notes).toBeVisible();
    const toolbar = page.getByRole('toolbar', { name: format(richText.toolbar, { field: ukMeetings.fields.notes }) });
    for (const control of [richText.heading2, richText.bold, richText.bulletList, richText.link, richText.undo]) {
      await expect(toolbar.getByRole('button', { name: control, exact: true })).toBeVisible();
    }

    await notes.click();
    await page.keyboard.type('Харків: ');
    await toolbar.getByRole('button', { name: richText.bold, exact: true }).click();
    await page.keyboard.type('велосипеди');
    await expect(notes.locator('strong')).toHaveText('велосипеди');

    // A paste from a hostile page: the handlers never run, and only the text survives.
    await notes.evaluate((editable) => {
      const clipboard = new DataTransfer();
      clipboard.setData(
        'text/html',
        '<div onmouseover="window.pwned=1">Кібербезпека<script>window.pwned=1</script></div><img src="x" onerror="window.pwned=1"><style>*{display:none}</style><a href="javascript:window.pwned=1">клік</a>',
      );
      editable.dispatchEvent(new ClipboardEvent('paste', { clipboardData: clipboard, bubbles: true, cancelable: true }));
    });
    await expect(notes).toContainText('Кібербезпека');
    expect(await notes.evaluate((editable) => editable.querySelectorAll('img, script, style, [onmouseover], a[href^="javascript"]').length)).toBe(0);
    expect(await page.evaluate(() => (window as Window & { pwned?: number }).pwned)).toBeUndefined();

    // Mod-K opens this editor's link box, named in the interface language.
    await page.keyboard.press('Control+a');
    await page.keyboard.press('Control+k');
    const address = page.getByRole('textbox', { name: richText.linkAddress });
    await expect(address).toBeFocused();
    await address.fill('rebuild-ukraine.com');
    await page.getByRole('button', { name: richText.linkSave }).click();
    await expect(notes.locator('a').first()).toHaveAttribute('href', 'https://rebuild-ukraine.com');

    await settle(page);
    const { violations } = await new AxeBuilder({ page }).include('[data-rich-text-root]').analyze();
    expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
  });
});
