import { DeskDatabase } from './db';
import { createContactRepository } from './contact-repository';
import { createOrganizationRepository } from './organization-repository';
import { createTrashRepository } from './trash-repository';
import { createSampleLoader } from './sample-loader';

/** Every repository over one database; components reach data only through these. */
export function createWorkspace(db: DeskDatabase = new DeskDatabase(), now?: () => number) {
  const contacts = createContactRepository(db, now);
  const organizations = createOrganizationRepository(db, now);
  return {
    db,
    contacts,
    organizations,
    trash: createTrashRepository(db, now),
    sample: createSampleLoader(db, contacts, organizations),
  };
}

export type Workspace = ReturnType<typeof createWorkspace>;
