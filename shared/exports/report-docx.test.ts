import { strFromU8, unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { sofficeConvert, toolGate } from '../../test/support/office-convert';
import { SAMPLE } from './export-test-records';
import { buildMeetingReport } from './meeting-report';
import { reportToDocx } from './report-docx';
import { rebuildReport, reportInput, warsawSummary } from './report-test-input';

/** The main part of a .docx (a zip), as XML text. */
function documentXml(bytes: Uint8Array): string {
  const xml = unzipSync(bytes, { filter: (file) => file.name === 'word/document.xml' })['word/document.xml'];
  if (!xml) throw new Error('no word/document.xml in the file');
  return strFromU8(xml);
}

/** Runs of blank space as one space, so text wrapped or spaced differently still matches. */
const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

describe('reportToDocx: structure', () => {
  it('writes a title, section headings, a participants and a follow-ups table with repeating header rows', async () => {
    const xml = documentXml(await reportToDocx(warsawSummary('en')));
    expect(xml).toMatch(/<w:pStyle w:val="Title"\/>[\s\S]*?Talks with Hauts-de-France/);
    const headings = [...xml.matchAll(/<w:pStyle w:val="Heading2"\/>[\s\S]*?<w:t[^>]*>([^<]*)<\/w:t>/g)].map((m) => m[1]);
    expect(headings).toEqual(['Participants', 'Agenda', 'Outcomes', 'Notes', 'Follow-ups']);
    expect(xml.match(/<w:tbl>/g)).toHaveLength(2);
    expect(xml.match(/<w:tblHeader\/>/g)).toHaveLength(2);
    expect(xml).toMatch(/<w:gridSpan w:val="3"\/>/);
    expect(xml).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
  });

  it('gives a report a heading per meeting with its sections below', async () => {
    const xml = documentXml(await reportToDocx(rebuildReport('uk')));
    const meetingHeadings = [...xml.matchAll(/<w:pStyle w:val="Heading2"\/>[\s\S]*?<w:t[^>]*>([^<]*)<\/w:t>/g)].map((m) => m[1]);
    expect(meetingHeadings).toEqual([
      'Переговори з регіоном О-де-Франс: кібербезпека і зелена енергетика',
      'Зустріч із радницею з питань експорту «Бізнес Франс Україна»',
    ]);
    expect(xml.match(/<w:pStyle w:val="Heading3"\/>/g)!.length).toBeGreaterThanOrEqual(8);
  });

  it('keeps the notes’ bold text, bullets and links', async () => {
    const meeting = { ...SAMPLE.meeting('rebuild-delbe'), notes: '<p>See <a href="https://www.hautsdefrance.fr">the region</a> and <em>more</em></p><ol><li>first</li><li>second</li></ol>' };
    const xml = documentXml(await reportToDocx(buildMeetingReport(reportInput([meeting], 'en'))));
    expect(xml).toMatch(/<w:hyperlink [^>]*r:id="[^"]+"[\s\S]*?the region/);
    expect(xml).toMatch(/<w:i\/>[\s\S]*?<w:t xml:space="preserve">more<\/w:t>/);
    expect(xml).toContain('>2.\t</w:t>');
    const warsaw = documentXml(await reportToDocx(warsawSummary('en')));
    expect(warsaw).toMatch(/<w:b\/>[\s\S]*?<w:t xml:space="preserve">кибербезопасности<\/w:t>/);
    expect(warsaw.match(/<w:numPr>/g)).toHaveLength(2);
  });
});

const soffice = toolGate('soffice');

describe.runIf(soffice.run)('reportToDocx opened by LibreOffice', () => {
  let texts: Record<'uk' | 'ru' | 'en' | 'report', string> = { uk: '', ru: '', en: '', report: '' };

  beforeAll(async () => {
    expect(soffice.found, soffice.reason).toBe(true);
    const docs = { uk: warsawSummary('uk'), ru: warsawSummary('ru'), en: warsawSummary('en'), report: rebuildReport('en') };
    const keys = Object.keys(docs) as (keyof typeof docs)[];
    const files = await Promise.all(keys.map(async (key) => ({ name: `report-${key}.docx`, bytes: await reportToDocx(docs[key]) })));
    // One LibreOffice run for all four files: starting it is the slow part.
    const outputs = await sofficeConvert(files, 'txt:Text (encoded):UTF8');
    texts = Object.fromEntries(keys.map((key, i) => [key, squash(outputs[i]!.toString('utf8'))])) as typeof texts;
  }, 240_000);

  it('reads the Ukrainian summary: title, facts, both sides, notes and the follow-up', () => {
    for (const phrase of [
      'Підсумки зустрічі',
      'Переговори з регіоном О-де-Франс: кібербезпека і зелена енергетика',
      'Дата: 15 листопада 2023 р.',
      'Час: 11:00–11:45 (Польща)',
      'Місце: Варшава',
      'Наша сторона',
      'Артем Лисогор',
      'Партнери',
      'Жюльєт Дельб',
      'Керівниця департаменту міжнародних зв’язків',
      'Регіон О-де-Франс',
      'Предварительные переговоры о совместных проектах в сфере кибербезопасности',
      'Подготовить для региона О-де-Франс перечень',
      'Артем Лисогор → Жюльєт Дельб',
      '15 грудня 2023 р.',
      'Відкрито',
    ]) {
      expect(texts.uk).toContain(phrase);
    }
  });

  it('reads the Russian and English summaries in their languages', () => {
    for (const phrase of ['Итоги встречи', 'Дата: 15 ноября 2023 г.', 'Артем Лысогор', 'Жюльет Дельб', 'Руководитель департамента международных связей', 'Дальнейшие шаги']) {
      expect(texts.ru).toContain(phrase);
    }
    for (const phrase of ['Meeting summary', 'Date: 15 November 2023', 'Time: 11:00–11:45 (Poland)', 'Artem Lysohor', 'Juliette Delbe', 'Hauts-de-France Region', 'Follow-ups', 'Open']) {
      expect(texts.en).toContain(phrase);
    }
  });

  it('keeps the notes’ list items as bullets', () => {
    expect(texts.en).toContain('• Диалог состоялся в рамках презентации инвестиционных возможностей Луганской области.');
    expect(texts.en).toContain('• О-де-Франс — второй по объёму иностранных инвестиций экономический регион Франции.');
  });

  it('reads both meetings of the report in order', () => {
    const first = texts.report.indexOf('Talks with Hauts-de-France');
    const second = texts.report.indexOf('Meeting with the export adviser of Business France Ukraine');
    expect(texts.report.startsWith('Delegation report')).toBe(true);
    expect(first).toBeGreaterThan(0);
    expect(second).toBeGreaterThan(first);
    expect(texts.report).toContain('Oleksandra Hereliuk');
  });
});
