import { test, expect } from '@playwright/test';
import ukAgreements from '../../renderer/i18n/locales/uk/agreements.json' with { type: 'json' };
import ukSearch from '../../renderer/i18n/locales/uk/search.json' with { type: 'json' };
import { loadSampleWorkspace } from './support/desk';
import { createTwinningAgreement, TWINNING_TITLE } from './support/agreements';

/**
 * Agreements appear in the global search: a twinning agreement between Kalush and Zaporizhzhia
 * is found by its title in another of its languages, by a word of a clause, by a signatory and
 * by a party typed in Latin letters, in a group of its own, and opens from there.
 */

const a = ukAgreements;
const TITLE = TWINNING_TITLE;

test.use({ timezoneId: 'Europe/Kyiv', actionTimeout: 15_000 });

test('agreements are found by title, clause text, signatory and party in any script, and open from the search', async ({ page }) => {
  test.setTimeout(120_000);
  await loadSampleWorkspace(page);
  await createTwinningAgreement(page);
  const url = page.url();

  await page.keyboard.press('Control+k');
  const box = page.getByRole('textbox', { name: ukSearch.label });
  await expect(box).toBeFocused();
  const agreements = page.getByRole('dialog').getByRole('group', { name: ukSearch.groups.agreement });
  // The English title, a word of clause 2 in Ukrainian, the signatory romanized, the partner city council in Latin letters.
  for (const query of ['Twin-City Relations', 'рівноправності', 'Naida', 'Zaporizka miska']) {
    await box.fill(query);
    await expect(agreements.getByRole('button').filter({ hasText: TITLE }), query).toHaveCount(1);
  }
  const result = agreements.getByRole('button').filter({ hasText: TITLE });
  await expect(result).toContainText(`${a.status.draft} · Калуська міська рада, Запорізька міська рада`);

  await result.click();
  await expect(page).toHaveURL(url);
  await expect(page.getByRole('heading', { level: 1, name: TITLE })).toBeVisible();
});
