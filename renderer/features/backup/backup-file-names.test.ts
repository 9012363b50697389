import { describe, expect, it } from 'vitest';
import { backupFileName, bundleFileName } from './backup-file-names';

describe('backup and bundle file names', () => {
  it('names a backup by the local date and time, zero-padded so names sort by time', () => {
    expect(backupFileName(new Date(2026, 4, 7, 9, 5))).toBe('delegation-desk-2026-05-07-0905.ddbackup');
    expect(backupFileName(new Date(2026, 11, 31, 23, 59))).toBe('delegation-desk-2026-12-31-2359.ddbackup');
  });

  it('names a bundle after its event, keeping Cyrillic and dropping what a file system refuses', () => {
    expect(bundleFileName('Виставка-конференція ReBuild Ukraine')).toBe('Виставка-конференція ReBuild Ukraine.ddbundle');
    expect(bundleFileName('Talks: energy / cyber?')).toBe('Talks - energy - cyber.ddbundle');
    expect(bundleFileName('  ')).toBe('export.ddbundle');
  });
});
