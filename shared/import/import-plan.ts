import type { Contact, ContactInput } from '../domain/contact';
import type { Organization } from '../domain/organization';
import type { ContactCandidate, ImportedPhoto, MeetingCandidate, ParsedImport, RejectedRow } from './import-source';

/**
 * The preview of an import: what would be added, what looks like someone already in the
 * workspace, and what is refused, before anything is written. Built by planImport()
 * (shared/import/plan-import.ts) from a ParsedImport and the workspace's live records.
 */

/** Why an incoming person looks like an existing one. */
export type DuplicateReason = 'name' | 'email' | 'phone';

export type DuplicateDecision = 'merge' | 'keepBoth' | 'skip';

export interface PlannedContact {
  candidate: ContactCandidate;
  /** The candidate's contact after the schema (trimmed, normalized). */
  input: ContactInput;
}

export interface DuplicateProposal extends PlannedContact {
  /** The existing contact it probably is (the best match). */
  existing: Contact;
  reasons: DuplicateReason[];
}

export interface ImportPlan {
  parsed: ParsedImport;
  /** No match in the workspace. */
  newContacts: PlannedContact[];
  duplicates: DuplicateProposal[];
  /** The parser's rejections plus the rows the schema refused. */
  rejected: RejectedRow[];
  /** Organization names (as written) that match an existing organization, by match key. */
  existingOrganizations: Map<string, Organization>;
  /** Organization names no existing organization matches: created on import. */
  newOrganizationNames: string[];
  meetings: MeetingCandidate[];
}

/** The user's choices: per duplicate (by candidate row), else the default for all. */
export interface ImportDecisions {
  all: DuplicateDecision;
  byRow: Record<number, DuplicateDecision>;
  /** The event the meetings of an agenda file belong to (required when the plan has meetings). */
  eventId: string | null;
}

/** Exactly what an import writes, computed from a plan and decisions (shared/import/resolve-import.ts). */
export interface ImportWrite {
  organizations: { id: string; name: string }[];
  /** New contacts; `organizationId` already points at an existing or new organization. */
  contacts: { id: string; input: ContactInput; photos: ImportedPhoto[] }[];
  /** Existing contacts merged with incoming data: the merged input replaces the stored one. */
  merges: { existingId: string; merged: ContactInput; photos: ImportedPhoto[] }[];
  meetings: { id: string; candidate: MeetingCandidate; contactId: string | null; organizationId: string | null }[];
}

/** What one import did, kept so that "undo import" removes exactly that and restores what it merged. */
export interface ImportBatch {
  id: string;
  createdAt: number;
  fileName: string;
  format: ParsedImport['format'];
  added: { contacts: string[]; organizations: string[]; meetings: string[]; attachments: string[] };
  /** The merged contacts as they were before the import. */
  mergedBefore: Contact[];
  /** Set when undone; an undone batch cannot be undone again. */
  undoneAt: number | null;
}
