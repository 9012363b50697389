import { describe, expect, it } from 'vitest';
import { AppError } from '../errors/app-error';
import type { BackupContents } from './backup-format';
import { BACKUP_MAGIC, PBKDF2_ITERATIONS } from './backup-format';
import { readBackupFile, readBackupHeader, writeBackupFile, type BackupFileMeta } from './backup-file';
import { assembleFile, parseFile } from './backup-header';
import { sampleContents } from './backup-test-contents';

const SCHEMA = 6;
/** The key derivation at full cost runs in one test; the others use the test-only cheaper one. */
const FAST = 1_000;

const meta = (extra: Partial<BackupFileMeta> = {}): BackupFileMeta => ({ kind: 'backup', schemaVersion: SCHEMA, createdAt: 1_700_000_000_000, ...extra });

async function codeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof AppError) return error.code;
    throw error;
  }
  return 'read';
}

describe('backup file', () => {
  it('round-trips contents without a passphrase, counts readable in the header', async () => {
    const bytes = await writeBackupFile(sampleContents(), meta({ title: 'ReBuild Ukraine' }));
    expect(new TextDecoder().decode(bytes.subarray(0, 25))).toBe(`${BACKUP_MAGIC} 1\n`);
    const header = await readBackupHeader(bytes);
    expect(header).toMatchObject({ format: 1, kind: 'backup', schemaVersion: SCHEMA, title: 'ReBuild Ukraine', encryption: null });
    expect(header.counts).toEqual({ contacts: 2, organizations: 1, attachments: 1 });
    const { contents } = await readBackupFile(bytes, undefined, SCHEMA);
    expect(contents).toEqual(sampleContents());
  });

  it('round-trips an encrypted file at the full PBKDF2 cost, the records unreadable in the file', async () => {
    const bytes = await writeBackupFile(sampleContents(), meta({ passphrase: 'Київ-Варшава 2023' }));
    const header = await readBackupHeader(bytes);
    expect(header.encryption).toMatchObject({ cipher: 'AES-256-GCM', kdf: { name: 'PBKDF2', hash: 'SHA-256', iterations: PBKDF2_ITERATIONS } });
    expect(header.counts.contacts).toBe(2);
    expect(Buffer.from(bytes).includes('Lysohor')).toBe(false);
    const { contents } = await readBackupFile(bytes, 'Київ-Варшава 2023', SCHEMA);
    expect(contents).toEqual(sampleContents());
  }, 20_000);

  it('opens with the passphrase however its letters were composed (NFC)', async () => {
    const bytes = await writeBackupFile(sampleContents(), meta({ passphrase: 'й'.normalize('NFC'), testIterations: FAST }));
    const { contents } = await readBackupFile(bytes, 'й'.normalize('NFD'), SCHEMA);
    expect(contents).toEqual(sampleContents());
  });

  it('asks for a passphrase, and refuses a wrong one', async () => {
    const bytes = await writeBackupFile(sampleContents(), meta({ passphrase: 'right horse', testIterations: FAST }));
    expect(await codeOf(readBackupFile(bytes, undefined, SCHEMA))).toBe('backupNeedsPassphrase');
    expect(await codeOf(readBackupFile(bytes, '', SCHEMA))).toBe('backupNeedsPassphrase');
    expect(await codeOf(readBackupFile(bytes, 'wrong horse', SCHEMA))).toBe('backupWrongPassphrase');
  });

  it('gives each file its own salt, IVs and data key', async () => {
    const [a, b] = await Promise.all([1, 2].map(() => writeBackupFile(sampleContents(), meta({ passphrase: 'same', testIterations: FAST }))));
    const [ha, hb] = await Promise.all([readBackupHeader(a), readBackupHeader(b)]);
    expect(ha.encryption?.kdf.salt).not.toBe(hb.encryption?.kdf.salt);
    expect(ha.encryption?.iv).not.toBe(hb.encryption?.iv);
    expect(ha.encryption?.wrappedKey).not.toBe(hb.encryption?.wrappedKey);
  });

  it('refuses a file from a newer schema before asking for or trying the passphrase', async () => {
    const bytes = await writeBackupFile(sampleContents(), meta({ schemaVersion: SCHEMA + 1, passphrase: 'p', testIterations: FAST }));
    for (const passphrase of [undefined, 'wrong', 'p']) {
      await expect(readBackupFile(bytes, passphrase, SCHEMA)).rejects.toMatchObject({ code: 'backupNewerSchema', details: { found: SCHEMA + 1, supported: SCHEMA } });
    }
    // The header alone still reads, so "verify" can say which version made it.
    expect((await readBackupHeader(bytes)).schemaVersion).toBe(SCHEMA + 1);
  });

  it('refuses a newer file format named by the magic line', async () => {
    const bytes = await writeBackupFile(sampleContents(), meta());
    const newer = bytes.slice();
    newer[BACKUP_MAGIC.length + 1] = '2'.charCodeAt(0);
    expect(await codeOf(readBackupHeader(newer))).toBe('backupNewerSchema');
  });

  it('reads a version 2 file into the current shape', async () => {
    const v2: BackupContents = {
      tables: { contacts: [{ id: 'c1', givenName: { uk: 'Артем', ru: '', en: '' } }], meetings: [{ id: 'm1' }] },
      attachmentBytes: {},
      settings: {},
    };
    const bytes = await writeBackupFile(v2, meta({ schemaVersion: 2 }));
    const { header, contents } = await readBackupFile(bytes, undefined, SCHEMA);
    expect(header.schemaVersion).toBe(2);
    expect(contents.tables.contacts).toEqual([{ id: 'c1', givenName: { uk: 'Артем', ru: '', en: '' }, ourStaff: false }]);
    expect(contents.tables.agreements).toBeUndefined();
  });

  it('says "not a backup" for other files', async () => {
    for (const text of ['', 'PK\u0003\u0004', 'BEGIN:VCARD\r\nVERSION:3.0', 'DELEGATION-DESK', 'delegation-desk-backup 1\n{}']) {
      expect(await codeOf(readBackupFile(new TextEncoder().encode(text), undefined, SCHEMA))).toBe('backupNotABackup');
    }
  });

  it('finds a payload altered with the checksum recomputed: GCM refuses it, as it refuses an altered header', async () => {
    const bytes = await writeBackupFile(sampleContents(), meta({ passphrase: 'p', testIterations: FAST }));
    const { unsigned, payload } = await parseFile(bytes);
    const altered = payload.slice();
    altered[10] ^= 1;
    expect(await codeOf(readBackupFile(await assembleFile(unsigned, altered), 'p', SCHEMA))).toBe('backupWrongPassphrase');

    const header = JSON.parse(new TextDecoder().decode(unsigned)) as Record<string, unknown>;
    const retitled = new TextEncoder().encode(JSON.stringify({ ...header, createdAt: 1 }));
    expect(await codeOf(readBackupFile(await assembleFile(retitled, payload), 'p', SCHEMA))).toBe('backupWrongPassphrase');
  });

  it('refuses a payload that is whole but not our contents', async () => {
    const notContents = await writeBackupFile({ tables: { contacts: [{ name: 'no id' }] } } as unknown as BackupContents, meta());
    expect(await codeOf(readBackupFile(notContents, undefined, SCHEMA))).toBe('backupCorrupt');
    const { unsigned } = await parseFile(notContents);
    const header = JSON.parse(new TextDecoder().decode(unsigned)) as Record<string, unknown>;
    const garbage = new TextEncoder().encode('not gzip at all');
    const forged = await assembleFile(new TextEncoder().encode(JSON.stringify({ ...header, payloadBytes: garbage.length })), garbage);
    expect(await codeOf(readBackupFile(forged, undefined, SCHEMA))).toBe('backupCorrupt');
  });

  it('keeps a very long title short enough for readers', async () => {
    const bytes = await writeBackupFile(sampleContents(), meta({ kind: 'bundle', title: 'Форум '.repeat(1000) }));
    expect((await readBackupHeader(bytes)).title).toHaveLength(2000);
  });

  it('refuses a header asking for an absurd key derivation cost, before deriving anything', async () => {
    const bytes = await writeBackupFile(sampleContents(), meta({ passphrase: 'p', testIterations: FAST }));
    const { unsigned, payload } = await parseFile(bytes);
    const header = JSON.parse(new TextDecoder().decode(unsigned)) as { encryption: { kdf: { iterations: number } } };
    header.encryption.kdf.iterations = 1e12;
    const forged = await assembleFile(new TextEncoder().encode(JSON.stringify(header)), payload);
    expect(await codeOf(readBackupFile(forged, 'p', SCHEMA))).toBe('backupCorrupt');
  });
});
