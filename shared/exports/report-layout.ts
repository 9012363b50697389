import type { MeetingReportDocument, ReportLabels, ReportMeeting } from './meeting-report';

/**
 * What the report writers (Markdown, HTML, DOCX) lay out for each meeting, in one order, so the
 * three formats say the same things under the same labels.
 */

/** Label and value lines at the head of a meeting, those with a value only. */
export function meetingFacts(meeting: ReportMeeting, labels: ReportLabels): [label: string, value: string][] {
  const facts: [string, string][] = [
    [labels.date, meeting.date],
    [labels.time, meeting.time],
    [labels.place, meeting.place],
    [labels.event, meeting.event],
    [labels.status, meeting.status],
    [labels.organizations, meeting.organizations.join(', ')],
    [labels.topics, meeting.topics.join(', ')],
  ];
  return facts.filter(([, value]) => value !== '');
}

export type ParticipantRow = { group: string } | { cells: [name: string, position: string, organization: string] };

/** The participants table: a group row for each side that has anyone, then a row per person. */
export function participantRows(meeting: ReportMeeting, labels: ReportLabels): ParticipantRow[] {
  const rows: ParticipantRow[] = [];
  for (const [group, people] of [
    [labels.ourSide, meeting.ours],
    [labels.theirSide, meeting.theirs],
  ] as const) {
    if (people.length === 0) continue;
    rows.push({ group });
    for (const p of people) rows.push({ cells: [p.name, p.position, p.organization] });
  }
  return rows;
}

export function participantHeader(labels: ReportLabels): [string, string, string] {
  return [labels.name, labels.position, labels.organization];
}

export function followUpHeader(labels: ReportLabels): [string, string, string, string] {
  return [labels.what, labels.owner, labels.due, labels.followUpStatus];
}

/** A follow-up's row; the person it concerns follows the owner ("Artem Lysohor → Juliette Delbe"). */
export function followUpRows(meeting: ReportMeeting): [string, string, string, string][] {
  return meeting.followUps.map((f) => [f.what, f.concerns ? `${f.owner} → ${f.concerns}` : f.owner, f.due, f.status]);
}

/** The text sections after the tables, those with text only. */
export function textSections(meeting: ReportMeeting, labels: ReportLabels): [label: string, text: string][] {
  return (
    [
      [labels.agenda, meeting.agenda],
      [labels.outcomes, meeting.outcomes],
    ] as [string, string][]
  ).filter(([, text]) => text !== '');
}

/**
 * Heading levels: a summary's sections sit right under its title; a report's under each
 * meeting's heading. `section` is the level of "Participants", "Agenda", …; notes headings go below.
 */
export function headingLevels(doc: MeetingReportDocument): { meeting: number; section: number; notes: number } {
  return doc.kind === 'meetingSummary' ? { meeting: 0, section: 2, notes: 3 } : { meeting: 2, section: 3, notes: 4 };
}
