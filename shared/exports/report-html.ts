import type { MeetingReportDocument, ReportMeeting } from './meeting-report';
import { escapeHtml, notesToHtml } from './notes-render';
import { followUpHeader, followUpRows, headingLevels, meetingFacts, participantHeader, participantRows, textSections } from './report-layout';

/**
 * The meeting summary or delegation report as one standalone HTML file: inline CSS (A4 when
 * printed, which is also how the PDF is made), the document's language on <html>, every text
 * escaped, and the notes rebuilt from their parsed blocks (notes-render.ts), so nothing stored
 * can add a script, a style or a remote image. A Content-Security-Policy meta tag forbids them
 * anyway, should the file be opened in a browser.
 */

const CSS = `
@page { size: A4; margin: 16mm 15mm; }
:root { color-scheme: light; }
body { font-family: "Segoe UI", "Noto Sans", Arial, sans-serif; font-size: 11pt; line-height: 1.45; color: #1a1a1a; max-width: 46em; margin: 2em auto; padding: 0 1em; }
h1 { font-size: 20pt; margin: 0 0 .2em; }
h2 { font-size: 15pt; margin: 1.6em 0 .4em; border-bottom: 1px solid #ccc; padding-bottom: .15em; }
h3 { font-size: 12.5pt; margin: 1.2em 0 .3em; }
h4, h5, h6 { font-size: 11pt; margin: 1em 0 .3em; }
.caption { text-transform: uppercase; letter-spacing: .06em; font-size: 9pt; color: #555; margin: 0; }
.subtitle { color: #444; margin: 0 0 1.2em; }
dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: .15em 1em; margin: .6em 0; }
dl.facts dt { font-weight: 600; }
dl.facts dd { margin: 0; }
table { border-collapse: collapse; width: 100%; margin: .4em 0 .8em; font-size: 10pt; }
th, td { border: 1px solid #bbb; padding: .3em .5em; text-align: left; vertical-align: top; }
thead th { background: #eee; }
tr.group th { background: #f6f6f6; font-style: italic; font-weight: 600; }
blockquote { margin: .6em 0; padding-left: 1em; border-left: 3px solid #ccc; color: #333; }
pre { white-space: pre-wrap; background: #f6f6f6; padding: .5em; }
.text { white-space: pre-line; }
section.meeting { break-inside: auto; }
h2, h3 { break-after: avoid; }
tr { break-inside: avoid; }
@media print {
  body { font-size: 10pt; line-height: 1.35; max-width: none; margin: 0; padding: 0; }
  h2 { margin-top: 1.2em; }
  table { font-size: 9pt; }
}
`.trim();

const CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src 'none'";

const text = (value: string) => escapeHtml(value);
const headingTag = (level: number, content: string) => `<h${level}>${text(content)}</h${level}>`;

function tableHtml(header: readonly string[], body: string): string {
  return `<table><thead><tr>${header.map((h) => `<th scope="col">${text(h)}</th>`).join('')}</tr></thead><tbody>${body}</tbody></table>`;
}

function meetingHtml(meeting: ReportMeeting, doc: MeetingReportDocument): string {
  const { labels } = doc;
  const levels = headingLevels(doc);
  const parts: string[] = [];
  if (levels.meeting > 0) parts.push(headingTag(levels.meeting, meeting.title));
  const facts = meetingFacts(meeting, labels);
  if (facts.length > 0) parts.push(`<dl class="facts">${facts.map(([label, value]) => `<dt>${text(label)}</dt><dd>${text(value)}</dd>`).join('')}</dl>`);

  const participants = participantRows(meeting, labels);
  if (participants.length > 0) {
    const body = participants
      .map((row) => ('group' in row ? `<tr class="group"><th colspan="3" scope="rowgroup">${text(row.group)}</th></tr>` : `<tr>${row.cells.map((c) => `<td>${text(c)}</td>`).join('')}</tr>`))
      .join('');
    parts.push(headingTag(levels.section, labels.participants), tableHtml(participantHeader(labels), body));
  }
  for (const [label, content] of textSections(meeting, labels)) parts.push(headingTag(levels.section, label), `<p class="text">${text(content)}</p>`);
  if (meeting.notes.length > 0) parts.push(headingTag(levels.section, labels.notes), `<div class="notes">${notesToHtml(meeting.notes, levels.notes)}</div>`);
  if (meeting.followUps.length > 0) {
    const body = followUpRows(meeting)
      .map((row) => `<tr>${row.map((c) => `<td>${text(c)}</td>`).join('')}</tr>`)
      .join('');
    parts.push(headingTag(levels.section, labels.followUps), tableHtml(followUpHeader(labels), body));
  }
  return `<section class="meeting">${parts.join('\n')}</section>`;
}

export function reportToHtml(doc: MeetingReportDocument): string {
  const header = [
    doc.caption ? `<p class="caption">${text(doc.caption)}</p>` : '',
    headingTag(1, doc.title),
    doc.subtitle ? `<p class="subtitle">${text(doc.subtitle)}</p>` : '',
  ].filter(Boolean);
  return [
    '<!DOCTYPE html>',
    `<html lang="${text(doc.lang)}">`,
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${CSP}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="generator" content="Delegation Desk">',
    `<title>${text(doc.title)}</title>`,
    `<style>\n${CSS}\n</style>`,
    '</head>',
    '<body>',
    '<main>',
    `<header>${header.join('\n')}</header>`,
    ...doc.meetings.map((meeting) => meetingHtml(meeting, doc)),
    '</main>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
