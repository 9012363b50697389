// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import type { AgreementDocument } from '#shared/domain/agreement';
import { KALUSH_DOLE_TWINNING, KALUSH_ZAPORIZHZHIA_MEMORANDUM, columnTexts } from '../../../../test/fixtures/agreement-documents';
import { render, type Rendered } from '../../../test-support/render';
import { AgreementPrintView } from './AgreementPrintView';

let mounted: Rendered | null = null;

afterEach(async () => {
  await mounted?.unmount();
  mounted = null;
});

async function show(document: AgreementDocument, orientation?: 'portrait' | 'landscape') {
  await mounted?.unmount();
  mounted = await render(<AgreementPrintView document={document} orientation={orientation} />, 'uk');
  return mounted.container;
}

const squash = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();

/** The text of one language's column, cell by cell, a space between paragraphs as when read. */
function columnText(container: HTMLElement, lang: string): string {
  const cellText = (cell: Element) => [...cell.querySelectorAll('p')].map((p) => p.textContent).join(' ') || cell.textContent;
  return [...container.querySelectorAll(`tbody td[lang="${lang}"]`)].map((cell) => squash(cellText(cell))).join(' | ');
}

describe('AgreementPrintView', () => {
  it.each([KALUSH_ZAPORIZHZHIA_MEMORANDUM, KALUSH_DOLE_TWINNING].map((document) => [document.languages.join(' + '), document] as const))(
    '%s: one column per language, headed by the language’s own name, every cell tagged with its language',
    async (_, document) => {
      const container = await show(document);
      const headers = [...container.querySelectorAll('thead th')];
      expect(headers.map((th) => th.textContent)).toEqual(document.languages.map((lang) => document.labels[lang]!.languageName));
      expect(headers.map((th) => th.getAttribute('lang'))).toEqual(document.languages);
      expect(container.querySelectorAll('col')).toHaveLength(document.languages.length);
      const rows = [...container.querySelectorAll('tbody tr')];
      expect(rows).toHaveLength(1 + document.rows.length + 1 + document.parties.length);
      for (const row of rows) {
        expect([...row.children].map((cell) => cell.getAttribute('lang'))).toEqual(document.languages);
      }
    },
  );

  it.each(
    [KALUSH_ZAPORIZHZHIA_MEMORANDUM, KALUSH_DOLE_TWINNING].flatMap((document) => document.languages.map((lang) => [lang, document] as const)),
  )('shows every %s text in its own column: title, numbers, clauses, parties, signatories', async (lang, document) => {
    const container = await show(document);
    const column = columnText(container, lang) + ' ' + squash(container.querySelector(`thead th[lang="${lang}"]`)?.textContent);
    expect(columnTexts(document, lang).filter((text) => !column.includes(squash(text)))).toEqual([]);
  });

  it('shows the document’s own words, not the UI language’s', async () => {
    const container = await show(KALUSH_ZAPORIZHZHIA_MEMORANDUM);
    expect(columnText(container, 'en')).toContain('For Kalush City Council');
    expect(columnText(container, 'uk')).toContain('Від імені Калуська міська рада');
    expect(columnText(container, 'en')).not.toMatch(/[А-Яа-яІіЇїЄє]/);
  });

  it('puts a clause’s heading above its text and each blank-line paragraph in its own paragraph', async () => {
    const container = await show(KALUSH_ZAPORIZHZHIA_MEMORANDUM);
    const cell = [...container.querySelectorAll('td[lang="en"]')].find((td) => td.textContent?.includes('Small and medium business'))!;
    expect(cell.querySelector('.agreement-print__heading')?.textContent).toBe('2.2. Small and medium business');
    expect([...cell.querySelectorAll('.agreement-print__text')].map((p) => p.textContent)).toEqual([
      'development of small and medium business and new business projects.',
      'Creation of new jobs in Kalush and Zaporizhzhia.',
    ]);
    const entry = [...container.querySelectorAll('td[lang="uk"]')].find((td) => td.textContent?.includes('набирає чинності'))!;
    expect(entry.querySelectorAll('.agreement-print__text')).toHaveLength(1);
    expect(entry.querySelectorAll('br')).toHaveLength(1);
  });

  it('starts a sub-clause without a heading with its number', async () => {
    const container = await show(KALUSH_ZAPORIZHZHIA_MEMORANDUM);
    const cell = [...container.querySelectorAll('td[lang="uk"]')].find((td) => td.textContent?.includes('енергоефективність'))!;
    expect(cell.querySelector('.agreement-print__heading')).toBeNull();
    expect(cell.querySelector('.agreement-print__text strong')?.textContent?.trim()).toBe('2.1.');
    expect(squash(cell.textContent)).toMatch(/^2\.1\. енергоефективність/);
  });

  it('gives each party a signature block per signatory, in every column', async () => {
    const container = await show(KALUSH_DOLE_TWINNING);
    const dole = container.querySelectorAll('.agreement-print__party-row')[1]!;
    const fr = dole.querySelector('td[lang="fr"]')!;
    expect(fr.querySelector('.agreement-print__for')?.textContent).toBe('Pour');
    expect(fr.querySelector('.agreement-print__party')?.textContent).toBe('Ville de Dole');
    expect([...fr.querySelectorAll('.agreement-print__name')].map((p) => p.textContent)).toEqual(['Claire Moreau', 'Étienne Lefèvre']);
    expect(fr.querySelectorAll('.agreement-print__line')).toHaveLength(2);
    expect([...fr.querySelectorAll('.agreement-print__caption')].map((p) => p.textContent)).toEqual(['Signature', 'Signature']);
  });

  it('leaves out an unfixed place and date rather than printing an empty line', async () => {
    const container = await show(KALUSH_DOLE_TWINNING);
    expect(container.querySelector('.agreement-print__place')).toBeNull();
    const withDate = await show(KALUSH_ZAPORIZHZHIA_MEMORANDUM);
    expect(withDate.querySelector('td[lang="uk"] .agreement-print__place')?.textContent).toBe('м. Калуш, 12 квітня 2023 р.');
  });

  it('shows the kind above the title, unless the title says just that', async () => {
    const container = await show({ ...KALUSH_ZAPORIZHZHIA_MEMORANDUM, title: { uk: 'Меморандум про співпрацю', en: 'Memorandum of Cooperation between Kalush and Zaporizhzhia' } });
    expect(container.querySelector('td[lang="uk"] .agreement-print__kind')).toBeNull();
    expect(container.querySelector('td[lang="uk"] .agreement-print__title')?.textContent).toBe('Меморандум про співпрацю');
    expect(container.querySelector('td[lang="en"] .agreement-print__kind')?.textContent).toBe('Memorandum of Cooperation');
  });

  it('falls back to the language code for a column without labels', async () => {
    const container = await show({ ...KALUSH_ZAPORIZHZHIA_MEMORANDUM, languages: ['uk', 'en', 'de'] });
    expect([...container.querySelectorAll('thead th')].map((th) => th.textContent)).toEqual(['Українська', 'English', 'de']);
  });

  it('marks itself as the print root, in the orientation asked for', async () => {
    const container = await show(KALUSH_DOLE_TWINNING, 'landscape');
    const root = container.querySelector('article')!;
    expect(root.classList).toContain('print-only-root');
    expect(root.classList).toContain('agreement-print--landscape');
    expect(root.getAttribute('lang')).toBe('uk');
  });
});
