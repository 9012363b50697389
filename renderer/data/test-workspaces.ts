import { afterEach } from 'vitest';
import { DeskDatabase } from './db';
import { createWorkspace, type Workspace } from './workspace';

/** The clock tests start from: a fixed moment, so stored times can be asserted exactly. */
export const TEST_START = Date.UTC(2026, 0, 15, 9, 0, 0);

/**
 * For a test file: a factory of workspaces, each over its own fresh database, all closed and
 * deleted after every test.
 */
export function testWorkspaces(): (now?: () => number) => Workspace {
  const opened: DeskDatabase[] = [];
  afterEach(async () => {
    for (const db of opened.splice(0)) {
      db.close();
      await db.delete();
    }
  });
  return (now = () => TEST_START) => {
    const db = new DeskDatabase(`test-${crypto.randomUUID()}`);
    opened.push(db);
    return createWorkspace(db, now);
  };
}
