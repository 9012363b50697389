import { strFromU8, unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import type { AgreementDocument } from '../domain/agreement';
import { KALUSH_DOLE_TWINNING, KALUSH_ZAPORIZHZHIA_MEMORANDUM, columnTexts } from '../../test/fixtures/agreement-documents';
import { pdfToText, sofficeConvert, toolGate } from '../../test/support/office-convert';
import { agreementToDocx, wordLanguageTag } from './agreement-docx';

const FIXTURES = [KALUSH_ZAPORIZHZHIA_MEMORANDUM, KALUSH_DOLE_TWINNING];

/** The main part of a .docx (it is a zip), as XML text. */
function documentXml(bytes: Uint8Array): string {
  const files = unzipSync(bytes, { filter: (file) => file.name === 'word/document.xml' });
  const xml = files['word/document.xml'];
  if (!xml) throw new Error('no word/document.xml in the file');
  return strFromU8(xml);
}

/** Runs of blank space as one space, so text wrapped or spaced differently still matches. */
const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

describe('agreementToDocx: structure', () => {
  it.each(FIXTURES.map((document) => [document.languages.join(' + '), document] as const))(
    '%s: one table with a grid column per language and a header row repeated on each page',
    async (_, document) => {
      const xml = documentXml(await agreementToDocx(document));
      expect(xml.match(/<w:tbl>/g)).toHaveLength(1);
      expect(xml.match(/<w:gridCol\b/g)).toHaveLength(document.languages.length);
      expect(xml.match(/<w:tblHeader\b/g)).toHaveLength(1);
      // header, title, one row per clause, the signatures caption and one row per party
      expect(xml.match(/<w:tr\b/g)).toHaveLength(2 + document.rows.length + 1 + document.parties.length);
      for (const row of xml.match(/<w:tr\b[\s\S]*?<\/w:tr>/g) ?? []) {
        expect(row.match(/<w:tc>/g)).toHaveLength(document.languages.length);
      }
    },
  );

  it('sets A4, a font with Cyrillic, and each run’s language', async () => {
    const bytes = await agreementToDocx(KALUSH_DOLE_TWINNING);
    const xml = documentXml(bytes);
    expect(xml).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    const styles = strFromU8(unzipSync(bytes, { filter: (file) => file.name === 'word/styles.xml' })['word/styles.xml']!);
    // hAnsi is the slot Word sets Cyrillic and accented Latin in.
    expect(styles).toMatch(/<w:rFonts w:ascii="Times New Roman"[^>]*w:hAnsi="Times New Roman"/);
    for (const lang of ['uk-UA', 'en-GB', 'fr-FR']) expect(xml).toContain(`<w:lang w:val="${lang}"/>`);
    expect(xml).toMatch(/<w:lang w:val="fr-FR"\/><\/w:rPr><w:t xml:space="preserve">Les Parties établissent/);
  });

  it('writes clause numbers and headings in bold, and each text paragraph as its own paragraph', async () => {
    const xml = documentXml(await agreementToDocx(KALUSH_ZAPORIZHZHIA_MEMORANDUM));
    expect(xml).toMatch(/<w:b\/>(?:(?!<\/w:r>).)*<w:t xml:space="preserve">2\.2\. Small and medium business<\/w:t>/);
    const paragraphsOf = (text: string) => [...xml.matchAll(/<w:p>[\s\S]*?<\/w:p>/g)].filter(([p]) => p.includes(text));
    const [first] = paragraphsOf('development of small and medium business');
    expect(first?.[0]).not.toContain('Creation of new jobs');
    expect(paragraphsOf('Creation of new jobs in Kalush and Zaporizhzhia.')).toHaveLength(1);
  });

  it('starts a numbered clause without a heading with its bold number, in the text’s first paragraph', async () => {
    const xml = documentXml(await agreementToDocx(KALUSH_ZAPORIZHZHIA_MEMORANDUM));
    const paragraph = [...xml.matchAll(/<w:p>[\s\S]*?<\/w:p>/g)].map(([p]) => p).find((p) => p.includes('energy efficiency: joint projects'));
    expect(paragraph).toMatch(/<w:b\/>(?:(?!<\/w:r>).)*<w:t xml:space="preserve">2\.1\.<\/w:t><\/w:r>.*energy efficiency: joint projects/);
  });

  it('writes the kind above the title only where the title does not say just that', async () => {
    const sameTitle = { ...KALUSH_ZAPORIZHZHIA_MEMORANDUM, title: { ...KALUSH_ZAPORIZHZHIA_MEMORANDUM.title, uk: 'Меморандум про співпрацю' } };
    const xml = documentXml(await agreementToDocx(sameTitle));
    expect(xml.match(/>Меморандум про співпрацю</g)).toHaveLength(1);
    expect(xml.match(/>Memorandum of Cooperation</g)).toHaveLength(1);
    expect(xml).toContain('>Memorandum of Cooperation between Kalush City Council and Zaporizhzhia City Council<');
  });

  it('keeps stray control characters from any text out of the file, which Word would refuse', async () => {
    const pasted: AgreementDocument = {
      ...KALUSH_ZAPORIZHZHIA_MEMORANDUM,
      title: { uk: 'Меморандум\u0007', en: 'Memorandum\u0001' },
      rows: [{ ...KALUSH_ZAPORIZHZHIA_MEMORANDUM.rows[1]!, heading: { uk: 'Предмет\u000b', en: 'Purpose\u0002' } }],
      parties: [{ label: 'A', name: { uk: 'Калуська\u0008 міська рада', en: 'Kalush' }, signatories: [] }],
    };
    const xml = documentXml(await agreementToDocx(pasted));
    // eslint-disable-next-line no-control-regex
    expect(xml).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/);
    expect(xml).toContain('>1. Предмет<');
    expect(xml).toContain('>Калуська міська рада<');
  });

  it('falls back to the language code for a column without labels, and still writes every cell', async () => {
    const withGerman: AgreementDocument = { ...KALUSH_ZAPORIZHZHIA_MEMORANDUM, languages: ['uk', 'en', 'de'] };
    const xml = documentXml(await agreementToDocx(withGerman));
    expect(xml.match(/<w:gridCol\b/g)).toHaveLength(3);
    expect(xml).toContain('<w:t xml:space="preserve">de</w:t>');
    expect(wordLanguageTag('de')).toBe('de-DE');
    expect(wordLanguageTag('lt')).toBe('lt');
  });
});

