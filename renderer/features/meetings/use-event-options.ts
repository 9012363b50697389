import { useMemo } from 'react';
import type { EventRecord } from '#shared/domain/event';
import { pickLocalized } from '#shared/domain/lang';
import { useEventRecord, useLiveEventChoices } from '../../data/meeting-queries';
import { useUiStore } from '../../app/ui-store';
import { formatIsoDateRange } from '../../app/format';

/**
 * Events to hold a meeting at, "Name · dates", with the meeting's current event kept among them
 * even if it was moved to the Trash since, so the field never looks empty while it is not.
 */
export function useEventOptions(currentId: string | null) {
  const language = useUiStore((state) => state.language);
  const events = useLiveEventChoices(language);
  const current = useEventRecord(currentId);
  return useMemo(() => {
    const byId = new Map<string, EventRecord>((events ?? []).map((event) => [event.id, event]));
    if (current && !byId.has(current.id)) byId.set(current.id, current);
    const options = [...byId.values()].map((event) => ({
      value: event.id,
      label: `${pickLocalized(event.name, language) || event.id} · ${formatIsoDateRange(event.startDate, event.endDate, language)}`,
    }));
    return { eventsById: byId, options, loaded: events !== undefined };
  }, [events, current, language]);
}
