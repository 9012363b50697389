import type { Contact, ContactInput } from '#shared/domain/contact';
import { localizedFrom, organizationDisplayName } from '#shared/domain/display-name';
import type { Organization } from '#shared/domain/organization';
import type { MeetingPlace } from '#shared/domain/meeting';
import type { ImportFormat } from '#shared/import/import-source';
import type { ImportPlan, PlannedContact } from '#shared/import/import-plan';
import { PREVIEW_ROWS, type ImportPreview, type PreviewCandidate, type PreviewMeeting, type PreviewPerson, type PreviewTable } from './import-protocol';

/**
 * The preview the page shows, made from a plan: plain, small objects (no photo bytes, no
 * whole records) so that posting it from the worker costs little even for 10 000 cards.
 */

/** Rows of a CSV or XLSX file the mapping step shows. */
export const SAMPLE_ROWS = 20;

type NameParts = Pick<ContactInput, 'givenName' | 'familyName'>;

/**
 * "Артем Лисогор" per language: given name then family name, as contactDisplayName puts them,
 * but without its fallback to another language, so the preview shows which spellings the file
 * (or the stored contact) really has; `nameOriginal` travels beside it.
 */
export const namesByLanguage = (person: NameParts) =>
  localizedFrom((lang) => [person.givenName[lang].trim(), person.familyName[lang].trim()].filter(Boolean).join(' '));

/** An organization's name as the record holds it: its own spelling first, else a translation. */
export const organizationNameOf = (organization: Organization | undefined): string =>
  organization ? organization.nameOriginal.trim() || organizationDisplayName(organization, 'uk') : '';

function person(contact: ContactInput, organizationName: string): PreviewPerson {
  return {
    name: namesByLanguage(contact),
    nameOriginal: contact.nameOriginal,
    position: { ...contact.position },
    organizationName,
    emails: [...contact.emails],
    phones: [...contact.phones],
  };
}

function candidate(planned: PlannedContact): PreviewCandidate {
  const { candidate: source, input } = planned;
  return { ...person(input, source.organizationName), row: source.row, photos: source.photos.length };
}

const placeText = (place: MeetingPlace): string => [place.venue, place.room, place.table].map((part) => part.trim()).filter(Boolean).join(', ');

export interface PreviewSource {
  sessionId: string;
  fileName: string;
  format: ImportFormat;
  table: PreviewTable | null;
  /** The workspace's organizations by id, to name an existing contact's organization. */
  organizationsById: ReadonlyMap<string, Organization>;
}

export function buildPreview(plan: ImportPlan & { mergedWithinFile?: { row: number; intoRow: number }[] }, source: PreviewSource): ImportPreview {
  // The meetings shown name their people even when those rows are past the people shown.
  const plannedByRow = new Map([...plan.newContacts, ...plan.duplicates].map((planned) => [planned.candidate.row, planned]));
  const personOfRow = (row: number | null) => {
    const planned = row === null ? undefined : plannedByRow.get(row);
    return planned ? { name: namesByLanguage(planned.input), nameOriginal: planned.input.nameOriginal } : null;
  };
  const existingPerson = (contact: Contact) =>
    person(contact, contact.organizationId ? organizationNameOf(source.organizationsById.get(contact.organizationId)) : '');
  return {
    sessionId: source.sessionId,
    fileName: source.fileName,
    format: source.format,
    table: source.table,
    newContacts: plan.newContacts.slice(0, PREVIEW_ROWS).map(candidate),
    duplicates: plan.duplicates.slice(0, PREVIEW_ROWS).map((duplicate) => ({
      row: duplicate.candidate.row,
      incoming: candidate(duplicate),
      existingId: duplicate.existing.id,
      existing: existingPerson(duplicate.existing),
      reasons: [...duplicate.reasons],
    })),
    rejected: plan.rejected.slice(0, PREVIEW_ROWS).map((row) => ({ ...row })),
    meetings: plan.meetings.slice(0, PREVIEW_ROWS).map(
      (meeting): PreviewMeeting => ({
        row: meeting.row,
        title: meeting.title,
        date: meeting.date,
        startTime: meeting.startTime,
        endTime: meeting.endTime,
        place: placeText(meeting.place),
        contactRow: meeting.contactRow,
        person: personOfRow(meeting.contactRow),
        organizationName: meeting.organizationName,
      }),
    ),
    newOrganizationNames: [...plan.newOrganizationNames],
    totals: {
      newContacts: plan.newContacts.length,
      duplicates: plan.duplicates.length,
      rejected: plan.rejected.length,
      meetings: plan.meetings.length,
    },
    mergedWithinFile: (plan.mergedWithinFile ?? []).map((folded) => ({ ...folded })),
  };
}
