import type { i18n } from 'i18next';
import { pickLocalized, type UiLanguage } from '#shared/domain/lang';
import { meetingsToIcs } from '#shared/exports/event-ics';
import { exportFileName } from '#shared/exports/file-names';
import type { Workspace } from '../../data/workspace';
import { documentT, icsLabels } from './document-labels';
import { readMeetingRecords } from './export-records';
import { NothingToExport, textFile, type ExportFile } from './export-file';

type Readers = Pick<Workspace, 'meetings' | 'events' | 'contacts' | 'organizations' | 'topics' | 'followUps'>;

/** An event's meetings as one .ics file; each meeting keeps its UID, so importing again updates it. */
export async function calendarFile(workspace: Readers, i18next: i18n, eventId: string, lang: UiLanguage, now = Date.now()): Promise<ExportFile> {
  const [event, meetings] = await Promise.all([workspace.events.get(eventId), workspace.meetings.listByEvent(eventId)]);
  if (!event || meetings.length === 0) throw new NothingToExport('meetings');
  const records = await readMeetingRecords(workspace, meetings);
  const ics = meetingsToIcs({
    event,
    meetings,
    names: { lang, labels: icsLabels(documentT(i18next, lang)), topics: records.topics, contacts: records.contacts, organizations: records.organizations },
    now,
  });
  const name = exportFileName({ kind: 'calendar', title: pickLocalized(event.name, lang), date: event.startDate, id: event.id, format: 'ics', lang });
  return textFile(name, 'ics', ics);
}
