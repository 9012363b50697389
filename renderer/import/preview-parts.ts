import type { FromImportWorker, ImportPreview, ImportPreviewPart, ImportResponse, PreviewListName } from './import-protocol';

/**
 * A large preview crosses from the worker in slices. Reading a posted message (structured
 * clone) is one task on the page; 10 000 preview rows in one message would hold the page for
 * well over a frame, 500 at a time take a few milliseconds each.
 */

export const PREVIEW_PART_ITEMS = 500;

const LISTS: readonly PreviewListName[] = ['newContacts', 'duplicates', 'rejected', 'meetings'];

const isPreview = (value: unknown): value is ImportPreview => typeof value === 'object' && value !== null && 'newContacts' in value;

/** The messages that carry a response: slices of its preview's long lists first, then the rest. */
export function responseMessages(response: ImportResponse, itemsPerPart = PREVIEW_PART_ITEMS): FromImportWorker[] {
  if (!response.ok || !isPreview(response.value)) return [response];
  const preview = response.value;
  const total = LISTS.reduce((sum, list) => sum + preview[list].length, 0);
  if (total <= itemsPerPart) return [response];
  const parts: ImportPreviewPart[] = [];
  const slice = <L extends PreviewListName>(list: L): void => {
    const items = preview[list];
    for (let start = 0; start < items.length; start += itemsPerPart) {
      parts.push({ id: response.id, part: { list, items: items.slice(start, start + itemsPerPart) } } as ImportPreviewPart);
    }
  };
  LISTS.forEach(slice);
  const head: ImportPreview = { ...preview, newContacts: [], duplicates: [], rejected: [], meetings: [] };
  return [...parts, { id: response.id, ok: true, value: head }];
}

/** The page's side: collects slices by request id and puts them back into the response. */
export class PreviewAssembly {
  private readonly parts = new Map<number, ImportPreviewPart['part'][]>();

  /** A slice is kept and null returned; a response comes back whole. */
  receive(message: FromImportWorker): ImportResponse | null {
    if ('part' in message) {
      const kept = this.parts.get(message.id) ?? [];
      kept.push(message.part);
      this.parts.set(message.id, kept);
      return null;
    }
    const parts = this.parts.get(message.id);
    this.parts.delete(message.id);
    if (!parts || !message.ok || !isPreview(message.value)) return message;
    const preview: ImportPreview = { ...message.value };
    for (const list of LISTS) preview[list] = [] as never;
    for (const part of parts) (preview[part.list] as unknown[]).push(...part.items);
    return { ...message, value: preview };
  }

  /** Forgets slices of requests that will never complete (the worker was stopped). */
  clear(): void {
    this.parts.clear();
  }
}
