import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { AppError } from '../errors/app-error';
import { readBackupFile, writeBackupFile } from './backup-file';
import { sampleContents } from './backup-test-contents';

const SCHEMA = 6;
const REFUSALS = ['backupNotABackup', 'backupCorrupt', 'backupNewerSchema', 'backupWrongPassphrase'];

/** What reading damaged bytes gives: the contents, or the code it was refused with (anything else fails the test). */
async function outcome(bytes: Uint8Array, passphrase?: string): Promise<unknown> {
  try {
    return (await readBackupFile(bytes, passphrase, SCHEMA)).contents;
  } catch (error) {
    if (error instanceof AppError && REFUSALS.includes(error.code)) return error.code;
    throw error;
  }
}

const plainFile = writeBackupFile(sampleContents(), { kind: 'backup', schemaVersion: SCHEMA, createdAt: 1 });
const sealedFile = writeBackupFile(sampleContents(), { kind: 'bundle', schemaVersion: SCHEMA, createdAt: 1, passphrase: 'p', testIterations: 1_000 });

describe('a damaged backup file', () => {
  for (const [name, file, passphrase] of [['plain', plainFile, undefined], ['encrypted', sealedFile, 'p']] as const) {
    it(`${name}: every single flipped bit is refused`, async () => {
      const bytes = await file;
      for (let position = 0; position < bytes.length; position += 1) {
        for (let bit = 0; bit < 8; bit += 1) {
          const flipped = bytes.slice();
          flipped[position] ^= 1 << bit;
          expect(typeof (await outcome(flipped, passphrase)), `byte ${position} bit ${bit}`).toBe('string');
        }
      }
    }, 60_000);

    it(`${name}: cut short anywhere, it is refused as damaged or foreign`, async () => {
      const bytes = await file;
      for (let length = 0; length < bytes.length; length += 1) {
        expect(['backupCorrupt', 'backupNotABackup']).toContain(await outcome(bytes.subarray(0, length), passphrase));
      }
    });
  }

  it('never reads back as different contents, whatever the damage', async () => {
    const bytes = await plainFile;
    const original = sampleContents();
    const damage = fc.oneof(
      fc.record({ kind: fc.constant('set' as const), at: fc.nat(), value: fc.integer({ min: 0, max: 255 }) }),
      fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), value: fc.integer({ min: 0, max: 255 }) }),
      fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), value: fc.constant(0) }),
      fc.record({ kind: fc.constant('append' as const), at: fc.constant(0), value: fc.integer({ min: 0, max: 255 }) }),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(damage, { minLength: 1, maxLength: 6 }), async (steps) => {
        let mutated = Array.from(bytes);
        for (const { kind, at, value } of steps) {
          const index = at % (mutated.length + 1);
          if (kind === 'set' && index < mutated.length) mutated[index] = value;
          if (kind === 'insert') mutated.splice(index, 0, value);
          if (kind === 'delete') mutated.splice(index, 1);
          if (kind === 'append') mutated = [...mutated, value];
        }
        const result = await outcome(Uint8Array.from(mutated));
        if (typeof result !== 'string') expect(result).toEqual(original);
      }),
      { numRuns: 300 },
    );
  });

  it('random bytes after our magic line are refused, never thrown as anything else', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 400 }), async (tail) => {
        const magic = new TextEncoder().encode('DELEGATION-DESK-BACKUP 1\n');
        const bytes = new Uint8Array(magic.length + tail.length);
        bytes.set(magic);
        bytes.set(tail, magic.length);
        expect(typeof (await outcome(bytes))).toBe('string');
      }),
      { numRuns: 200 },
    );
  });
});
