import type { i18n, TFunction } from 'i18next';
import type { UiLanguage } from '#shared/domain/lang';
import { MEETING_STATUSES } from '#shared/domain/meeting';
import { FOLLOW_UP_STATUSES } from '#shared/domain/follow-up';
import type { ReportLabels } from '#shared/exports/meeting-report';
import type { IcsLabels } from '#shared/exports/event-ics';
import { CONTACT_COLUMNS, type ContactHeaders } from '#shared/exports/contact-table';
import { PRESS_PHRASES, type PressPhrases } from '#shared/exports/press-phrases';

/**
 * The words a document is written with, in the DOCUMENT's language (which may differ from the
 * interface's): a report in English asked for from the Ukrainian UI says "Participants".
 * Labels come from the `exports` locale files; the press post's sentence templates are document
 * grammar kept with their builder in shared/exports/press-phrases.ts.
 */

export type ExportsT = TFunction<'exports'>;

export function documentT(i18next: i18n, lang: UiLanguage): ExportsT {
  return i18next.getFixedT(lang, 'exports');
}

export function reportLabels(t: ExportsT): ReportLabels {
  return {
    meetingSummary: t('report.meetingSummary'),
    delegationReport: t('report.delegationReport'),
    date: t('report.date'),
    time: t('report.time'),
    place: t('report.place'),
    event: t('report.event'),
    status: t('report.status'),
    ourSide: t('report.ourSide'),
    theirSide: t('report.theirSide'),
    participants: t('report.participants'),
    name: t('report.name'),
    position: t('report.position'),
    organization: t('report.organization'),
    organizations: t('report.organizations'),
    topics: t('report.topics'),
    agenda: t('report.agenda'),
    outcomes: t('report.outcomes'),
    notes: t('report.notes'),
    followUps: t('report.followUps'),
    what: t('report.what'),
    owner: t('report.owner'),
    due: t('report.due'),
    followUpStatus: t('report.followUpStatus'),
    room: t('report.room'),
    table: t('report.table'),
    online: t('report.online'),
    meetingStatuses: Object.fromEntries(MEETING_STATUSES.map((s) => [s, t(`report.meetingStatuses.${s}`)])) as ReportLabels['meetingStatuses'],
    followUpStatuses: Object.fromEntries(FOLLOW_UP_STATUSES.map((s) => [s, t(`report.followUpStatuses.${s}`)])) as ReportLabels['followUpStatuses'],
  };
}

export function icsLabels(t: ExportsT): IcsLabels {
  return {
    participants: t('report.participants'),
    agenda: t('report.agenda'),
    outcomes: t('report.outcomes'),
    notes: t('report.notes'),
    room: t('report.room'),
    table: t('report.table'),
  };
}

/** Column ids such as 'familyName.uk' are paths in the locale file's `contactColumns`. */
export function contactHeaders(t: ExportsT): ContactHeaders {
  return Object.fromEntries(CONTACT_COLUMNS.map((column) => [column, t(`contactColumns.${column}`)])) as ContactHeaders;
}

export function pressPhrases(lang: UiLanguage): PressPhrases {
  return PRESS_PHRASES[lang];
}
