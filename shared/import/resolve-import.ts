import { toContactInput, type ContactInput } from '../domain/contact';
import { AppError } from '../errors/app-error';
import { mergeContactInput } from './contact-merge';
import { organizationKey } from './duplicate-index';
import type { DuplicateDecision, ImportDecisions, ImportPlan, ImportWrite, PlannedContact } from './import-plan';
import { endTimeOf } from './resolve-import-records';

export { mergeContactInput } from './contact-merge';

/**
 * An ImportWrite with the event the meetings go to: the write is everything the repository
 * needs, and ImportWrite alone does not say which event that is.
 */
export interface ResolvedImport extends ImportWrite {
  eventId: string | null;
}

/**
 * Exactly what an import writes, from its plan and the user's choices:
 * - new people, and duplicates kept as well ('keepBoth'), are added with new ids;
 * - 'merge' fills the existing contact's empty fields (mergeContactInput), 'skip' leaves it;
 * - organizations the file names are found by match key or created, but only when something
 *   written points at them (or a row named only the organization): a skipped duplicate's
 *   organization is not created;
 * - meetings go to `decisions.eventId` (required when there are any), with their row's person —
 *   new, merged or the existing one of a skipped duplicate — and organization (the row's, else
 *   the person's).
 */
export function resolveImport(plan: ImportPlan, decisions: ImportDecisions, newId: () => string): ResolvedImport {
  if (plan.meetings.length > 0 && !decisions.eventId) {
    throw new AppError('validation', { issues: [{ path: 'eventId', code: 'required' }] });
  }
  const decisionOf = (row: number): DuplicateDecision => decisions.byRow[row] ?? decisions.all;
  const organizations = createOrganizationResolver(plan, newId);

  const contacts: ImportWrite['contacts'] = [];
  const merges = new Map<string, ImportWrite['merges'][number]>();
  /** The contact each row of the file ended up as, and that contact's organization. */
  const contactOfRow = new Map<number, string>();
  const organizationOfContact = new Map<string, string | null>();

  const add = ({ candidate, input }: PlannedContact) => {
    const id = newId();
    const contact: ContactInput = { ...input, organizationId: organizations.idFor(candidate.organizationName) };
    contacts.push({ id, input: contact, photos: candidate.photos });
    contactOfRow.set(candidate.row, id);
    organizationOfContact.set(id, contact.organizationId);
  };

  for (const planned of plan.newContacts) add(planned);
  for (const duplicate of plan.duplicates) {
    const { candidate, existing } = duplicate;
    const decision = decisionOf(candidate.row);
    if (decision === 'keepBoth') {
      add(duplicate);
      continue;
    }
    contactOfRow.set(candidate.row, existing.id);
    if (decision === 'skip') {
      organizationOfContact.set(existing.id, existing.organizationId);
      continue;
    }
    const prior = merges.get(existing.id);
    const base = prior?.merged ?? toContactInput(existing);
    // Only a contact without an organization takes the file's, so only then is it looked up (or created).
    const incoming = { ...duplicate.input, organizationId: base.organizationId ? null : organizations.idFor(candidate.organizationName) };
    const merged = mergeContactInput(base, incoming);
    merges.set(existing.id, { existingId: existing.id, merged, photos: [...(prior?.photos ?? []), ...candidate.photos] });
    organizationOfContact.set(existing.id, merged.organizationId);
  }
  organizations.addOrganizationOnlyRows();

  const meetings = plan.meetings.map((candidate) => {
    const contactId = candidate.contactRow === null ? null : (contactOfRow.get(candidate.contactRow) ?? null);
    const organizationId = organizations.idFor(candidate.organizationName) ?? (contactId ? (organizationOfContact.get(contactId) ?? null) : null);
    return { id: newId(), candidate: { ...candidate, endTime: endTimeOf(candidate) }, contactId, organizationId };
  });

  return { organizations: organizations.created, contacts, merges: [...merges.values()], meetings, eventId: meetings.length > 0 ? decisions.eventId : null };
}

/** Organization ids by name: the existing organization the plan found, else one created on first use. */
function createOrganizationResolver(plan: ImportPlan, newId: () => string) {
  const existingByKey = new Map([...plan.existingOrganizations].map(([name, org]) => [organizationKey(name), org]));
  const newNameByKey = new Map(plan.newOrganizationNames.map((name) => [organizationKey(name), name]));
  const createdByKey = new Map<string, string>();
  const created: ImportWrite['organizations'] = [];

  function idFor(name: string): string | null {
    const written = name.trim();
    if (written === '') return null;
    const key = organizationKey(written);
    const existing = plan.existingOrganizations.get(written) ?? existingByKey.get(key);
    if (existing) return existing.id;
    let id = createdByKey.get(key);
    if (id === undefined) {
      id = newId();
      createdByKey.set(key, id);
      created.push({ id, name: newNameByKey.get(key) ?? written });
    }
    return id;
  }

  /** Names no person or meeting of the plan carries came from rows that named only an organization: those are created too. */
  function addOrganizationOnlyRows(): void {
    const carried = new Set(
      [...plan.newContacts, ...plan.duplicates].map((p) => p.candidate.organizationName).concat(plan.meetings.map((m) => m.organizationName)).map((name) => organizationKey(name.trim())),
    );
    for (const name of plan.newOrganizationNames) if (!carried.has(organizationKey(name))) idFor(name);
  }

  return { idFor, addOrganizationOnlyRows, created };
}
