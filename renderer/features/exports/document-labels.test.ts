import { describe, expect, it } from 'vitest';
import { UI_LANGUAGES } from '#shared/domain/lang';
import { CONTACT_COLUMNS } from '#shared/exports/contact-table';
import { createI18n } from '../../i18n/i18n';
import { contactHeaders, documentT, icsLabels, reportLabels } from './document-labels';

const leaves = (value: unknown): string[] => (typeof value === 'string' ? [value] : Object.values(value as object).flatMap(leaves));

describe('document labels', () => {
  it('come in the document’s language whatever the interface’s', async () => {
    const i18n = await createI18n('uk');
    expect(reportLabels(documentT(i18n, 'en')).participants).toBe('Participants');
    expect(reportLabels(documentT(i18n, 'ru')).participants).toBe('Участники');
    expect(icsLabels(documentT(i18n, 'en')).agenda).toBe('Agenda');
    expect(contactHeaders(documentT(i18n, 'en'))['familyName.uk']).toBe('Family name (Ukrainian)');
  });

  it.each(UI_LANGUAGES)('are all translated in %s: no key stands in for a label, no two columns share a header', async (lang) => {
    const t = documentT(await createI18n('en'), lang);
    for (const label of [...leaves(reportLabels(t)), ...leaves(icsLabels(t))]) {
      expect(label).not.toMatch(/^(report|contactColumns)\./);
      expect(label.trim()).not.toBe('');
    }
    const headers = contactHeaders(t);
    expect(Object.keys(headers)).toEqual([...CONTACT_COLUMNS]);
    expect(new Set(Object.values(headers)).size).toBe(CONTACT_COLUMNS.length);
    for (const header of Object.values(headers)) expect(header).not.toMatch(/^contactColumns\./);
  });
});
