import { eventInputSchema, type EventDerived, type EventInput, type EventRecord } from '#shared/domain/event';
import { localizedFrom } from '#shared/domain/display-name';
import { pickLocalized } from '#shared/domain/lang';
import { collationKey } from '#shared/text/collation-key';
import type { DeskDatabase } from './db';
import { createRecordRepository } from './record-repository';
import { assertReferencesExist, heldBefore } from './reference-checks';

export function deriveEvent(input: EventInput): EventDerived {
  return { sortKey: localizedFrom((lang) => collationKey(pickLocalized(input.name, lang))) };
}

export function createEventRepository(db: DeskDatabase, now?: () => number) {
  const base = createRecordRepository({ table: db.events, schema: eventInputSchema, derive: deriveEvent, now });

  /** The delegation lists contacts that exist (in the Trash or not). */
  async function checkReferences(input: unknown, existing?: EventRecord): Promise<void> {
    const parsed = eventInputSchema.safeParse(input);
    // Malformed input gets its field issues from the base repository's parse.
    if (!parsed.success) return;
    await assertReferencesExist([
      { path: 'delegation', ids: parsed.data.delegation, table: db.contacts, code: 'unknownContact', accepted: heldBefore(existing?.delegation) },
    ]);
  }

  return {
    ...base,
    async create(input: unknown) {
      await checkReferences(input);
      return base.create(input);
    },
    async update(id: string, input: unknown) {
      await checkReferences(input, await base.get(id));
      return base.update(id, input);
    },
  };
}

export type EventRepository = ReturnType<typeof createEventRepository>;
