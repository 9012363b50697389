import type { TFunction } from 'i18next';
import { contactDisplayName, organizationDisplayName } from '#shared/domain/display-name';
import { pickLocalized, type UiLanguage } from '#shared/domain/lang';
import type { Meeting } from '#shared/domain/meeting';
import type { Attachment } from '#shared/domain/attachment';
import { agreementTitleIn } from '#shared/agreements/agreement-display';
import { libraryClauseLabel } from '#shared/agreements/clause-library';
import { formatBytes, formatIsoDate, formatIsoDateRange } from '../../app/format';
import { SELECTION_FIELD, TRASH_KINDS, type TrashKind, type TrashSelection } from '../../data/trash-repository';
import type { TrashView } from '../../data/live-queries';

export interface TrashItem {
  id: string;
  kind: TrashKind;
  name: string;
  /** What tells two similar records apart: dates, the meeting a follow-up is from, a file's size. */
  details: string;
  deletedAt: number;
}

export interface TrashGroup {
  kind: TrashKind;
  items: TrashItem[];
}

const joined = (...parts: string[]) => parts.filter((part) => part.trim() !== '').join(' · ');

function meetingLabel(meeting: Meeting | undefined, lang: UiLanguage, t: TFunction<'trash'>): string {
  if (!meeting) return '';
  return t('details.meetingOn', { title: pickLocalized(meeting.title, lang), date: formatIsoDate(meeting.date, lang) });
}

function attachmentOwner(attachment: Attachment, view: TrashView, lang: UiLanguage, t: TFunction<'trash'>): string {
  if (attachment.ownerType === 'meeting') return meetingLabel(view.meetingsById.get(attachment.ownerId), lang, t);
  const contact = view.contactsById.get(attachment.ownerId);
  return contact ? contactDisplayName(contact, lang) : '';
}

/** One row per trashed record, in the UI language. */
function itemsOf(kind: TrashKind, view: TrashView, lang: UiLanguage, t: TFunction<'trash'>): TrashItem[] {
  const item = (record: { id: string; deletedAt: number | null }, name: string, details: string): TrashItem => ({
    id: record.id,
    kind,
    name,
    details,
    deletedAt: record.deletedAt ?? 0,
  });
  switch (kind) {
    case 'agreements':
      return view.agreements.map((a) => item(a, agreementTitleIn(a, lang), joined(t(`status.${a.status}`, { ns: 'agreements' }), a.signingDate ? formatIsoDate(a.signingDate, lang) : '')));
    case 'events':
      return view.events.map((e) => item(e, pickLocalized(e.name, lang), joined(formatIsoDateRange(e.startDate, e.endDate, lang), pickLocalized(e.city, lang))));
    case 'meetings':
      return view.meetings.map((m) =>
        item(m, pickLocalized(m.title, lang), t('details.time', { date: formatIsoDate(m.date, lang), start: m.startTime, end: m.endTime })),
      );
    case 'followUps':
      return view.followUps.map((f) =>
        item(f, f.what, joined(meetingLabel(view.meetingsById.get(f.meetingId), lang, t), f.dueDate ? t('details.due', { date: formatIsoDate(f.dueDate, lang) }) : '')),
      );
    case 'attachments':
      return view.attachments.map((a) => item(a, a.fileName, joined(formatBytes(a.size, lang), attachmentOwner(a, view, lang, t))));
    case 'contacts':
      return view.contacts.map((c) => item(c, contactDisplayName(c, lang), pickLocalized(c.position, lang)));
    case 'organizations':
      return view.organizations.map((o) => item(o, organizationDisplayName(o, lang), pickLocalized(o.city, lang)));
    case 'clauseLibrary':
      return view.clauseLibrary.map((c) => {
        const { heading, text } = libraryClauseLabel(c, lang);
        return item(c, heading || text.slice(0, 80), t(`categories.${c.category}`, { ns: 'clauseLibrary' }));
      });
  }
}

/** The Trash by kind, in TRASH_KINDS order; kinds with nothing trashed are left out. */
export function trashGroups(view: TrashView, lang: UiLanguage, t: TFunction<'trash'>): TrashGroup[] {
  return TRASH_KINDS.map((kind) => ({ kind, items: itemsOf(kind, view, lang, t) })).filter((group) => group.items.length > 0);
}

/** The items as the repository's selection, e.g. to purge or restore them. */
export function selectionOf(items: readonly TrashItem[]): TrashSelection {
  const selection: Record<string, string[]> = {};
  for (const { kind, id } of items) (selection[SELECTION_FIELD[kind]] ??= []).push(id);
  return selection as TrashSelection;
}
