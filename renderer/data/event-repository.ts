import { eventInputSchema, type EventDerived, type EventInput, type EventRecord } from '#shared/domain/event';
import { localizedFrom } from '#shared/domain/display-name';
import { pickLocalized } from '#shared/domain/lang';
import { collationKey } from '#shared/text/collation-key';
import type { DeskDatabase } from './db';
import { createRecordRepository } from './record-repository';
import { sanitizeHtml } from '../security/sanitize-html';
import { assertReferencesExist, heldBefore } from './reference-checks';

export function deriveEvent(input: EventInput): EventDerived {
  return { sortKey: localizedFrom((lang) => collationKey(pickLocalized(input.name, lang))) };
}

export function createEventRepository(db: DeskDatabase, now?: () => number) {
  /** The delegation lists contacts that exist (in the Trash or not). */
  async function checkReferences(event: EventInput, existing?: EventRecord): Promise<void> {
    await assertReferencesExist([
      { path: 'delegation', ids: event.delegation, table: db.contacts, code: 'unknownContact', accepted: heldBefore(existing?.delegation) },
    ]);
  }

  return createRecordRepository({ table: db.events, schema: eventInputSchema, derive: deriveEvent, now, checkReferences, clean: (input) => ({ ...input, notes: sanitizeHtml(input.notes) }) });
}

export type EventRepository = ReturnType<typeof createEventRepository>;
