import type { OutboxItem } from '#shared/outbox/outbox-item';
import { transition, type OutboxEventType } from '#shared/outbox/outbox-machine';
import { FINISHED_STATES, type OutboxListItem } from '../../data/outbox-repository';

/** What the user can do to one row of the outbox. */
export type OutboxRowAction = Extract<OutboxEventType, 'retry' | 'cancel' | 'sendUnderNewName'>;

const ROW_ACTIONS: readonly OutboxRowAction[] = ['retry', 'sendUnderNewName', 'cancel'];

const NO_BYTES = new Uint8Array(0);

/**
 * The actions the item's state accepts, asked of the outbox's own state machine (an event that
 * does not apply leaves the item as it is), so the buttons never offer what the repository
 * would ignore. None of these events depends on the clock, on chance or on the bytes, which a
 * listed item does not carry.
 */
export function rowActions(item: OutboxListItem): OutboxRowAction[] {
  const probe: OutboxItem = { ...item, bytes: NO_BYTES };
  return ROW_ACTIONS.filter((type) => transition(probe, { type }, item.createdAt, () => 0) !== probe);
}

/** Items that are finished with: what "clear delivered" takes off the list. */
export function isFinished(item: Pick<OutboxItem, 'state'>): boolean {
  return (FINISHED_STATES as readonly string[]).includes(item.state);
}
