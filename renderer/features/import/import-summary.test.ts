import { describe, expect, it } from 'vitest';
import type { ImportBatch } from '#shared/import/import-plan';
import { createI18n } from '../../i18n/i18n';
import { batchSummary, resultSummary } from './import-summary';

const result = (contacts: number, organizations: number, merged: number, skipped: number) => ({
  batchId: 'b',
  added: { contacts, organizations, meetings: 0, attachments: 0 },
  merged,
  skipped,
});

describe('what an import did, in words', () => {
  it('declines every count in Ukrainian and joins the list as Ukrainian does', async () => {
    const i18n = await createI18n('uk');
    const t = i18n.getFixedT('uk', 'import');
    expect(resultSummary(result(12, 2, 3, 1), t, 'uk')).toBe('Імпортовано: 12 контактів і 2 організації. Об’єднано 3 контакти. Пропущено 1.');
    expect(resultSummary(result(21, 5, 0, 0), t, 'uk')).toBe('Імпортовано: 21 контакт і 5 організацій.');
    expect(resultSummary(result(0, 0, 1, 0), t, 'uk')).toBe('Нічого нового не додано. Об’єднано 1 контакт.');
  });

  it('in Russian and English too', async () => {
    const ru = (await createI18n('ru')).getFixedT('ru', 'import');
    expect(resultSummary(result(2, 1, 5, 0), ru, 'ru')).toBe('Импортировано: 2 контакта и 1 организация. Объединено 5 контактов.');
    const en = (await createI18n('en')).getFixedT('en', 'import');
    expect(resultSummary(result(1, 2, 1, 3), en, 'en')).toBe('Imported: 1 contact and 2 organizations. Merged 1 contact. Skipped 3.');
  });

  it('sums up a past import from what its batch recorded', async () => {
    const en = (await createI18n('en')).getFixedT('en', 'import');
    const batch = {
      id: 'b',
      createdAt: 0,
      fileName: 'agenda.xlsx',
      format: 'xlsx',
      added: { contacts: ['c1', 'c2'], organizations: [], meetings: ['m1'], attachments: [] },
      mergedBefore: [],
      undoneAt: null,
    } as ImportBatch;
    expect(batchSummary(batch, en, 'en')).toBe('Added 2 contacts and 1 meeting.');
    expect(batchSummary({ ...batch, added: { contacts: [], organizations: [], meetings: [], attachments: [] } }, en, 'en')).toBe('Added nothing.');
  });
});
