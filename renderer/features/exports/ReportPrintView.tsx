import '@fontsource/inter/400.css';
import '@fontsource/inter/700.css';
import './report-print.css';
import type { ReactNode } from 'react';
import type { MeetingReportDocument, ReportMeeting } from '#shared/exports/meeting-report';
import { notesToHtml } from '#shared/exports/notes-render';
import { followUpHeader, followUpRows, headingLevels, meetingFacts, participantHeader, participantRows, textSections } from '#shared/exports/report-layout';

/**
 * The meeting summary or delegation report laid out for paper and PDF. It follows the same
 * layout helpers as the DOCX, Markdown and HTML writers (report-layout.ts), so every format says
 * the same things in the same order. Its text is the document's, in the document's language;
 * nothing here goes through the interface's translations.
 *
 * The root carries `print-only-root`: when the page prints, only it is printed.
 */

function Heading({ level, children }: { level: number; children: string }) {
  const Tag = `h${Math.min(6, Math.max(1, level))}` as 'h2';
  return <Tag>{children}</Tag>;
}

function Table({ header, rows }: { header: readonly string[]; rows: ReactNode }) {
  return (
    <table>
      <thead>
        <tr>
          {header.map((cell, i) => (
            <th key={i} scope="col">
              {cell}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>{rows}</tbody>
    </table>
  );
}

function MeetingSection({ meeting, doc }: { meeting: ReportMeeting; doc: MeetingReportDocument }) {
  const { labels } = doc;
  const levels = headingLevels(doc);
  const facts = meetingFacts(meeting, labels);
  const participants = participantRows(meeting, labels);
  return (
    <section className="report-print__meeting">
      {levels.meeting > 0 ? <Heading level={levels.meeting}>{meeting.title}</Heading> : null}
      {facts.length > 0 ? (
        <dl className="report-print__facts">
          {facts.map(([label, value]) => (
            <div key={label}>
              <dt>{label}</dt>
              <dd>{value}</dd>
            </div>
          ))}
        </dl>
      ) : null}
      {participants.length > 0 ? (
        <>
          <Heading level={levels.section}>{labels.participants}</Heading>
          <Table
            header={participantHeader(labels)}
            rows={participants.map((row, i) =>
              'group' in row ? (
                <tr key={i} className="report-print__group">
                  <th colSpan={3} scope="rowgroup">
                    {row.group}
                  </th>
                </tr>
              ) : (
                <tr key={i}>
                  {row.cells.map((cell, j) => (
                    <td key={j}>{cell}</td>
                  ))}
                </tr>
              ),
            )}
          />
        </>
      ) : null}
      {textSections(meeting, labels).map(([label, text]) => (
        <div key={label}>
          <Heading level={levels.section}>{label}</Heading>
          <p className="report-print__text">{text}</p>
        </div>
      ))}
      {meeting.notes.length > 0 ? (
        <>
          <Heading level={levels.section}>{labels.notes}</Heading>
          {/* Rebuilt from parsed blocks with every text escaped and only checked links: see notes-render.ts. */}
          <div className="report-print__notes" dangerouslySetInnerHTML={{ __html: notesToHtml(meeting.notes, levels.notes) }} />
        </>
      ) : null}
      {meeting.followUps.length > 0 ? (
        <>
          <Heading level={levels.section}>{labels.followUps}</Heading>
          <Table
            header={followUpHeader(labels)}
            rows={followUpRows(meeting).map((row, i) => (
              <tr key={i}>
                {row.map((cell, j) => (
                  <td key={j}>{cell}</td>
                ))}
              </tr>
            ))}
          />
        </>
      ) : null}
    </section>
  );
}

export function ReportPrintView({ doc }: { doc: MeetingReportDocument }) {
  return (
    <article className="report-print print-only-root" lang={doc.lang}>
      <header>
        {doc.caption ? <p className="report-print__caption">{doc.caption}</p> : null}
        <h1>{doc.title}</h1>
        {doc.subtitle ? <p className="report-print__subtitle">{doc.subtitle}</p> : null}
      </header>
      {doc.meetings.map((meeting) => (
        <MeetingSection key={meeting.id} meeting={meeting} doc={doc} />
      ))}
    </article>
  );
}
