import type { Failure } from '#shared/outbox/webdav-http';
import type { PutOutcome, ProbeResult } from '#shared/outbox/webdav-transport';
import type { SyncFailureCode } from '#shared/outbox/retry-policy';
import type { TargetCheck } from '#shared/sync/sync-target';

/**
 * Failures that say the target cannot be reached at all (no route, no answer). Anything else
 * is an answer: a wrong password, a missing folder or a full disk mean the target is there.
 */
const UNREACHABLE: ReadonlySet<SyncFailureCode> = new Set(['syncNetwork', 'syncTimeout']);

export function failureOf(result: ProbeResult | PutOutcome): Failure | null {
  return 'kind' in result && result.kind === 'failed' ? result : null;
}

export function isUnreachable(result: ProbeResult | PutOutcome): boolean {
  const failure = failureOf(result);
  return failure !== null && UNREACHABLE.has(failure.code);
}

/**
 * What Settings shows for a probe or a put. A missing remote folder is fine (the first delivery
 * creates it), and a conflict is about one file, not the target.
 */
export function checkOf(result: ProbeResult | PutOutcome, at: number): TargetCheck {
  const failure = failureOf(result);
  if (!failure || failure.code === 'syncMissingFolder') return { at, result: 'ok' };
  return failure.httpStatus === undefined ? { at, result: failure.code } : { at, result: failure.code, httpStatus: failure.httpStatus };
}
