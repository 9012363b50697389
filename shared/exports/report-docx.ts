import {
  BorderStyle,
  Document,
  ExternalHyperlink,
  HeadingLevel,
  Packer,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
  convertMillimetersToTwip,
  type ParagraphChild,
} from 'docx';
import { INTL_LOCALE } from './export-names';
import type { MeetingReportDocument, ReportMeeting } from './meeting-report';
import type { NoteBlock, NoteRun } from './notes-blocks';
import { followUpHeader, followUpRows, headingLevels, meetingFacts, participantHeader, participantRows, textSections } from './report-layout';

/**
 * The meeting summary or delegation report as a Word document: A4, headings Word's navigation
 * pane lists, facts as "Label: value" lines, the participants and the follow-ups as tables
 * (header rows repeating across pages), the notes with their emphasis, lists, quotes and links.
 */

const FONT = 'Arial';
/** Half-points. */
const BODY_SIZE = 21;
const SMALL_SIZE = 19;
const A4 = { width: 11906, height: 16838 };
const MARGIN = convertMillimetersToTwip(20);
const TEXT_WIDTH = A4.width - 2 * MARGIN;
const HEADINGS = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3, HeadingLevel.HEADING_4, HeadingLevel.HEADING_5, HeadingLevel.HEADING_6];
const QUOTE_INDENT = convertMillimetersToTwip(8);
const LIST_INDENT = convertMillimetersToTwip(6);

const heading = (level: number, text: string) => new Paragraph({ heading: HEADINGS[Math.min(6, Math.max(1, level)) - 1], children: [new TextRun(text)], keepNext: true });

/** Free text: a paragraph per blank-line-separated part, line breaks kept. */
function textParagraphs(text: string): Paragraph[] {
  return text
    .split(/\n\s*\n/)
    .map((part) => part.trim())
    .filter(Boolean)
    .map((part) => new Paragraph({ children: part.split(/\r\n|\r|\n/).map((line, i) => new TextRun({ text: line, break: i > 0 ? 1 : undefined })), spacing: { after: 120 } }));
}

function noteRun(run: NoteRun): ParagraphChild {
  if (run.text === '\n') return new TextRun({ text: '', break: 1 });
  const text = new TextRun({
    text: run.text,
    bold: run.bold,
    italics: run.italic,
    underline: run.underline || run.href ? {} : undefined,
    strike: run.strike,
    font: run.code ? 'Courier New' : undefined,
    color: run.href ? '0563C1' : undefined,
  });
  return run.href ? new ExternalHyperlink({ link: run.href, children: [text] }) : text;
}

/** Notes blocks as paragraphs: bullets as Word lists, numbered items with their own numbers (as written), quotes indented in italics. */
function noteParagraphs(blocks: readonly NoteBlock[], baseLevel: number): Paragraph[] {
  return blocks.flatMap((block): Paragraph[] => {
    if (block.kind === 'rule') return [new Paragraph({ border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: 'auto', space: 1 } }, children: [] })];
    const indent = block.quote ? { left: QUOTE_INDENT } : undefined;
    if (block.kind === 'code') {
      return block.text.split('\n').map((line) => new Paragraph({ indent, spacing: { after: 0 }, children: [new TextRun({ text: line, font: 'Courier New', size: SMALL_SIZE })] }));
    }
    const children = block.runs.map((run) => (block.quote && run.text !== '\n' ? noteRun({ ...run, italic: true }) : noteRun(run)));
    if (block.kind === 'heading') return [new Paragraph({ heading: HEADINGS[Math.min(6, baseLevel + block.level - 1) - 1], indent, children })];
    if (block.kind === 'item' && !block.ordered) return [new Paragraph({ bullet: { level: Math.min(block.depth, 8) }, children })];
    if (block.kind === 'item') {
      const left = (block.quote ? QUOTE_INDENT : 0) + LIST_INDENT * (block.depth + 1);
      return [new Paragraph({ indent: { left, hanging: LIST_INDENT }, children: [new TextRun(`${block.number}.\t`), ...children] })];
    }
    return [new Paragraph({ indent, spacing: { after: 120 }, children })];
  });
}