const soffice = toolGate('soffice');

describe.runIf(soffice.run)('agreementToDocx opened by LibreOffice', () => {
  let texts: string[] = [];
  let html = '';
  let pdf: Uint8Array | undefined;

  beforeAll(async () => {
    expect(soffice.found, soffice.reason).toBe(true);
    const files = await Promise.all(FIXTURES.map(async (document, index) => ({ name: `agreement-${index}.docx`, bytes: await agreementToDocx(document) })));
    texts = (await sofficeConvert(files, 'txt:Text (encoded):UTF8')).map((text) => squash(text.toString('utf8')));
    [html = ''] = (await sofficeConvert(files.slice(1), 'html')).map((out) => out.toString('utf8'));
    [pdf] = await sofficeConvert(files.slice(1), 'pdf');
  }, 240_000);

  it.each(FIXTURES.flatMap((document, index) => document.languages.map((lang) => [lang, document.languages.join(' + '), index] as const)))(
    'shows every %s text of the %s agreement: title, numbers, clauses, parties, signatories',
    (lang, _, index) => {
      const document = FIXTURES[index]!;
      const missing = columnTexts(document, lang).filter((text) => !texts[index]!.includes(squash(text)));
      expect(missing).toEqual([]);
    },
  );

  it('keeps a sub-clause’s number on the line of its text', () => {
    expect(texts[0]).toContain('2.1. енергоефективність: спільні проєкти');
    expect(texts[0]).toContain('2.1. energy efficiency: joint projects');
  });

  it('reads the twinning agreement as one table of three columns', () => {
    const tables = html.match(/<table\b[\s\S]*?<\/table>/g) ?? [];
    expect(tables).toHaveLength(1);
    const rows = tables[0]!.match(/<tr\b[\s\S]*?<\/tr>/g) ?? [];
    expect(rows.length).toBe(2 + KALUSH_DOLE_TWINNING.rows.length + 1 + KALUSH_DOLE_TWINNING.parties.length);
    for (const row of rows) expect(row.match(/<td\b/g)).toHaveLength(3);
  });

  it.runIf(toolGate('pdftotext').run)('prints Cyrillic and accented Latin text that survives as text in a PDF', async () => {
    const text = squash(await pdfToText(pdf!, { layout: false }));
    for (const phrase of ['Угода про встановлення побратимських зв’язків', 'Етьєн Лефевр', 'Étienne Lefèvre', 'Adjoint au maire chargé']) {
      expect(text).toContain(phrase);
    }
  });
});
