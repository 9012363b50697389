import {
  AlignmentType,
  Document,
  Packer,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlignTable,
  WidthType,
  convertMillimetersToTwip,
} from 'docx';
import type { AgreementDocument, AgreementDocumentParty, AgreementDocumentRow } from '../domain/agreement';
import { clauseHeading, printableText, showsKindLabel, textParagraphs } from './document-text';

/**
 * The agreement as a Word document a partner can open and edit: A4, one table with a column per
 * language (its header row repeats on every page), a title row, one row per clause and a
 * signature block per party in the same columns, so every language stays aligned row by row.
 */

const FONT = 'Times New Roman';
/** Half-points, as Word counts them. */
const BODY_SIZE = 22;
const SMALL_SIZE = 18;
const TITLE_SIZE = 26;
/** A4 in twips, as Word itself writes it (210 × 297 mm, rounded the way Word does). */
const A4 = { width: 11906, height: 16838 };
const MARGIN = convertMillimetersToTwip(20);
const SIGNATURE_LINE = '_________________________';
const DATE_LINE = '______________';

/** Word's proofing and hyphenation know languages by region; any other ISO 639-1 code is passed as is. */
const WORD_LANGUAGE_TAGS: Readonly<Record<string, string>> = {
  uk: 'uk-UA',
  ru: 'ru-RU',
  en: 'en-GB',
  fr: 'fr-FR',
  pl: 'pl-PL',
  de: 'de-DE',
};

export function wordLanguageTag(code: string): string {
  return WORD_LANGUAGE_TAGS[code] ?? code;
}

interface RunStyle {
  bold?: boolean;
  italics?: boolean;
  allCaps?: boolean;
  size?: number;
}

function runs(lines: readonly string[], lang: string, style: RunStyle = {}): TextRun[] {
  const language = { value: wordLanguageTag(lang) };
  return lines.map((line, index) => new TextRun({ text: printableText(line), break: index === 0 ? undefined : 1, language, ...style }));
}

function paragraph(
  lang: string,
  text: string,
  options: { style?: RunStyle; alignment?: (typeof AlignmentType)[keyof typeof AlignmentType]; spaceAfter?: number } = {},
): Paragraph {
  const lines = textParagraphs(text)[0] ?? [''];
  return new Paragraph({
    children: runs(lines, lang, options.style),
    alignment: options.alignment,
    spacing: { after: options.spaceAfter ?? 80 },
  });
}

function cell(children: Paragraph[], columnWidth: number, shaded = false): TableCell {
  return new TableCell({
    // A cell without a paragraph is a file Word refuses to open.
    children: children.length > 0 ? children : [new Paragraph({})],
    width: { size: columnWidth, type: WidthType.DXA },
    verticalAlign: VerticalAlignTable.TOP,
    shading: shaded ? { type: ShadingType.CLEAR, fill: 'EDEDED', color: 'auto' } : undefined,
  });
}

interface Layout {
  languages: readonly string[];
  columnWidth: number;
}

function rowOf(
  layout: Layout,
  contents: (lang: string) => Paragraph[],
  options: { header?: boolean; cantSplit?: boolean; keepNext?: boolean } = {},
): TableRow {
  return new TableRow({
    children: layout.languages.map((lang) => cell(contents(lang), layout.columnWidth, options.header)),
    tableHeader: options.header,
    cantSplit: options.cantSplit,
    keepNext: options.keepNext,
  });
}

function headerRow(document: AgreementDocument, layout: Layout): TableRow {
  return rowOf(
    layout,
    (lang) => [
      paragraph(lang, document.labels[lang]?.languageName ?? lang, {
        style: { bold: true, size: SMALL_SIZE },
        alignment: AlignmentType.CENTER,
        spaceAfter: 0,
      }),
    ],
    { header: true, cantSplit: true },
  );
}

function titleRow(document: AgreementDocument, layout: Layout): TableRow {
  return rowOf(
    layout,
    (lang) => {
      const kind = document.kindLabel[lang] ?? '';
      const title = document.title[lang] ?? '';
      const paragraphs = [paragraph(lang, title, { style: { bold: true, size: TITLE_SIZE }, alignment: AlignmentType.CENTER, spaceAfter: 160 })];
      if (showsKindLabel(kind, title, lang)) {
        paragraphs.unshift(paragraph(lang, kind, { style: { bold: true, allCaps: true }, alignment: AlignmentType.CENTER }));
      }
      const placeAndDate = document.placeAndDate[lang] ?? '';
      if (placeAndDate.trim() !== '') paragraphs.push(paragraph(lang, placeAndDate, { alignment: AlignmentType.RIGHT }));
      return paragraphs;
    },
    { cantSplit: true },
  );
}