function cell(text: string, width: number, options: { bold?: boolean; shaded?: boolean; span?: number; italics?: boolean } = {}): TableCell {
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    columnSpan: options.span,
    shading: options.shaded ? { type: ShadingType.CLEAR, fill: 'EDEDED', color: 'auto' } : undefined,
    children: [new Paragraph({ children: text.split(/\r\n|\r|\n/).map((line, i) => new TextRun({ text: line, bold: options.bold, italics: options.italics, size: SMALL_SIZE, break: i > 0 ? 1 : undefined })) })],
  });
}

function table(widths: readonly number[], header: readonly string[], rows: TableRow[]): Table {
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: [...widths],
    layout: TableLayoutType.FIXED,
    margins: { top: 40, bottom: 40, left: 90, right: 90 },
    rows: [new TableRow({ tableHeader: true, cantSplit: true, children: header.map((h, i) => cell(h, widths[i]!, { bold: true, shaded: true })) }), ...rows],
  });
}

const PARTICIPANT_WIDTHS = [0.28, 0.42, 0.3].map((share) => Math.round(TEXT_WIDTH * share));
const FOLLOW_UP_WIDTHS = [0.46, 0.24, 0.16, 0.14].map((share) => Math.round(TEXT_WIDTH * share));

function meetingContent(meeting: ReportMeeting, doc: MeetingReportDocument): (Paragraph | Table)[] {
  const { labels } = doc;
  const levels = headingLevels(doc);
  const out: (Paragraph | Table)[] = [];
  if (levels.meeting > 0) out.push(heading(levels.meeting, meeting.title));
  for (const [label, value] of meetingFacts(meeting, labels)) {
    out.push(new Paragraph({ spacing: { after: 40 }, children: [new TextRun({ text: `${label}: `, bold: true }), new TextRun(value)] }));
  }
  const participants = participantRows(meeting, labels);
  if (participants.length > 0) {
    const rows = participants.map(
      (row) =>
        new TableRow({
          cantSplit: true,
          children:
            'group' in row
              ? [cell(row.group, TEXT_WIDTH, { span: 3, italics: true, bold: true })]
              : row.cells.map((text, i) => cell(text, PARTICIPANT_WIDTHS[i]!)),
        }),
    );
    out.push(heading(levels.section, labels.participants), table(PARTICIPANT_WIDTHS, participantHeader(labels), rows));
  }
  for (const [label, text] of textSections(meeting, labels)) out.push(heading(levels.section, label), ...textParagraphs(text));
  if (meeting.notes.length > 0) out.push(heading(levels.section, labels.notes), ...noteParagraphs(meeting.notes, levels.notes));
  if (meeting.followUps.length > 0) {
    const rows = followUpRows(meeting).map((row) => new TableRow({ cantSplit: true, children: row.map((text, i) => cell(text, FOLLOW_UP_WIDTHS[i]!)) }));
    out.push(heading(levels.section, labels.followUps), table(FOLLOW_UP_WIDTHS, followUpHeader(labels), rows));
  }
  return out;
}

export function reportDocxDocument(doc: MeetingReportDocument): Document {
  const header: Paragraph[] = [];
  if (doc.caption) header.push(new Paragraph({ children: [new TextRun({ text: doc.caption, allCaps: true, size: SMALL_SIZE, color: '555555' })] }));
  header.push(new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(doc.title)] }));
  if (doc.subtitle) header.push(new Paragraph({ spacing: { after: 240 }, children: [new TextRun({ text: doc.subtitle, color: '444444' })] }));
  return new Document({
    creator: 'Delegation Desk',
    title: doc.title,
    styles: { default: { document: { run: { font: FONT, size: BODY_SIZE, language: { value: INTL_LOCALE[doc.lang] } } } } },
    sections: [
      {
        properties: { page: { size: A4, margin: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN } } },
        children: [...header, ...doc.meetings.flatMap((meeting) => meetingContent(meeting, doc))],
      },
    ],
  });
}

/** The report as the bytes of a .docx file. */
export async function reportToDocx(doc: MeetingReportDocument): Promise<Uint8Array> {
  return Packer.pack(reportDocxDocument(doc), 'uint8array');
}
