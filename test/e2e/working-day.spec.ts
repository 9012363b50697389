import { test, expect, type Page } from '@playwright/test';
import ukEvents from '../../renderer/i18n/locales/uk/events.json' with { type: 'json' };
import enEvents from '../../renderer/i18n/locales/en/events.json' with { type: 'json' };
import ukMeetings from '../../renderer/i18n/locales/uk/meetings.json' with { type: 'json' };
import ukFollowUps from '../../renderer/i18n/locales/uk/followUps.json' with { type: 'json' };
import ukTimeline from '../../renderer/i18n/locales/uk/timeline.json' with { type: 'json' };
import { UI, inLanguage, loadSampleWorkspace, plural, switchLanguage } from './support/desk';

/**
 * A delegation's working day, as a user goes through it: plan an event, schedule three
 * meetings (two of them at once for one of ours), write notes and survive a reload in the
 * middle of typing, agree follow-ups, then find them on the partner's page and in the
 * follow-ups list, and read the agenda in another language.
 */

const uk = UI.uk;
const EVENT = 'Форум громад у Варшаві';
const DELBE_TALKS = 'Переговори з О-де-Франс';
const EXPORT_TALKS = 'Експорт із Business France';
const LUNCH = 'Обід делегації';
const FOLLOW_UP = 'Надіслати перелік проєктів із кібербезпеки';
const NOTES = 'Домовилися про пілотний проєкт із зеленої енергетики';

// The reader is in Kyiv; the forum's programme runs on Warsaw time.
test.use({ timezoneId: 'Europe/Kyiv', actionTimeout: 15_000 });

const nav = (page: Page) => page.getByRole('navigation', { name: uk.common.nav.label });
const main = (page: Page) => page.getByRole('main');

async function pick(page: Page, label: string | RegExp, option: string | RegExp, type?: string): Promise<void> {
  const box = page.getByRole('textbox', { name: label }).or(page.getByRole('combobox', { name: label })).first();
  await box.click();
  if (type) await box.fill(type);
  await page.getByRole('option', { name: option }).first().click();
}

/** Types a time into the 24-hour picker: the hours field, then the minutes it moves on to. */
async function typeTime(page: Page, nth: number, time: string): Promise<void> {
  await page.getByLabel(ukMeetings.form.hours).nth(nth).click();
  await page.keyboard.type(time.replace(':', ''));
}

async function createEvent(page: Page): Promise<void> {
  await nav(page).getByRole('link', { name: uk.common.nav.events }).click();
  await page.getByRole('link', { name: ukEvents.new }).click();
  await page.getByLabel(inLanguage('uk', ukEvents.fields.name, 'uk')).fill(EVENT);
  await page.getByRole('textbox', { name: ukEvents.fields.startDate }).fill('20.05.2027');
  await page.getByRole('textbox', { name: ukEvents.fields.endDate }).fill('21.05.2027');
  await page.getByRole('textbox', { name: ukEvents.fields.startDate }).press('Tab');
  await pick(page, ukEvents.fields.timeZone, /Europe\/Warsaw/, 'Warsaw');
  await pick(page, ukEvents.fields.delegation, /Лисогор/);
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: uk.common.form.create }).click();
  await expect(page.getByRole('heading', { level: 1, name: EVENT })).toBeVisible();
}

async function scheduleMeeting(page: Page, title: string, start: string, end: string, their: RegExp, topic?: string): Promise<void> {
  await page.getByRole('link', { name: EVENT }).or(page.getByRole('heading', { level: 1, name: EVENT })).first().waitFor();
  await page.getByRole('link', { name: ukEvents.detail.addMeeting }).or(page.getByRole('button', { name: ukEvents.detail.addMeeting })).first().click();
  await page.getByLabel(inLanguage('uk', ukMeetings.fields.title, 'uk')).fill(title);
  await typeTime(page, 0, start);
  await typeTime(page, 1, end);
  await pick(page, ukMeetings.fields.ourParticipants, /Лисогор/);
  await page.keyboard.press('Escape');
  await pick(page, ukMeetings.fields.theirParticipants, their);
  await page.keyboard.press('Escape');
  if (topic) {
    await pick(page, ukMeetings.fields.topics, topic);
    await page.keyboard.press('Escape');
  }
  await page.getByRole('button', { name: uk.common.form.create }).click();
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await main(page).getByRole('link', { name: EVENT }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: EVENT })).toBeVisible();
}