function clauseCell(row: AgreementDocumentRow, lang: string): Paragraph[] {
  const number = row.number.trim();
  const heading = (row.heading[lang] ?? '').trim();
  const texts = textParagraphs(row.text[lang] ?? '');
  const paragraphs: Paragraph[] = [];
  if (heading !== '') {
    paragraphs.push(new Paragraph({ children: runs([clauseHeading(number, heading)], lang, { bold: true }), keepNext: true, spacing: { after: 80 } }));
  }
  texts.forEach((lines, index) => {
    // A numbered clause without a heading starts its text with the number, as sub-clauses usually do.
    const lead = heading === '' && number !== '' && index === 0 ? [...runs([number], lang, { bold: true }), ...runs([' '], lang)] : [];
    paragraphs.push(new Paragraph({ children: [...lead, ...runs(lines, lang)], alignment: AlignmentType.JUSTIFIED, spacing: { after: 120 } }));
  });
  if (heading === '' && number !== '' && texts.length === 0) paragraphs.push(new Paragraph({ children: runs([number], lang, { bold: true }) }));
  return paragraphs;
}

function partyCell(document: AgreementDocument, party: AgreementDocumentParty, lang: string): Paragraph[] {
  const labels = document.labels[lang];
  // "For" / "Від імені" on a line of its own, so the party's name never has to be declined.
  const paragraphs = [
    paragraph(lang, labels?.forParty ?? '', { spaceAfter: 0 }),
    paragraph(lang, party.name[lang] ?? '', { style: { bold: true }, spaceAfter: 120 }),
  ];
  const signatories = party.signatories.length > 0 ? party.signatories : [{ name: {}, position: {} }];
  for (const signatory of signatories) {
    const position = signatory.position[lang] ?? '';
    const name = signatory.name[lang] ?? '';
    if (position.trim() !== '') paragraphs.push(paragraph(lang, position));
    if (name.trim() !== '') paragraphs.push(paragraph(lang, name, { style: { bold: true }, spaceAfter: 360 }));
    paragraphs.push(
      new Paragraph({ children: runs([SIGNATURE_LINE], lang), spacing: { before: 240, after: 0 } }),
      paragraph(lang, labels?.signature ?? '', { style: { italics: true, size: SMALL_SIZE }, spaceAfter: 160 }),
      new Paragraph({ children: runs([`${labels?.date ?? ''} ${DATE_LINE}`.trim()], lang), spacing: { after: 240 } }),
    );
  }
  return paragraphs;
}

function signatureRows(document: AgreementDocument, layout: Layout): TableRow[] {
  if (document.parties.length === 0) return [];
  const caption = rowOf(
    layout,
    (lang) => [
      new Paragraph({
        children: runs([document.labels[lang]?.signatures ?? ''], lang, { bold: true, allCaps: true }),
        alignment: AlignmentType.CENTER,
        spacing: { before: 120, after: 80 },
      }),
    ],
    // The caption goes to the page of the first signature block, never alone at a page's foot.
    { cantSplit: true, keepNext: true },
  );
  return [caption, ...document.parties.map((party) => rowOf(layout, (lang) => partyCell(document, party, lang), { cantSplit: true }))];
}

function firstNonEmpty(texts: Record<string, string>, languages: readonly string[]): string {
  return languages.map((lang) => texts[lang]?.trim() ?? '').find((text) => text !== '') ?? '';
}

export function agreementDocxDocument(document: AgreementDocument): Document {
  const languages = document.languages;
  const textWidth = A4.width - 2 * MARGIN;
  const columnWidth = Math.floor(textWidth / Math.max(1, languages.length));
  const layout: Layout = { languages, columnWidth };
  const table = new Table({
    rows: [
      headerRow(document, layout),
      titleRow(document, layout),
      ...document.rows.map((row) => rowOf(layout, (lang) => clauseCell(row, lang))),
      ...signatureRows(document, layout),
    ],
    width: { size: columnWidth * languages.length, type: WidthType.DXA },
    columnWidths: languages.map(() => columnWidth),
    layout: TableLayoutType.FIXED,
    margins: { top: 60, bottom: 60, left: 110, right: 110 },
  });

  return new Document({
    title: firstNonEmpty(document.title, languages),
    // Narrow parallel columns of justified text need hyphenation, done by Word per run language.
    hyphenation: { autoHyphenation: true },
    styles: {
      default: {
        document: {
          run: { font: FONT, size: BODY_SIZE, language: { value: wordLanguageTag(languages[0] ?? 'uk') } },
        },
      },
    },
    sections: [
      {
        properties: {
          page: {
            size: A4,
            margin: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN },
          },
        },
        children: [table],
      },
    ],
  });
}

/** The agreement as the bytes of a .docx file. */
export async function agreementToDocx(document: AgreementDocument): Promise<Uint8Array> {
  return Packer.pack(agreementDocxDocument(document), 'uint8array');
}
