import { afterEach, describe, expect, it, vi } from 'vitest';
import { Dexie } from 'dexie';
import { emptyContactInput } from '#shared/domain/contact';
import { AppError, BugError } from '#shared/errors/app-error';
import { SAMPLE_CONTACTS } from '#shared/sample/sample-workspace';
import type { Workspace } from './workspace';
import { TEST_START, testWorkspaces } from './test-workspaces';
import { guardStorage, toStorageError } from './storage-error';

const START = TEST_START;
const fakeNow = () => START;
const openWorkspace = testWorkspaces();

function newWorkspace(): Workspace {
  return openWorkspace(fakeNow);
}

afterEach(() => {
  vi.restoreAllMocks();
});

const quotaError = () => new DOMException('full', 'QuotaExceededError');

describe('toStorageError', () => {
  it('maps a QuotaExceededError DOMException to storageQuota, keeping the cause', () => {
    const cause = quotaError();
    const error = toStorageError(cause);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe('storageQuota');
    expect(error.cause).toBe(cause);
  });

  it('maps a Dexie error wrapping a quota error in .inner to storageQuota', () => {
    const wrapped = new Dexie.AbortError('Transaction aborted', quotaError());
    expect(wrapped.name).toBe('AbortError');
    expect((toStorageError(wrapped) as AppError).code).toBe('storageQuota');

    const mapped = new Dexie.QuotaExceededError(quotaError());
    expect((toStorageError(mapped) as AppError).code).toBe('storageQuota');
  });

  it('maps a missing IndexedDB to storageUnavailable and anything else to storageFailure', () => {
    expect((toStorageError(new Dexie.MissingAPIError()) as AppError).code).toBe('storageUnavailable');
    const other = toStorageError(new Dexie.ConstraintError('Key already exists')) as AppError;
    expect(other.code).toBe('storageFailure');
    expect(other.details).toEqual({ name: 'ConstraintError' });
  });

  it('passes AppErrors and BugErrors through unchanged', () => {
    const appError = new AppError('notFound', { id: 'x' });
    const bug = new BugError('broken');
    expect(toStorageError(appError)).toBe(appError);
    expect(toStorageError(bug)).toBe(bug);
  });

  it('guardStorage rejects with the mapped error', async () => {
    await expect(guardStorage(() => Promise.reject(quotaError()))).rejects.toMatchObject({ code: 'storageQuota' });
  });
});

describe('atomic writes', () => {
  it('a quota error in the middle of loading the sample leaves the database empty', async () => {
    const { sample, db } = newWorkspace();
    expect(SAMPLE_CONTACTS.length).toBeGreaterThan(2);
    const realAdd = db.contacts.add.bind(db.contacts);
    let calls = 0;
    const add = vi.spyOn(db.contacts, 'add').mockImplementation((...args) => {
      calls += 1;
      if (calls > 2) throw quotaError();
      return realAdd(...args);
    });

    const error = await sample.load().then(
      () => {
        throw new Error('expected a rejection');
      },
      (e: unknown) => e,
    );

    expect(add).toHaveBeenCalledTimes(3);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe('storageQuota');
    add.mockRestore();
    expect(await db.contacts.count()).toBe(0);
    expect(await db.organizations.count()).toBe(0);
    expect(await sample.isWorkspaceEmpty()).toBe(true);
  });

  it('bulkCreate with one invalid input writes nothing', async () => {
    const { contacts, db } = newWorkspace();
    const valid = (family: string) => ({ ...emptyContactInput(), familyName: { uk: family, ru: '', en: '' } });
    await expect(
      contacts.bulkCreate([valid('Гнатюк'), { ...emptyContactInput(), emails: ['nope'] }, valid('Лисогор')]),
    ).rejects.toMatchObject({ code: 'validation' });
    expect(await db.contacts.count()).toBe(0);
  });

  it('bulkCreate that fails in storage writes nothing', async () => {
    const { contacts, db } = newWorkspace();
    const existing = await contacts.create({ ...emptyContactInput(), familyName: { uk: 'Гнатюк', ru: '', en: '' } });
    const realBulkAdd = db.contacts.bulkAdd.bind(db.contacts);
    const failAfterWriting = async (...args: Parameters<typeof realBulkAdd>) => {
      await realBulkAdd(...args);
      throw quotaError();
    };
    vi.spyOn(db.contacts, 'bulkAdd').mockImplementation(failAfterWriting as never);
    const inputs = ['Лисогор', 'Ельченко'].map((family) => ({ ...emptyContactInput(), familyName: { uk: family, ru: '', en: '' } }));
    await expect(contacts.bulkCreate(inputs)).rejects.toMatchObject({ code: 'storageQuota' });
    expect(await db.contacts.toCollection().primaryKeys()).toEqual([existing.id]);
  });

  it('bulkCreate stores every record with its own id', async () => {
    const { contacts } = newWorkspace();
    const inputs = ['Лисогор', 'Ельченко', 'Гнатюк'].map((family) => ({ ...emptyContactInput(), familyName: { uk: family, ru: '', en: '' } }));
    const ids = await contacts.bulkCreate(inputs);
    expect(new Set(ids).size).toBe(3);
    const stored = await Promise.all(ids.map((id) => contacts.get(id)));
    expect(stored.map((c) => c?.familyName.uk)).toEqual(['Лисогор', 'Ельченко', 'Гнатюк']);
    expect(stored.every((c) => c?.createdAt === START && c.deletedAt === null)).toBe(true);
  });
});

describe('toStorageError with bulk writes', () => {
  it('finds a quota failure listed inside a Dexie BulkError', () => {
    const bulk = new Dexie.BulkError('1 of 2 failed', { 1: new DOMException('full', 'QuotaExceededError') });
    expect(toStorageError(bulk)).toMatchObject({ code: 'storageQuota' });
  });
});
