import { isValidTimeZone } from '#shared/time/zoned-time';

/**
 * Zones ICU still lists under names IANA has since replaced. Ukraine's capital is written
 * Kyiv (IANA 2022b), whatever the browser's list says.
 */
const RENAMED: Readonly<Record<string, string>> = { 'Europe/Kiev': 'Europe/Kyiv' };

/** The name to store and show for a zone: its current IANA spelling when this runtime knows it. */
export function preferredZoneName(zone: string): string {
  const renamed = RENAMED[zone];
  return renamed && isValidTimeZone(renamed) ? renamed : zone;
}

function supportedZones(): string[] {
  try {
    return Intl.supportedValuesOf('timeZone');
  } catch {
    return [];
  }
}

/** The offset a zone has at `at`, e.g. "GMT+1", "GMT+5:30", "GMT". */
export function zoneOffsetLabel(zone: string, at: number): string {
  if (!isValidTimeZone(zone) || !Number.isFinite(at)) return '';
  const part = new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'shortOffset' })
    .formatToParts(at)
    .find((p) => p.type === 'timeZoneName');
  return part?.value ?? '';
}

export interface ZoneOption {
  value: string;
  label: string;
}

/**
 * Every zone the runtime knows, in its preferred spelling, plus `extra` (the stored value, the
 * reader's own zone) so they can always be shown; labelled "Europe/Warsaw · GMT+1" with the
 * offset in force at `at`.
 */
export function zoneOptions(extra: readonly string[], at: number): ZoneOption[] {
  const zones = new Set(['UTC', ...supportedZones().map(preferredZoneName)]);
  for (const zone of extra) if (zone && isValidTimeZone(zone)) zones.add(zone);
  return [...zones].sort().map((zone) => ({ value: zone, label: `${zone.replaceAll('_', ' ')} · ${zoneOffsetLabel(zone, at)}` }));
}
