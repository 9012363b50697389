import { timeZoneDisplayName } from './clock-format';
import { isValidTimeZone } from './zoned-time';

/**
 * Zones ICU still lists under names IANA has since replaced. Ukraine's capital is written
 * Kyiv (IANA 2022b), whatever the runtime's list says.
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

// Labelling ~420 zones needs a formatter each; building one costs far more than using it.
const offsetFormatters = new Map<string, Intl.DateTimeFormat>();

/** The offset a zone has at `at`, e.g. "GMT+1", "GMT+5:30", "GMT": the same in every language. */
export function zoneOffsetLabel(zone: string, at: number): string {
  if (!isValidTimeZone(zone) || !Number.isFinite(at)) return '';
  let format = offsetFormatters.get(zone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'shortOffset' });
    offsetFormatters.set(zone, format);
  }
  return format.formatToParts(at).find((part) => part.type === 'timeZoneName')?.value ?? '';
}

export interface ZoneChoice {
  /** The IANA name, as stored. */
  zone: string;
  /** The country, or the city where a country has several zones, in the reader's language. */
  name: string;
  /** "GMT+1" at the moment asked about. */
  offset: string;
}

// The names change with the language only (a country's generic time has no summer form).
const zoneNames = new Map<string, Map<string, string>>();

function zoneName(zone: string, language: string): string {
  let names = zoneNames.get(language);
  if (!names) {
    names = new Map();
    zoneNames.set(language, names);
  }
  let name = names.get(zone);
  if (name === undefined) {
    // Any fixed instant will do: the generic name is the same all year.
    name = timeZoneDisplayName(zone, language, Date.UTC(2026, 0, 1));
    names.set(zone, name);
  }
  return name;
}

/**
 * Every zone the runtime knows, in its preferred spelling, plus UTC and `extra` (the stored
 * value, the reader's own zone) so they can always be shown: sorted by IANA name, each named in
 * `language` and with the offset in force at `at` (Warsaw is GMT+1 for a November forum even if
 * planned in July).
 */
export function zoneChoices(extra: readonly string[], language: string, at: number): ZoneChoice[] {
  const zones = new Set(['UTC', ...supportedZones().map(preferredZoneName)]);
  for (const zone of extra) if (zone && isValidTimeZone(zone)) zones.add(zone);
  return [...zones].sort().map((zone) => ({ zone, name: zoneName(zone, language), offset: zoneOffsetLabel(zone, at) }));
}
