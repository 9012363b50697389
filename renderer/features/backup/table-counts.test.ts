import { describe, expect, it } from 'vitest';
import { createI18n } from '../../i18n/i18n';
import { countContents, describeCounts } from './table-counts';

const counts = { contacts: 245, organizations: 12, events: 3, meetings: 40, attachments: 0, mystery: 5 };

describe('counts of records per table', () => {
  it('declines each table in Ukrainian and joins them as a Ukrainian list, leaving out empty and unknown tables', async () => {
    const i18n = await createI18n('uk');
    expect(describeCounts(counts, i18n.getFixedT('uk', 'backup'), 'uk')).toBe('245 контактів, 12 організацій, 3 події і 40 зустрічей');
    expect(describeCounts({ contacts: 1, followUps: 2, agreements: 5 }, i18n.getFixedT('uk', 'backup'), 'uk')).toBe('1 контакт, 2 доручення і 5 угод');
  });

  it('declines in Russian and English', async () => {
    const ru = await createI18n('ru');
    expect(describeCounts({ contacts: 22, events: 1, meetings: 5 }, ru.getFixedT('ru', 'backup'), 'ru')).toBe('22 контакта, 1 событие и 5 встреч');
    const en = await createI18n('en');
    expect(describeCounts({ contacts: 1, clauseLibrary: 1200 }, en.getFixedT('en', 'backup'), 'en')).toBe('1 contact and 1,200 library clauses');
  });

  it('says so when there is nothing', async () => {
    const en = await createI18n('en');
    const t = en.getFixedT('en', 'backup');
    expect(describeCounts({}, t, 'en')).toBe('no records');
    expect(describeCounts({ contacts: 0 }, t, 'en', 'nothing')).toBe('nothing');
  });

  it('counts the rows a file holds, skipping empty tables', () => {
    expect(countContents({ tables: { contacts: [{}, {}], meetings: [] }, attachmentBytes: {}, settings: {} })).toEqual({ contacts: 2 });
  });
});
