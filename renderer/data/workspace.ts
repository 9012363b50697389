import { DeskDatabase } from './db';
import { createContactRepository } from './contact-repository';
import { createOrganizationRepository } from './organization-repository';
import { createEventRepository } from './event-repository';
import { createMeetingRepository } from './meeting-repository';
import { createFollowUpRepository } from './follow-up-repository';
import { createTrashRepository } from './trash-repository';
import { createTopicRepository } from './topic-repository';
import { createSampleLoader } from './sample-loader';

/** Every repository over one database; components reach data only through these. */
export function createWorkspace(db: DeskDatabase = new DeskDatabase(), now?: () => number) {
  const contacts = createContactRepository(db, now);
  const organizations = createOrganizationRepository(db, now);
  return {
    db,
    contacts,
    organizations,
    events: createEventRepository(db, now),
    meetings: createMeetingRepository(db, now),
    followUps: createFollowUpRepository(db, now),
    topics: createTopicRepository(db, now),
    trash: createTrashRepository(db, now),
    sample: createSampleLoader(db, contacts, organizations),
  };
}

export type Workspace = ReturnType<typeof createWorkspace>;
