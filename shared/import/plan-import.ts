import type { Contact } from '../domain/contact';
import { contactDisplayName } from '../domain/display-name';
import { isoDate, wallTime } from '../domain/fields';
import { meetingInputSchema } from '../domain/meeting';
import type { Organization } from '../domain/organization';
import { fieldIssues } from '../domain/validation';
import { mergeContactInput } from './contact-merge';
import { contactKeys, DuplicateIndex, organizationKey, unionReasons } from './duplicate-index';
import type { DuplicateProposal, ImportPlan, PlannedContact } from './import-plan';
import type { ContactCandidate, MeetingCandidate, ParsedImport, RejectedRow } from './import-source';
import { cleanCandidate } from './plan-import-cleaning';
import { endTimeOf, meetingInputFromCandidate } from './resolve-import-records';

/**
 * The preview of an import, computed from the parsed file and the workspace's live records (see
 * ImportPlan). Each person of the file is, in order:
 * - refused (no name, or a value the contact cannot be saved with; invalid list entries are
 *   moved into the notes instead, see plan-import-cleaning.ts);
 * - a probable duplicate of the stored contact it shares the most of name / email / phone with
 *   (the most recently updated among equals);
 * - folded into an earlier person of the same file who is the same person (same duplicate, or
 *   sharing a name, email or phone): a card exported twice becomes one contact, and the rows
 *   folded are listed in `mergedWithinFile`;
 * - else new.
 * Look-ups go through indexes, so the cost grows with the number of records, not their product.
 */

export interface PlannedImport extends ImportPlan {
  /** Rows of the file folded into an earlier row that is the same person (`row` into `intoRow`). */
  mergedWithinFile: { row: number; intoRow: number }[];
}

export interface ExistingRecords {
  contacts: readonly Contact[];
  organizations: readonly Organization[];
}

/** A valid record id that stands in for the event and people while a meeting row is checked. */
const PLACEHOLDER_ID = '0'.repeat(26);
const EXCERPT_LENGTH = 80;

const mostRecentFirst = (a: Contact, b: Contact) => b.updatedAt - a.updatedAt || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0);
const earlierRowFirst = (a: PlannedContact, b: PlannedContact) => a.candidate.row - b.candidate.row;

export function planImport(parsed: ParsedImport, existing: ExistingRecords): PlannedImport {
  const stored = new DuplicateIndex<Contact>();
  for (const contact of existing.contacts) if (contact.deletedAt === null) stored.add(contact, contactKeys(contact));

  const inFile = new DuplicateIndex<PlannedContact>();
  const proposalOf = new Map<string, DuplicateProposal>();
  const newContacts: PlannedContact[] = [];
  const duplicates: DuplicateProposal[] = [];
  const rejected: RejectedRow[] = [...parsed.rejected];
  const organizationOnly: string[] = [];
  const mergedWithinFile: { row: number; intoRow: number }[] = [];
  const survivingRow = new Map<number, number>();

  function fold(into: PlannedContact, candidate: ContactCandidate, planned: PlannedContact): void {
    into.input = mergeContactInput(into.input, planned.input);
    into.candidate = {
      ...into.candidate,
      organizationName: into.candidate.organizationName.trim() ? into.candidate.organizationName : candidate.organizationName,
      photos: [...into.candidate.photos, ...candidate.photos],
    };
    inFile.add(into, contactKeys(into.input));
    mergedWithinFile.push({ row: candidate.row, intoRow: into.candidate.row });
    survivingRow.set(candidate.row, into.candidate.row);
  }

  for (const candidate of parsed.contacts) {
    const cleaned = cleanCandidate(candidate);
    if (cleaned.kind === 'rejected') rejected.push(cleaned.rejected);
    if (cleaned.kind === 'organizationOnly') organizationOnly.push(candidate.organizationName);
    if (cleaned.kind !== 'contact') continue;

    const planned: PlannedContact = { candidate, input: cleaned.input };
    const keys = contactKeys(cleaned.input);
    const match = stored.best(keys, mostRecentFirst);
    const earlierProposal = match ? proposalOf.get(match.item.id) : undefined;
    if (earlierProposal) {
      earlierProposal.reasons = unionReasons(earlierProposal.reasons, match!.reasons);
      fold(earlierProposal, candidate, planned);
    } else if (match) {
      const proposal: DuplicateProposal = { ...planned, existing: match.item, reasons: match.reasons };
      proposalOf.set(match.item.id, proposal);
      duplicates.push(proposal);
      inFile.add(proposal, keys);
    } else {
      const earlier = inFile.best(keys, earlierRowFirst);
      if (earlier) {
        fold(earlier.item, candidate, planned);
      } else {
        newContacts.push(planned);
        inFile.add(planned, keys);
      }
    }
  }

  const plannedByRow = new Map([...newContacts, ...duplicates].map((planned) => [planned.candidate.row, planned]));
  const meetings: MeetingCandidate[] = [];
  for (const candidate of parsed.meetings) {
    const contactRow = candidate.contactRow === null ? null : (survivingRow.get(candidate.contactRow) ?? candidate.contactRow);
    const person = contactRow === null ? undefined : plannedByRow.get(contactRow);
    // Untitled agenda rows are named after whom they are with: the organization (the row's, else the person's), else the person.
    const title = candidate.title.trim() || candidate.organizationName.trim() || (person ? person.candidate.organizationName.trim() || contactDisplayName(person.input, 'uk') : '');
    const meeting: MeetingCandidate = { ...candidate, contactRow, title, endTime: endTimeOf(candidate) };
    const refusal = checkMeeting(meeting);
    if (refusal) rejected.push(refusal);
    else meetings.push(meeting);
  }

  const organizationNames = [
    ...organizationOnly,
    ...newContacts.map((planned) => planned.candidate.organizationName),
    ...duplicates.map((planned) => planned.candidate.organizationName),
    ...meetings.map((meeting) => meeting.organizationName),
  ];
  const { existingOrganizations, newOrganizationNames } = planOrganizations(organizationNames, existing.organizations);

  rejected.sort((a, b) => a.row - b.row);
  return { parsed, newContacts, duplicates, rejected, existingOrganizations, newOrganizationNames, meetings, mergedWithinFile };
}

