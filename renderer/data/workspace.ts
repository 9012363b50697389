import { DeskDatabase } from './db';
import { createContactRepository } from './contact-repository';
import { createOrganizationRepository } from './organization-repository';
import { createEventRepository } from './event-repository';
import { createMeetingRepository } from './meeting-repository';
import { createFollowUpRepository } from './follow-up-repository';
import { createTrashRepository } from './trash-repository';
import { createTopicRepository } from './topic-repository';
import { createAttachmentRepository } from './attachment-repository';
import { createSampleLoader } from './sample-loader';
import { createClauseLibraryRepository } from './clause-library-repository';
import { createAgreementRepository } from './agreement-repository';
import { createAgreementVersionRepository } from './agreement-version-repository';
import { createOutboxRepository } from './outbox-repository';
import { createSyncTargetRepository } from './sync-target-repository';
import { createBackupRepository } from './backup-repository';
import { createImportRepository } from './import-repository';

/** Every repository over one database; components reach data only through these. */
export function createWorkspace(db: DeskDatabase = new DeskDatabase(), now?: () => number) {
  const contacts = createContactRepository(db, now);
  const organizations = createOrganizationRepository(db, now);
  const events = createEventRepository(db, now);
  const meetings = createMeetingRepository(db, now);
  const followUps = createFollowUpRepository(db, now);
  const agreements = createAgreementRepository(db, now);
  return {
    db,
    contacts,
    organizations,
    events,
    meetings,
    followUps,
    topics: createTopicRepository(db, now),
    attachments: createAttachmentRepository(db, now),
    trash: createTrashRepository(db, now),
    clauseLibrary: createClauseLibraryRepository(db, now),
    agreements,
    agreementVersions: createAgreementVersionRepository(db, now),
    outbox: createOutboxRepository(db, now),
    syncTargets: createSyncTargetRepository(db, now),
    backups: createBackupRepository(db, now),
    imports: createImportRepository(db, now),
    sample: createSampleLoader(db, { contacts, organizations, events, meetings, followUps, agreements }, now),
  };
}

export type Workspace = ReturnType<typeof createWorkspace>;
