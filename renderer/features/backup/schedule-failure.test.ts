import { describe, expect, it } from 'vitest';
import { scheduleFailureMessage } from './schedule-failure';

describe('scheduleFailureMessage', () => {
  it('explains the folder’s own troubles with this card’s messages', () => {
    expect(scheduleFailureMessage({ code: 'fileSaveFailed', details: { reason: 'noFolder' } })).toEqual({ ns: 'backupSchedule', key: 'failure.notChosen' });
    expect(scheduleFailureMessage({ code: 'fileSaveFailed', details: { reason: 'ENOENT' } })).toEqual({ ns: 'backupSchedule', key: 'failure.missing' });
    expect(scheduleFailureMessage({ code: 'fileSaveFailed', details: { reason: 'EROFS' } })).toEqual({ ns: 'backupSchedule', key: 'failure.notWritable' });
    expect(scheduleFailureMessage({ code: 'fileSaveFailed', details: { reason: 'ENOSPC' } })).toEqual({ ns: 'backupSchedule', key: 'failure.diskFull' });
  });

  it('falls back to the general message of the error code', () => {
    expect(scheduleFailureMessage({ code: 'fileSaveFailed', details: { reason: 'EIO' } })).toEqual({ ns: 'errors', key: 'fileSaveFailed' });
    expect(scheduleFailureMessage({ code: 'storageFailure' })).toEqual({ ns: 'errors', key: 'storageFailure' });
    expect(scheduleFailureMessage({ code: 'unexpected', details: { reason: 'missing' } })).toEqual({ ns: 'errors', key: 'unexpected' });
  });
});
