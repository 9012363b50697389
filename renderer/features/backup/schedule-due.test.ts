import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AUTO_BACKUP_FILE_NAME } from '#shared/ipc/contract';
import { autoBackupFileName, isBackupDue } from './schedule-due';

const at = (year: number, month: number, day: number, hour = 12, minute = 0) => new Date(year, month - 1, day, hour, minute).getTime();

describe('isBackupDue', () => {
  it('is due when no backup was ever made', () => {
    expect(isBackupDue(null, 'day', at(2026, 5, 20))).toBe(true);
    expect(isBackupDue(null, 'week', at(2026, 5, 20))).toBe(true);
  });

  it('daily: due on the next calendar day, even less than 24 hours later', () => {
    expect(isBackupDue(at(2026, 5, 20, 9), 'day', at(2026, 5, 20, 23, 59))).toBe(false);
    expect(isBackupDue(at(2026, 5, 20, 18), 'day', at(2026, 5, 21, 8))).toBe(true);
    expect(isBackupDue(at(2026, 5, 31, 23, 30), 'day', at(2026, 6, 1, 0, 10))).toBe(true);
  });

  it('weekly: due seven calendar days later', () => {
    expect(isBackupDue(at(2026, 5, 20, 18), 'week', at(2026, 5, 26, 23))).toBe(false);
    expect(isBackupDue(at(2026, 5, 20, 18), 'week', at(2026, 5, 27, 8))).toBe(true);
    expect(isBackupDue(at(2026, 12, 28), 'week', at(2027, 1, 4))).toBe(true);
  });

  it('is due when the last run lies in the future (the clock was set back)', () => {
    expect(isBackupDue(at(2027, 1, 1), 'week', at(2026, 5, 20))).toBe(true);
  });

  it('is never due again right after a run, and always due a week later', () => {
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(2000, 0, 1), max: Date.UTC(2100, 0, 1) }), fc.constantFrom('day' as const, 'week' as const), (now, every) => {
        expect(isBackupDue(now, every, now)).toBe(false);
        expect(isBackupDue(now, every, now + 8 * 86_400_000)).toBe(true);
      }),
    );
  });
});

describe('autoBackupFileName', () => {
  it('names the file by the local date and time to the second', () => {
    expect(autoBackupFileName(new Date(2026, 4, 20, 14, 30, 5))).toBe('delegation-desk-auto-2026-05-20-143005.ddbackup');
    expect(autoBackupFileName(new Date(2026, 0, 1, 0, 0, 0))).toBe('delegation-desk-auto-2026-01-01-000000.ddbackup');
  });

  it('always makes a name the shell accepts, and names that sort by time', () => {
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(1970, 0, 2), max: Date.UTC(9998, 0, 1) }), fc.nat(10 * 86_400_000), (epoch, later) => {
        const first = autoBackupFileName(new Date(epoch));
        expect(first).toMatch(AUTO_BACKUP_FILE_NAME);
        // A daylight-saving hour aside, a later time never sorts first.
        const second = autoBackupFileName(new Date(epoch + later + 2 * 3_600_000));
        expect(second >= first).toBe(true);
      }),
    );
  });
});