/**
 * Each distinct organization name (as written, trimmed) either names a live organization (same
 * match key as any of its names, its name as written or its short name; the most recently updated
 * when several do) or is new; new names are listed once per match key, as first written.
 */
export function planOrganizations(
  names: readonly string[],
  organizations: readonly Organization[],
): Pick<ImportPlan, 'existingOrganizations' | 'newOrganizationNames'> {
  const byKey = new Map<string, Organization>();
  for (const org of organizations) {
    if (org.deletedAt !== null) continue;
    for (const spelling of [org.name.uk, org.name.ru, org.name.en, org.nameOriginal, org.shortName]) {
      if (spelling.trim() === '') continue;
      const key = organizationKey(spelling);
      const known = byKey.get(key);
      if (!known || org.updatedAt > known.updatedAt) byKey.set(key, org);
    }
  }
  const existingOrganizations = new Map<string, Organization>();
  const newOrganizationNames: string[] = [];
  const newKeys = new Set<string>();
  for (const name of names.map((n) => n.trim())) {
    if (name === '' || existingOrganizations.has(name)) continue;
    const key = organizationKey(name);
    const org = byKey.get(key);
    if (org) existingOrganizations.set(name, org);
    else if (!newKeys.has(key)) {
      newKeys.add(key);
      newOrganizationNames.push(name);
    }
  }
  return { existingOrganizations, newOrganizationNames };
}

/** Why a meeting row cannot be saved (a date or time that cannot be read, a field over its limit), or null. */
function checkMeeting(meeting: MeetingCandidate): RejectedRow | null {
  const excerpt = `${meeting.date} ${meeting.startTime} ${meeting.title}`.trim().slice(0, EXCERPT_LENGTH);
  const timesRead =
    isoDate.safeParse(meeting.date).success &&
    wallTime.safeParse(meeting.startTime).success &&
    wallTime.safeParse(meeting.endTime).success &&
    meeting.endTime.trim() > meeting.startTime.trim();
  if (!timesRead) return { row: meeting.row, reason: 'badDateTime', excerpt };
  const links = { eventId: PLACEHOLDER_ID, contactId: null, organizationId: null };
  const result = meetingInputSchema.safeParse(meetingInputFromCandidate(meeting, links));
  if (result.success) return null;
  const [issue] = fieldIssues(result.error);
  return { row: meeting.row, reason: 'invalid', field: issue?.path ?? '', detail: issue?.code ?? 'invalid', excerpt };
}
