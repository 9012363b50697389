import { describe, expect, it } from 'vitest';
import { RETRY_RULES } from '#shared/outbox/retry-policy';
import { failureForFsError } from './fs-failure';

const errno = (code: string) => Object.assign(new Error(code), { code });

describe('failureForFsError', () => {
  it.each([
    ['ENOSPC', 'syncQuota'],
    ['EACCES', 'syncForbidden'],
    ['EPERM', 'syncForbidden'],
    ['EROFS', 'syncForbidden'],
    ['ENOENT', 'syncMissingFolder'],
    ['EBUSY', 'syncLocked'],
    ['ENAMETOOLONG', 'syncRejected'],
    ['EWHATEVER', 'syncRejected'],
  ])('maps %s to %s', (code, expected) => {
    expect(failureForFsError(errno(code))).toEqual({ kind: 'failed', code: expected });
  });

  it('waits for the user on a full or read-only disk rather than retrying in a loop', () => {
    expect(RETRY_RULES[failureForFsError(errno('ENOSPC')).code]).toBe('slow');
    expect(RETRY_RULES[failureForFsError(errno('EROFS')).code]).toBe('needsUser');
  });

  it('throws an error that is not from the file system again: that is a bug', () => {
    const bug = new TypeError('undefined is not a function');
    expect(() => failureForFsError(bug)).toThrow(bug);
  });
});
