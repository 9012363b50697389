import { describe, expect, expectTypeOf, it } from 'vitest';
import type { Result } from '../errors/app-error';
import type { TargetConnection } from '../sync/sync-target';
import {
  type AppInfo,
  type Bridge,
  type DesktopNotification,
  type FileToSaveRequest,
  type PdfPrintRequest,
  type PrintedPdf,
  type TargetStatus,
  IPC_CHANNELS,
  IPC_CONTRACT,
  MAX_EXTERNAL_URL_LENGTH,
  MAX_NOTIFICATION_TITLE_LENGTH,
  MAX_SAVED_FILE_BYTES,
  MAX_SYNC_PUT_FILES,
  AUTO_BACKUP_FILE_NAME,
  MAX_AUTO_BACKUP_BYTES,
} from './contract';

describe('IPC contract', () => {
  it('gives every channel its own bridge method name', () => {
    const methods = IPC_CHANNELS.map((channel) => IPC_CONTRACT[channel].method);
    expect(new Set(methods).size).toBe(IPC_CHANNELS.length);
  });

  it('names channels <area>:<action> so logs and handlers read alike', () => {
    for (const channel of IPC_CHANNELS) expect(channel).toMatch(/^[a-z]+:[a-zA-Z]+$/);
  });

  it('takes no argument for app:info', () => {
    const request = IPC_CONTRACT['app:info'].request;
    expect(request.safeParse(undefined).success).toBe(true);
    expect(request.safeParse({ sneaky: true }).success).toBe(false);
  });

  it('takes one bounded string for app:openExternal', () => {
    const request = IPC_CONTRACT['app:openExternal'].request;
    expect(request.safeParse('https://mfa.gov.ua').success).toBe(true);
    expect(request.safeParse('').success).toBe(false);
    expect(request.safeParse({ url: 'https://mfa.gov.ua' }).success).toBe(false);
    expect(request.safeParse(`https://a.example/${'x'.repeat(MAX_EXTERNAL_URL_LENGTH)}`).success).toBe(false);
  });

  it('takes a notification as a title and a body, nothing else', () => {
    const request = IPC_CONTRACT['app:notify'].request;
    expect(request.safeParse({ title: 'Follow-up due', body: 'Send the forum programme' }).success).toBe(true);
    expect(request.safeParse({ title: 'Follow-up due', body: '' }).success).toBe(true);
    expect(request.safeParse({ title: '', body: 'x' }).success).toBe(false);
    expect(request.safeParse({ title: 'x'.repeat(MAX_NOTIFICATION_TITLE_LENGTH + 1), body: '' }).success).toBe(false);
    expect(request.safeParse({ title: 'x', body: 'y', icon: 'file:///etc/passwd' }).success).toBe(false);
    expect(request.safeParse('Follow-up due').success).toBe(false);
  });

  it('takes a file to save as a name, a type and bytes, within a size bound', () => {
    const request = IPC_CONTRACT['file:save'].request;
    const file = { name: 'Визитка.jpg', mimeType: 'image/jpeg', bytes: new Uint8Array([0xff, 0xd8]) };
    expect(request.safeParse(file).success).toBe(true);
    expect(request.safeParse({ ...file, name: '' }).success).toBe(false);
    expect(request.safeParse({ ...file, bytes: [0xff, 0xd8] }).success).toBe(false);
    expect(request.safeParse({ ...file, bytes: 'AAEC' }).success).toBe(false);
    expect(request.safeParse({ ...file, path: '/etc/passwd' }).success).toBe(false);
    // A view over a larger buffer is measured by its own length, as it is what gets written.
    const oversized = { byteLength: MAX_SAVED_FILE_BYTES + 1 };
    expect(IPC_CONTRACT['file:save'].request.shape.bytes.safeParse(Object.setPrototypeOf(oversized, Uint8Array.prototype)).success).toBe(false);
  });

  it('takes the page orientation only for pdf:printPage, and answers with the bytes', () => {
    const request = IPC_CONTRACT['pdf:printPage'].request;
    expect(request.safeParse({ landscape: false }).success).toBe(true);
    expect(request.safeParse({ landscape: 'yes' }).success).toBe(false);
    expect(request.safeParse({}).success).toBe(false);
    expect(request.safeParse({ landscape: true, path: '/tmp/out.pdf' }).success).toBe(false);
    const pdf = { bytes: new Uint8Array([0x25, 0x50, 0x44, 0x46]) };
    expect(IPC_CONTRACT['pdf:printPage'].response.parse(pdf)).toEqual(pdf);
  });

  it('describes the app info the renderer receives', () => {
    const info = { version: '0.1.0', platform: 'linux', locale: 'uk', isPackaged: false };
    expect(IPC_CONTRACT['app:info'].response.parse(info)).toEqual(info);
  });

  it('types the bridge as one Result-returning method per channel', () => {
    expectTypeOf<keyof Bridge>().toEqualTypeOf<
      | 'getAppInfo'
      | 'openExternal'
      | 'notify'
      | 'saveFile'
      | 'printToPdf'
      | 'configureSyncTarget'
      | 'syncTargetStatus'
      | 'forgetSyncTarget'
      | 'chooseSyncFolder'
      | 'probeSyncTarget'
      | 'putSyncFiles'
      | 'chooseBackupFolder'
      | 'backupFolderStatus'
      | 'writeScheduledBackup'
    >();
    expectTypeOf<Bridge['getAppInfo']>().toEqualTypeOf<() => Promise<Result<AppInfo>>>();
    expectTypeOf<Bridge['openExternal']>().toEqualTypeOf<(request: string) => Promise<Result<void>>>();
    expectTypeOf<Bridge['notify']>().toEqualTypeOf<(request: DesktopNotification) => Promise<Result<'shown' | 'unsupported'>>>();
    expectTypeOf<Bridge['saveFile']>().toEqualTypeOf<(request: FileToSaveRequest) => Promise<Result<'saved' | 'cancelled'>>>();
    expectTypeOf<Bridge['printToPdf']>().toEqualTypeOf<(request: PdfPrintRequest) => Promise<Result<PrintedPdf>>>();
    expectTypeOf<Bridge['configureSyncTarget']>().toEqualTypeOf<(request: TargetConnection) => Promise<Result<TargetStatus>>>();
    expectTypeOf<Bridge['chooseSyncFolder']>().toEqualTypeOf<() => Promise<Result<{ folderPath: string } | 'cancelled'>>>();
  });

  describe('sync channels', () => {
    const file = { path: 'Delegation Desk/Звіт.docx', bytes: new Uint8Array([1]), contentHash: 'ab'.repeat(32), replacePartial: false, mimeType: 'application/octet-stream' };
    const batch = (...files: unknown[]) => ({ targetId: 't1', files });

    it('takes files to deliver with sha-256 hashes, within the count and size bounds, and nothing else', () => {
      const request = IPC_CONTRACT['sync:put'].request;
      expect(request.safeParse(batch(file)).success).toBe(true);
      expect(request.safeParse(batch(...Array.from({ length: MAX_SYNC_PUT_FILES }, () => file))).success).toBe(true);
      expect(request.safeParse(batch(...Array.from({ length: MAX_SYNC_PUT_FILES + 1 }, () => file))).success).toBe(false);
      expect(request.safeParse(batch()).success).toBe(false);
      expect(request.safeParse({ ...file, targetId: 't1' }).success).toBe(false);
      expect(request.safeParse({ ...batch(file), overwrite: true }).success).toBe(false);
      for (const bad of [{ ...file, contentHash: 'AB'.repeat(32) }, { ...file, contentHash: 'ab' }, { ...file, path: '' }, { ...file, bytes: 'AQ==' }, { ...file, overwrite: true }]) {
        expect(request.safeParse(batch(file, bad)).success).toBe(false);
      }
      const half = Object.setPrototypeOf({ byteLength: MAX_SAVED_FILE_BYTES / 2 + 1 }, Uint8Array.prototype);
      expect(request.shape.files.safeParse([{ ...file, bytes: half }, { ...file, bytes: half }]).success).toBe(false);
      expect(request.shape.files.safeParse([{ ...file, bytes: half }]).success).toBe(true);
    });

    it('takes a WebDAV connection only over http(s), with no credentials, query or fragment in the URL', () => {
      const request = IPC_CONTRACT['sync:configureTarget'].request;
      const webdav = { kind: 'webdav', id: 't1', baseUrl: 'https://cloud.example/remote.php/dav/files/olena/', username: 'olena' };
      expect(request.safeParse(webdav).success).toBe(true);
      expect(request.safeParse({ ...webdav, password: 'пароль' }).success).toBe(true);
      for (const baseUrl of ['ftp://cloud.example/', 'https://olena:pw@cloud.example/', 'https://cloud.example/?a=1', 'https://cloud.example/#x', 'not a url']) {
        expect(request.safeParse({ ...webdav, baseUrl }).success).toBe(false);
      }
      expect(request.safeParse({ ...webdav, password: '' }).success).toBe(false);
      expect(request.safeParse({ kind: 'folder', id: 'f1', folderPath: '/home/olena/OneDrive' }).success).toBe(true);
      expect(request.safeParse({ kind: 'folder', id: 'f1', folderPath: '/home/olena/OneDrive', password: 'x' }).success).toBe(false);
    });

    it('describes outcomes as data, one per file tried: delivered, alreadyThere, conflict, or a failure with a sync code', () => {
      const response = IPC_CONTRACT['sync:put'].response;
      for (const outcome of [{ kind: 'delivered' }, { kind: 'alreadyThere' }, { kind: 'conflict' }, { kind: 'failed', code: 'syncQuota', httpStatus: 507 }]) {
        expect(response.safeParse([outcome]).success).toBe(true);
      }
      expect(response.safeParse([{ kind: 'delivered' }, { kind: 'failed', code: 'unexpected' }]).success).toBe(false);
      expect(response.safeParse({ kind: 'delivered' }).success).toBe(false);
      expect(IPC_CONTRACT['sync:probe'].response.safeParse({ ok: true }).success).toBe(true);
    });
  });
  describe('backup channels', () => {
    const fileName = 'delegation-desk-auto-2026-05-20-143005.ddbackup';

    it('accepts only automatic backup names, never a path or another name', () => {
      expect(AUTO_BACKUP_FILE_NAME.test(fileName)).toBe(true);
      for (const name of [
        '../delegation-desk-auto-2026-05-20-143005.ddbackup',
        'sub/delegation-desk-auto-2026-05-20-143005.ddbackup',
        'delegation-desk-auto-2026-05-20-143005.ddbackup.exe',
        'delegation-desk-auto-2026-13-20-143005.ddbackup',
        'delegation-desk-auto-2026-05-20-243005.ddbackup',
        'delegation-desk-auto-2026-05-20-1430.ddbackup',
        'notes.txt',
        `${fileName}\n`,
      ]) {
        expect(AUTO_BACKUP_FILE_NAME.test(name)).toBe(false);
      }
    });

    it('takes a file name, non-empty bytes within the bound and a keep count of 1–100, nothing else', () => {
      const request = IPC_CONTRACT['backup:writeScheduled'].request;
      const valid = { fileName, bytes: new Uint8Array([1]), keep: 10 };
      expect(request.safeParse(valid).success).toBe(true);
      expect(request.safeParse({ ...valid, fileName: '/etc/passwd' }).success).toBe(false);
      expect(request.safeParse({ ...valid, keep: 0 }).success).toBe(false);
      expect(request.safeParse({ ...valid, keep: 101 }).success).toBe(false);
      expect(request.safeParse({ ...valid, keep: 2.5 }).success).toBe(false);
      expect(request.safeParse({ ...valid, bytes: new Uint8Array() }).success).toBe(false);
      expect(request.safeParse({ ...valid, folderPath: '/tmp' }).success).toBe(false);
      const oversized = Object.setPrototypeOf({ byteLength: MAX_AUTO_BACKUP_BYTES + 1 }, Uint8Array.prototype);
      expect(request.shape.bytes.safeParse(oversized).success).toBe(false);
      expect(IPC_CONTRACT['backup:chooseFolder'].request.safeParse('/etc').success).toBe(false);
    });
  });
});
