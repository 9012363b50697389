import type { FromSearchWorker, ToSearchWorker } from './search-protocol';
import { SearchWorkerHost } from './worker/search-worker-host';

/**
 * The search worker: owns the index, so building it over 100 000 records and answering each
 * keystroke never blocks the page. Started by search-client.ts as a module worker.
 */

/** The part of the worker global used here (the project compiles against the DOM library). */
interface WorkerScope {
  postMessage(message: FromSearchWorker): void;
  onmessage: ((event: MessageEvent<ToSearchWorker>) => void) | null;
}

const scope = self as unknown as WorkerScope;
const host = new SearchWorkerHost((message) => scope.postMessage(message));
scope.onmessage = (event) => host.handle(event.data);
