import { test, expect, type Page } from '@playwright/test';
import ukMeetings from '../../renderer/i18n/locales/uk/meetings.json' with { type: 'json' };
import { UI, bodyRows, countStatus, format, inLanguage, loadSampleWorkspace, plural } from './support/desk';

const m = ukMeetings;
const uk = UI.uk;

// The reader sits in Kyiv; the sample's ReBuild Ukraine is programmed in Warsaw time.
test.use({ timezoneId: 'Europe/Kyiv' });

async function openMeetings(page: Page): Promise<void> {
  await page.getByRole('navigation', { name: uk.common.nav.label }).getByRole('link', { name: uk.common.nav.meetings }).click();
  await expect(page.getByRole('heading', { level: 1, name: m.title, exact: true })).toBeVisible();
}

/** Types a time into a 24-hour time picker: its hours field, then the minutes it moves on to. */
async function typeTime(page: Page, nth: number, time: string): Promise<void> {
  await page.getByLabel(m.form.hours).nth(nth).click();
  await page.keyboard.type(time.replace(':', ''));
}

test.describe('meetings', () => {
  test('a meeting at a Warsaw event shows Warsaw time and the reader’s Kyiv time; an end before the start is refused', async ({ page }) => {
    await loadSampleWorkspace(page);
    await openMeetings(page);
    await page.getByRole('link', { name: m.new }).click();

    await page.getByLabel(inLanguage('uk', m.fields.title, 'uk')).fill('Зустріч на стенді Business France');
    await page.getByRole('combobox', { name: m.fields.event }).click();
    await page.getByRole('option', { name: /ReBuild Ukraine/ }).click();
    // The event's zone is taken, and the day from its programme.
    await expect(page.getByText(format(m.form.eventZone, { zone: 'Польща, Europe/Warsaw' }))).toBeVisible();

    await typeTime(page, 0, '10:00');
    await typeTime(page, 1, '09:30');
    await page.getByRole('button', { name: uk.common.form.create }).click();
    await expect(page.getByText(uk.validation.endBeforeStart)).toBeVisible();

    await typeTime(page, 1, '11:00');
    await expect(page.getByText(format(m.form.localEquivalent, { range: '11:00–12:00', zone: 'Україна' }))).toBeVisible();
    await page.getByRole('button', { name: uk.common.form.create }).click();

    await expect(page.getByRole('heading', { level: 1, name: 'Зустріч на стенді Business France' })).toBeVisible();
    await expect(page.getByRole('main')).toContainText('14 лист. 2023 р., 10:00–11:00 (Польща) · 11:00–12:00 за вашим часом');
  });

  test('filters narrow the table, say how many of all are shown, and are still there after a restart', async ({ page }) => {
    await loadSampleWorkspace(page);
    await openMeetings(page);
    const table = page.getByRole('table', { name: m.title });
    // Counted once the sample's meetings are in: the table may still be reading them.
    await expect(bodyRows(table).first()).toBeVisible();
    const total = await bodyRows(table).count();
    await expect(countStatus(page)).toHaveText(plural('uk', m, 'count', total));

    await page.getByRole('combobox', { name: m.filters.country }).click();
    await page.getByRole('option', { name: 'Франція', exact: true }).click();
    // Juliette Delbe (Hauts-de-France) and Business France's adviser, both at ReBuild Ukraine.
    await expect(bodyRows(table)).toHaveCount(2);
    await expect(countStatus(page)).toHaveText(plural('uk', m, 'countFiltered', 2, { total }));

    await page.reload();
    await expect(page.getByRole('combobox', { name: m.filters.country })).toHaveValue('Франція');
    await expect(bodyRows(table)).toHaveCount(2);

    await page.getByRole('button', { name: plural('uk', m.filters, 'clear', 1) }).click();
    await expect(bodyRows(table)).toHaveCount(total);
  });
});
