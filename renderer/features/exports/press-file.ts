import type { UiLanguage } from '#shared/domain/lang';
import { pickLocalized } from '#shared/domain/lang';
import type { Meeting } from '#shared/domain/meeting';
import { buildPressPost } from '#shared/exports/press-post';
import { exportFileName } from '#shared/exports/file-names';
import type { Workspace } from '../../data/workspace';
import { pressPhrases } from './document-labels';
import { readMeetingRecords } from './export-records';
import { textFile, type ExportFile } from './export-file';

export type PressFormat = 'txt' | 'md';

type Readers = Pick<Workspace, 'meetings' | 'events' | 'contacts' | 'organizations' | 'topics' | 'followUps'>;

/** The press post built from the meeting's record in `lang`: the starting text the user edits. */
export async function draftPressPost(workspace: Readers, meeting: Meeting, lang: UiLanguage): Promise<string> {
  const records = await readMeetingRecords(workspace, [meeting]);
  const event = meeting.eventId ? (records.events.get(meeting.eventId) ?? null) : null;
  return buildPressPost(meeting, { event, contacts: records.contacts, organizations: records.organizations, topics: records.topics }, lang, pressPhrases(lang));
}

/** The text as the user left it, as a file; Markdown takes plain paragraphs as they are. */
export function pressFile(meeting: Meeting, lang: UiLanguage, format: PressFormat, text: string): ExportFile {
  const name = exportFileName({ kind: 'pressPost', title: pickLocalized(meeting.title, lang), date: meeting.date, id: meeting.id, format, lang });
  const body = text.replace(/\r\n?/g, '\n').trimEnd();
  return textFile(name, format, `${body}\n`);
}
