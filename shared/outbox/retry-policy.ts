import type { ErrorCode } from '../errors/app-error';

/**
 * How the outbox treats each way a delivery can fail. The codes are AppError codes, so the
 * renderer translates them like any other error (`errors.<code>`).
 */
export const SYNC_FAILURE_CODES = [
  'syncNetwork',
  'syncTimeout',
  'syncServer',
  'syncLocked',
  'syncUnauthorized',
  'syncForbidden',
  'syncMissingFolder',
  'syncQuota',
  'syncTooLarge',
  'syncRejected',
] as const satisfies readonly ErrorCode[];

export type SyncFailureCode = (typeof SYNC_FAILURE_CODES)[number];

/** Every code an outbox item's last error can hold: a failure, or a conflict found at its path. */
export type SyncErrorCode = SyncFailureCode | 'syncConflict';

/**
 * - backoff: queued again after a capped, jittered, growing delay;
 * - immediate: queued again for right now (the folder is being created), backoff if it repeats;
 * - needsUser: failed, and tried again only when the user fixes the target's settings or asks;
 * - slow: failed, tried again automatically only after a long pause (a full disk frees slowly);
 * - manual: failed, tried again only when the user asks.
 */
export type RetryRule = 'backoff' | 'immediate' | 'needsUser' | 'slow' | 'manual';

export const RETRY_RULES: Readonly<Record<SyncFailureCode, RetryRule>> = {
  syncNetwork: 'backoff',
  syncTimeout: 'backoff',
  syncServer: 'backoff',
  syncLocked: 'backoff',
  syncMissingFolder: 'immediate',
  syncUnauthorized: 'needsUser',
  syncForbidden: 'needsUser',
  syncQuota: 'slow',
  syncTooLarge: 'manual',
  syncRejected: 'manual',
};

/**
 * Failures that say something about the whole target rather than one file: the next items
 * would meet them too, so a delivery run holds the target back instead of trying each item.
 */
const TARGET_WIDE: ReadonlySet<SyncFailureCode> = new Set([
  'syncNetwork',
  'syncTimeout',
  'syncServer',
  'syncUnauthorized',
  'syncForbidden',
  'syncQuota',
]);

export function isTargetWide(code: SyncFailureCode): boolean {
  return TARGET_WIDE.has(code);
}

/** Failures after which bytes may have reached the target in part (the upload was cut). */
export function mayLeavePartialUpload(code: SyncFailureCode): boolean {
  return code === 'syncNetwork' || code === 'syncTimeout';
}

export interface OutboxPolicy {
  /** The first backoff window; each further failure in a row doubles it. */
  baseDelayMs: number;
  /** No backoff window is longer than this. */
  maxDelayMs: number;
  /** The pause before a full target (507) is tried again without the user asking. */
  quotaRetryMs: number;
}

export const DEFAULT_OUTBOX_POLICY: OutboxPolicy = {
  baseDelayMs: 2_000,
  maxDelayMs: 15 * 60_000,
  quotaRetryMs: 60 * 60_000,
};

/**
 * Capped exponential backoff with full jitter (AWS Architecture Blog, "Exponential Backoff And
 * Jitter"): a uniformly random delay in [0, min(cap, base · 2^(n−1))) for the n-th failure in a
 * row, so many clients coming back online at once do not retry in step.
 */
export function backoffDelay(failuresInRow: number, random: () => number, policy: OutboxPolicy = DEFAULT_OUTBOX_POLICY): number {
  const exponent = Math.max(0, Math.min(failuresInRow - 1, 40));
  const window = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** exponent);
  const unit = Math.min(Math.max(random(), 0), 1);
  return Math.min(Math.floor(unit * window), policy.maxDelayMs);
}