test('plan an event, detect a clash, keep notes through a reload, follow up, and read the agenda in English', async ({ page }) => {
  test.setTimeout(180_000);
  await loadSampleWorkspace(page);
  await createEvent(page);

  // Three meetings on the first day; Artem Lysohor cannot be at the first two at once.
  await scheduleMeeting(page, DELBE_TALKS, '10:00', '11:00', /Дельб/, 'Кібербезпека');
  await scheduleMeeting(page, EXPORT_TALKS, '10:30', '11:30', /Герелюк/);
  await scheduleMeeting(page, LUNCH, '12:00', '13:00', /Дельб/);

  const agenda = main(page);
  await expect(agenda.getByText(plural('uk', ukEvents.agenda, 'clashCount', 1))).toBeVisible();
  await expect(agenda.getByText(/Накладка: Артем Лисогор також на зустрічі/)).toHaveCount(2);
  // The programme's clock and the reader's: 10:00 in Warsaw is 11:00 in Kyiv.
  await expect(agenda).toContainText('10:00–11:00 (Польща)');
  await expect(agenda).toContainText('11:00–12:00');

  // Notes, typed and then the window reloaded before the autosave could run.
  await agenda.getByRole('link', { name: DELBE_TALKS }).first().click();
  const meetingUrl = page.url();
  await page.goto(`${meetingUrl}/edit`);
  const editor = page.getByRole('textbox', { name: ukMeetings.fields.notes });
  await editor.click();
  await page.keyboard.type(NOTES);
  await page.reload();
  const restore = page.getByRole('button', { name: uk.common.form.draft.restore });
  // Either the draft kept against a crash is offered back, or the autosave got there first.
  await expect(editor.or(restore).first()).toBeVisible();
  if (await restore.isVisible()) {
    await restore.click();
    await expect(editor).toContainText(NOTES);
    // The restored text is saved like typing is: wait until nothing is pending any more.
    await expect(page.getByText(uk.common.form.status.pending)).toHaveCount(0, { timeout: 15_000 });
  }
  await expect(editor).toContainText(NOTES);
  // Stored, not only on screen: a fresh load of the meeting's page shows them.
  await page.goto(meetingUrl);
  await page.reload();
  await expect(main(page)).toContainText(NOTES);

  // A follow-up for one of ours, about Juliette Delbe.
  const panel = page.getByRole('region', { name: ukFollowUps.panel.title }).or(page.locator('section', { hasText: ukFollowUps.panel.title })).first();
  const form = page.getByRole('form', { name: ukFollowUps.panel.newTitle });
  if (!(await form.isVisible())) await panel.getByRole('button', { name: ukFollowUps.panel.add }).click();
  await form.getByLabel(ukFollowUps.fields.what).fill(FOLLOW_UP);
  await form.getByRole('textbox', { name: ukFollowUps.fields.dueDate }).fill('27.05.2027');
  await form.getByRole('textbox', { name: ukFollowUps.fields.dueDate }).press('Tab');
  await pick(page, ukFollowUps.fields.contact, /Дельб/);
  await form.getByRole('button', { name: ukFollowUps.panel.add }).click();
  await expect(panel).toContainText(FOLLOW_UP);

  // Juliette Delbe's page: both meetings with her, newest first, and the open follow-up.
  await nav(page).getByRole('link', { name: uk.common.nav.contacts }).click();
  await main(page).getByText('Жюльєт Дельб').first().click();
  const timeline = page.locator('section', { hasText: ukTimeline.title }).last();
  await expect(timeline.getByRole('link', { name: LUNCH })).toBeVisible();
  await expect(timeline.getByRole('link', { name: DELBE_TALKS })).toBeVisible();
  const titles = await timeline.getByRole('link', { name: new RegExp(`^(${LUNCH}|${DELBE_TALKS})$`) }).allInnerTexts();
  expect(titles).toEqual([LUNCH, DELBE_TALKS]);
  await expect(timeline).toContainText(FOLLOW_UP);

  // The follow-ups list has it too.
  await nav(page).getByRole('link', { name: new RegExp(`^${uk.common.nav.followUps}`) }).click();
  await expect(main(page)).toContainText(FOLLOW_UP);
  await expect(main(page)).toContainText(DELBE_TALKS);

  // The agenda in English: dates and topics in the interface language.
  await nav(page).getByRole('link', { name: uk.common.nav.events }).click();
  await main(page).getByText(EVENT).first().click();
  await switchLanguage(page, 'en');
  await expect(main(page).getByRole('heading', { name: enEvents.agenda.title })).toBeVisible();
  await expect(main(page)).toContainText('Thursday, 20 May 2027');
  await expect(main(page)).toContainText('Cybersecurity');
  await expect(main(page)).toContainText(plural('en', enEvents.agenda, 'clashCount', 1));
});
