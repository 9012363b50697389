import { DATABASE_NAME, DeskDatabase } from '../data/db';
import type { FromImportWorker, ImportRequest } from './import-protocol';
import { createImportSessions } from './import-sessions';
import { responseMessages } from './preview-parts';

/**
 * The import worker: reads, plans and writes imports off the page, so 10 000 vCards never hold
 * the page for more than a frame. Started by import-client.ts as a module worker whose name is
 * the database to open (Vite needs the worker's options static but for `type`).
 */

/** The part of the worker global used here (the project compiles against the DOM library). */
interface WorkerScope {
  name: string;
  postMessage(message: FromImportWorker): void;
  onmessage: ((event: MessageEvent<ImportRequest>) => void) | null;
}

const scope = self as unknown as WorkerScope;
const sessions = createImportSessions(new DeskDatabase(scope.name || DATABASE_NAME, { cache: 'disabled' }));
scope.onmessage = (event) => {
  void sessions.handle(event.data).then((response) => {
    for (const message of responseMessages(response)) scope.postMessage(message);
  });
};
