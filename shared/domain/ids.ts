import { monotonicFactory } from 'ulid';

/** Monotonic so records made in the same millisecond (a bulk import) keep their order. */
const nextUlid = monotonicFactory();

export function newRecordId(now: number = Date.now()): string {
  return nextUlid(now);
}
