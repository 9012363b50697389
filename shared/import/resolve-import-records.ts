import type { LocalizedText } from '../domain/lang';
import { emptyMeetingInput, type MeetingInput } from '../domain/meeting';
import { emptyOrganizationInput, type OrganizationInput, type OrganizationKind } from '../domain/organization';
import type { MeetingCandidate } from './import-source';
import { languageOfName } from './name-language';

/**
 * The records an import writes, built from what the file said: shared by the planner (which checks
 * them before the preview, so a row that could not be saved is refused there and not at the end)
 * and the repository (which writes them).
 */

/** Names that say what kind of body they are; anything else is taken for a company. */
const KIND_PATTERNS: readonly [OrganizationKind, RegExp][] = [
  ['cityCouncil', /(міськ\p{L}* рад|городск\p{L}* (совет|дум)|city council|city hall|town council|mairie|hôtel de ville|municipalit|stadtverwaltung|rathaus)/iu],
  ['region', /(обласн\p{L}* (державн|військов)|областн\p{L}* (государствен|военн)|oblast|regional (state|military) administration|région|regional council|conseil régional|voivodeship|województw)/iu],
  ['embassy', /(посольств|embassy|ambassade|botschaft)/iu],
  ['ministry', /(міністерств|министерств|ministry|ministère|ministerium)/iu],
];

export function organizationKindOfName(name: string): OrganizationKind {
  return KIND_PATTERNS.find(([, pattern]) => pattern.test(name))?.[0] ?? 'company';
}

/** A text in the slot of the language it is written in (see languageOfName), the others empty. */
export function inLanguageOf(text: string): LocalizedText {
  const localized = { uk: '', ru: '', en: '' };
  localized[languageOfName(text)] = text;
  return localized;
}

/** An organization a file names that the workspace does not have yet: its name in the language it is written in, kept as written too. */
export function organizationInputFromName(name: string): OrganizationInput {
  const written = name.trim();
  return { ...emptyOrganizationInput(), name: inLanguageOf(written), nameOriginal: written, kind: organizationKindOfName(written) };
}

const MEETING_MINUTES = 30;
const LAST_MINUTE = 23 * 60 + 59;

/** 'HH:MM' plus `minutes`, at most 23:59 (a meeting ends on its own day). */
export function addMinutes(time: string, minutes: number): string {
  const [hours, mins] = time.split(':').map(Number);
  const total = Math.min((hours ?? 0) * 60 + (mins ?? 0) + minutes, LAST_MINUTE);
  return `${String(Math.floor(total / 60)).padStart(2, '0')}:${String(total % 60).padStart(2, '0')}`;
}

/** The end of a meeting whose file gives none: half an hour after its start. */
export function endTimeOf(candidate: Pick<MeetingCandidate, 'startTime' | 'endTime'>): string {
  return candidate.endTime.trim() || addMinutes(candidate.startTime.trim(), MEETING_MINUTES);
}

export interface MeetingLinks {
  eventId: string | null;
  contactId: string | null;
  organizationId: string | null;
}

/** A planned meeting of the chosen event with the person and organization of its row; its zone is the event's. */
export function meetingInputFromCandidate(candidate: MeetingCandidate, { eventId, contactId, organizationId }: MeetingLinks): MeetingInput {
  return {
    ...emptyMeetingInput(),
    title: inLanguageOf(candidate.title.trim()),
    eventId,
    date: candidate.date.trim(),
    startTime: candidate.startTime.trim(),
    endTime: endTimeOf(candidate),
    timeZone: '',
    place: { ...candidate.place },
    theirParticipantIds: contactId ? [contactId] : [],
    organizationIds: organizationId ? [organizationId] : [],
    status: 'planned',
  };
}
