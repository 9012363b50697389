import type { MeetingReportDocument, ReportMeeting } from './meeting-report';
import { escapeMarkdown, notesToMarkdown } from './notes-render';
import { followUpHeader, followUpRows, headingLevels, meetingFacts, participantHeader, participantRows, textSections } from './report-layout';

/** The meeting summary or delegation report as Markdown (CommonMark with GFM tables). */

const heading = (level: number, text: string) => `${'#'.repeat(level)} ${escapeMarkdown(text).replace(/\n/g, ' ')}`;

/** A table cell: escaped, on one line. */
const cell = (text: string) => escapeMarkdown(text).replace(/\r\n|\r|\n/g, ' ');

/** A GFM table of cells already escaped with `cell`. */
function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const line = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;
  return [line(header), `|${header.map(() => ' --- |').join('')}`, ...rows.map(line)].join('\n');
}

/** Free text as paragraphs: blank lines kept, single line breaks as hard breaks. */
function paragraphs(text: string): string {
  return text
    .split(/\n\s*\n/)
    .map((p) => escapeMarkdown(p.trim()).replace(/\n/g, '\\\n'))
    .join('\n\n');
}

function meetingMarkdown(meeting: ReportMeeting, doc: MeetingReportDocument): string[] {
  const { labels } = doc;
  const levels = headingLevels(doc);
  const parts: string[] = [];
  if (levels.meeting > 0) parts.push(heading(levels.meeting, meeting.title));
  const facts = meetingFacts(meeting, labels);
  if (facts.length > 0) parts.push(facts.map(([label, value]) => `**${escapeMarkdown(label)}:** ${cell(value)}`).join('  \n'));

  const participants = participantRows(meeting, labels);
  if (participants.length > 0) {
    const rows = participants.map((row) => ('group' in row ? [`**${cell(row.group)}**`, '', ''] : row.cells.map(cell)));
    parts.push(heading(levels.section, labels.participants), table(participantHeader(labels).map(cell), rows));
  }
  for (const [label, text] of textSections(meeting, labels)) parts.push(heading(levels.section, label), paragraphs(text));
  if (meeting.notes.length > 0) parts.push(heading(levels.section, labels.notes), notesToMarkdown(meeting.notes, levels.notes));
  if (meeting.followUps.length > 0) parts.push(heading(levels.section, labels.followUps), table(followUpHeader(labels).map(cell), followUpRows(meeting).map((row) => row.map(cell))));
  return parts;
}

export function reportToMarkdown(doc: MeetingReportDocument): string {
  const parts: string[] = [];
  if (doc.caption) parts.push(`*${escapeMarkdown(doc.caption)}*`);
  parts.push(heading(1, doc.title));
  if (doc.subtitle) parts.push(escapeMarkdown(doc.subtitle));
  for (const meeting of doc.meetings) parts.push(...meetingMarkdown(meeting, doc));
  return `${parts.join('\n\n')}\n`;
}
