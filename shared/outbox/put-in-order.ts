import type { OutboxTransport, PutOutcome } from './webdav-transport';

/** One file of a batch handed to a target in one call (one IPC crossing in the shell). */
export interface PutRequest {
  path: string;
  bytes: Uint8Array;
  contentHash: string;
  replacePartial: boolean;
  mimeType: string;
}

/**
 * Sends the files one after another, in order, and stops after the first failure: that
 * failure is the last outcome, and the files after it get none (they were not tried, so the
 * queue keeps its order behind the one refused). Stopped by the signal between files, it
 * returns what was done so far; a put cut by the signal throws, as the transport does.
 */
export async function putInOrder(transport: OutboxTransport, files: readonly PutRequest[], signal?: AbortSignal): Promise<PutOutcome[]> {
  const outcomes: PutOutcome[] = [];
  for (const file of files) {
    if (signal?.aborted) break;
    const outcome = await transport.put(file.path, file.bytes, file.contentHash, { replacePartial: file.replacePartial, mimeType: file.mimeType, signal });
    outcomes.push(outcome);
    if (outcome.kind === 'failed') break;
  }
  return outcomes;
}
