import type { UiLanguage } from '../domain/lang';
import type { Meeting } from '../domain/meeting';
import { SAMPLE } from './export-test-records';
import { buildMeetingReport, type MeetingReportDocument, type MeetingReportInput } from './meeting-report';
import { REPORT_LABELS } from './report-test-labels';

/** The report input for sample meetings, for the report tests. */
export function reportInput(meetings: readonly Meeting[], lang: UiLanguage, overrides: Partial<MeetingReportInput> = {}): MeetingReportInput {
  return {
    meetings,
    events: SAMPLE.events,
    contacts: SAMPLE.contacts,
    organizations: SAMPLE.organizations,
    topics: SAMPLE.topics,
    followUps: SAMPLE.followUps,
    lang,
    labels: REPORT_LABELS[lang],
    ...overrides,
  };
}

/** The summary of the Warsaw meeting of Artem Lysohor with Juliette Delbe (seed story 000). */
export function warsawSummary(lang: UiLanguage): MeetingReportDocument {
  return buildMeetingReport(reportInput([SAMPLE.meeting('rebuild-delbe')], lang));
}

/** The report of the delegation at ReBuild Ukraine: both Warsaw meetings. */
export function rebuildReport(lang: UiLanguage): MeetingReportDocument {
  return buildMeetingReport(reportInput([SAMPLE.meeting('rebuild-hereliuk'), SAMPLE.meeting('rebuild-delbe')], lang));
}
