import type { ClockSpan } from './meeting-clock';

// Agendas format hundreds of spans; a DateTimeFormat is costly to build and cheap to reuse.
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(locale: string, timeZone: string, withDate: boolean): Intl.DateTimeFormat {
  const key = `${locale}|${timeZone}|${withDate}`;
  let made = formatters.get(key);
  if (!made) {
    made = new Intl.DateTimeFormat(locale, {
      timeZone,
      hour: '2-digit',
      minute: '2-digit',
      ...(withDate ? { day: 'numeric', month: 'short' } : {}),
    });
    formatters.set(key, made);
  }
  return made;
}

/**
 * "10:00–11:00" on the span's clock, in the locale. The day is named too ("18 Nov, 00:30–01:30")
 * when the span starts on another day than `referenceDate` or runs past midnight, so a reader
 * far east of a late meeting is not told the wrong day.
 */
export function formatClockSpan(span: ClockSpan, locale: string, referenceDate: string): string {
  const withDate = span.start.date !== referenceDate || span.end.date !== span.start.date;
  const format = formatter(locale, span.timeZone, withDate);
  if (span.endInstant <= span.startInstant) return format.format(span.startInstant);
  // A same-day span is the two times around the locale's range dash: what formatRange writes, at a
  // tenth of its cost (a timeline or an agenda formats dozens before its first paint).
  const separator = withDate ? null : rangeSeparator(format);
  return separator === null ? format.formatRange(span.startInstant, span.endInstant) : format.format(span.startInstant) + separator + format.format(span.endInstant);
}

const separators = new Map<Intl.DateTimeFormat, string | null>();

/** What formatRange puts between two times of one day in this format, or null if it writes them otherwise. */
function rangeSeparator(format: Intl.DateTimeFormat): string | null {
  if (!separators.has(format)) {
    const [start, end] = [Date.UTC(2026, 0, 15, 8, 5), Date.UTC(2026, 0, 15, 9, 40)];
    const range = format.formatRange(start, end);
    const [from, to] = [format.format(start), format.format(end)];
    const fits = range.length > from.length + to.length && range.startsWith(from) && range.endsWith(to);
    separators.set(format, fits ? range.slice(from.length, range.length - to.length) : null);
  }
  return separators.get(format) ?? null;
}

const genericFormatters = new Map<string, Intl.DateTimeFormat>();
/** Names by zone, language and year: generic names do not change with the seasons, and a timeline asks for the same few again and again. */
const genericNames = new Map<string, string>();

function genericZoneName(timeZone: string, language: string, at: number): string {
  const key = `${language}|${timeZone}`;
  const nameKey = `${key}|${new Date(at).getUTCFullYear()}`;
  const known = genericNames.get(nameKey);
  if (known !== undefined) return known;
  let format = genericFormatters.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(language, { timeZone, timeZoneName: 'shortGeneric' });
    genericFormatters.set(key, format);
  }
  const name = format.formatToParts(at).find((part) => part.type === 'timeZoneName')?.value ?? '';
  genericNames.set(nameKey, name);
  return name;
}

interface Wrapper {
  prefix: string;
  suffix: string;
}

const wrappers = new Map<string, Wrapper | null>();

/**
 * CLDR writes a country's time as a pattern around the country's name ("{0} Time", "час: {0}",
 * "{0}"). Learnt from Poland, a one-zone country, so the pattern can be taken off again and the
 * place name fit into our own sentences ("10:00–11:00 (Польща)").
 */
function countryTimeWrapper(language: string): Wrapper | null {
  if (!wrappers.has(language)) {
    let wrapper: Wrapper | null = null;
    try {
      const generic = genericZoneName('Europe/Warsaw', language, Date.UTC(2026, 0, 1));
      const country = new Intl.DisplayNames([language], { type: 'region' }).of('PL') ?? '';
      const at = country ? generic.indexOf(country) : -1;
      if (at >= 0) wrapper = { prefix: generic.slice(0, at), suffix: generic.slice(at + country.length) };
    } catch {
      // No pattern to learn: names are used as Intl gives them.
    }
    wrappers.set(language, wrapper);
  }
  return wrappers.get(language) ?? null;
}

/**
 * A short readable name of a zone from Intl, in the reader's language: the country, or the city
 * where a country has several zones ("Poland", "Польща", "Нью-Йорк"), or an abbreviation English
 * readers know ("ET"). Where Intl knows only an offset ("GMT+0") the zone's own city is clearer,
 * e.g. "UTC".
 */
export function timeZoneDisplayName(timeZone: string, language: string, at: number): string {
  try {
    const name = genericZoneName(timeZone, language, at);
    if (name && !/^(GMT|UTC)([+−-]|$)/.test(name)) {
      const wrapper = countryTimeWrapper(language);
      const wrapped = wrapper && name.length > wrapper.prefix.length + wrapper.suffix.length && name.startsWith(wrapper.prefix) && name.endsWith(wrapper.suffix);
      return wrapped ? name.slice(wrapper.prefix.length, name.length - wrapper.suffix.length).trim() : name;
    }
  } catch {
    // Not a zone Intl knows: fall through to the name itself.
  }
  return timeZone.split('/').pop()?.replace(/_/g, ' ') ?? timeZone;
}
