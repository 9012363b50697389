import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { emptyContactInput } from '#shared/domain/contact';
import { MAX_ATTACHMENT_BYTES } from '#shared/domain/attachment';
import { testWorkspaces, TEST_START } from './test-workspaces';
import { appErrorOf } from './test-rejection';
import { isFileTooLarge } from './attachment-repository';

const MISSING_ID = '01JH0000000000000000000000';
const openWorkspace = testWorkspaces();

/** A business card photo's worth of recognisable bytes. */
function cardBytes(length = 4096): ArrayBuffer {
  const bytes = new Uint8Array(length);
  for (let i = 0; i < length; i += 1) bytes[i] = (i * 31) % 256;
  return bytes.buffer;
}

async function withContact(now?: () => number) {
  const workspace = openWorkspace(now);
  const delbe = await workspace.contacts.create({ ...emptyContactInput(), nameOriginal: 'Juliette Delbe' });
  return { ...workspace, delbe };
}

describe('attachment repository', () => {
  it('stores metadata and bytes, and the bytes come back unchanged', async () => {
    const { attachments, delbe } = await withContact();
    const bytes = cardBytes();
    const card = await attachments.create({ ownerType: 'contact', ownerId: delbe.id, fileName: 'delbe-card.jpg', mimeType: 'image/jpeg', bytes });

    expect(card).toMatchObject({ ownerType: 'contact', ownerId: delbe.id, fileName: 'delbe-card.jpg', mimeType: 'image/jpeg', size: 4096 });
    expect(card.createdAt).toBe(TEST_START);
    const stored = await attachments.getBytes(card.id);
    expect(stored).toBeInstanceOf(ArrayBuffer);
    expect(new Uint8Array(stored)).toEqual(new Uint8Array(bytes));
  });

  it('reads a File given as the content', async () => {
    const { attachments, delbe } = await withContact();
    const file = new File([new TextEncoder().encode('%PDF-1.7 presentation')], 'hauts-de-france.pdf', { type: 'application/pdf' });
    const pdf = await attachments.create({ ownerType: 'contact', ownerId: delbe.id, fileName: file.name, mimeType: file.type, bytes: file });

    expect(pdf.size).toBe(file.size);
    expect(new TextDecoder().decode(await attachments.getBytes(pdf.id))).toBe('%PDF-1.7 presentation');
  });

  it('rejects a file over the cap before reading or writing anything, naming the file, its size and the limit', async () => {
    const { attachments, db, delbe } = await withContact();
    let read = false;
    const video = new (class extends Blob {
      override arrayBuffer(): Promise<ArrayBuffer> {
        read = true;
        return super.arrayBuffer();
      }
    })([new Uint8Array(MAX_ATTACHMENT_BYTES + 1)]);

    const error = await appErrorOf(
      attachments.create({ ownerType: 'contact', ownerId: delbe.id, fileName: 'forum.mp4', mimeType: 'video/mp4', bytes: video }),
    );

    expect(error.code).toBe('validation');
    expect(isFileTooLarge(error)).toBe(true);
    expect(error.details).toMatchObject({ fileName: 'forum.mp4', size: MAX_ATTACHMENT_BYTES + 1, limit: MAX_ATTACHMENT_BYTES });
    expect(error.details?.issues).toEqual([{ path: 'size', code: 'fileTooLarge' }]);
    expect(read).toBe(false);
    expect(await db.attachments.count()).toBe(0);
    expect(await db.attachmentBytes.count()).toBe(0);
  });

  it('accepts a file of exactly the cap', async () => {
    const { attachments, delbe } = await withContact();
    const atCap = await attachments.create({
      ownerType: 'contact',
      ownerId: delbe.id,
      fileName: 'scan.tiff',
      mimeType: 'image/tiff',
      bytes: new ArrayBuffer(MAX_ATTACHMENT_BYTES),
    });
    expect(atCap.size).toBe(MAX_ATTACHMENT_BYTES);
  });

  it('refuses an owner that does not exist and a blank file name', async () => {
    const { attachments, db } = await withContact();
    const noOwner = await appErrorOf(
      attachments.create({ ownerType: 'meeting', ownerId: MISSING_ID, fileName: 'agenda.pdf', mimeType: 'application/pdf', bytes: cardBytes(10) }),
    );
    expect(noOwner.details?.issues).toEqual([{ path: 'ownerId', code: 'unknownMeeting' }]);
    expect(isFileTooLarge(noOwner)).toBe(false);

    const noName = await appErrorOf(
      attachments.create({ ownerType: 'meeting', ownerId: MISSING_ID, fileName: '  ', mimeType: '', bytes: cardBytes(10) }),
    );
    expect(noName.details?.issues).toEqual([{ path: 'fileName', code: 'required' }]);
    expect(await db.attachmentBytes.count()).toBe(0);
  });

  it("lists an owner's live files, newest first", async () => {
    let clock = TEST_START;
    const { attachments, contacts, delbe } = await withContact(() => clock);
    const ambassador = await contacts.create({ ...emptyContactInput(), nameOriginal: 'Belgian ambassador' });
    const add = (ownerId: string, fileName: string) =>
      attachments.create({ ownerType: 'contact', ownerId, fileName, mimeType: 'application/pdf', bytes: cardBytes(16) });

    await add(delbe.id, 'first.pdf');
    clock += 1000;
    const second = await add(delbe.id, 'second.pdf');
    // Same millisecond: creation order still decides.
    await add(delbe.id, 'third.pdf');
    await add(ambassador.id, 'other-owner.pdf');

    expect((await attachments.listByOwner(delbe.id)).map((a) => a.fileName)).toEqual(['third.pdf', 'second.pdf', 'first.pdf']);

    await attachments.moveToTrash([second.id]);
    expect((await attachments.listByOwner(delbe.id)).map((a) => a.fileName)).toEqual(['third.pdf', 'first.pdf']);
    expect((await attachments.listTrashed()).map((a) => a.fileName)).toEqual(['second.pdf']);

    await attachments.restore([second.id]);
    expect((await attachments.listByOwner(delbe.id)).map((a) => a.fileName)).toEqual(['third.pdf', 'second.pdf', 'first.pdf']);
  });

  it('keeps the bytes of a file in the Trash and deletes both rows on purge', async () => {
    const { attachments, db, delbe } = await withContact();
    const card = await attachments.create({ ownerType: 'contact', ownerId: delbe.id, fileName: 'card.png', mimeType: 'image/png', bytes: cardBytes(64) });
    const kept = await attachments.create({ ownerType: 'contact', ownerId: delbe.id, fileName: 'kept.png', mimeType: 'image/png', bytes: cardBytes(8) });

    await attachments.moveToTrash([card.id]);
    expect((await attachments.getBytes(card.id)).byteLength).toBe(64);

    await attachments.purge([card.id]);
    expect(await db.attachments.get(card.id)).toBeUndefined();
    expect(await db.attachmentBytes.get(card.id)).toBeUndefined();
    expect((await appErrorOf(attachments.getBytes(card.id))).code).toBe('notFound');
    expect((await attachments.getBytes(kept.id)).byteLength).toBe(8);
  });
});
