import { useMemo } from 'react';
import type { MeetingSlot } from '#shared/time/meeting-clock';
import { meetingClock } from '#shared/time/meeting-clock';
import { isValidTimeZone } from '#shared/time/zoned-time';
import { formatClockSpan, timeZoneDisplayName } from '#shared/time/clock-format';
import { useUiStore } from '../../app/ui-store';
import { INTL_LOCALE, formatIsoDate, localTimeZone } from '../../app/format';

/** When the meeting has no date yet, its zone is named as of this day. */
const NAME_REFERENCE = Date.UTC(2026, 0, 1);

export interface ClockText {
  /** "10:00–11:00" */
  range: string;
  /** The IANA name, e.g. "Europe/Warsaw". */
  zone: string;
  /** Its readable name in the UI language, e.g. "Poland Time". */
  zoneName: string;
}

export interface MeetingTimeText {
  /** The meeting's date in the UI language. */
  date: string;
  /** On the meeting's clock; the zone is '' when the meeting has none yet, and so is its name when Intl does not know it. */
  meeting: ClockText;
  /** On the reader's clock, when it reads differently. */
  local: ClockText | null;
}

/** A meeting's times as text: on its own clock, and on the reader's when that differs. */
export function useMeetingTimeText(slot: MeetingSlot, timeZone: string): MeetingTimeText {
  const language = useUiStore((state) => state.language);
  const { date, startTime, endTime } = slot;
  return useMemo(() => {
    const locale = INTL_LOCALE[language];
    const clock = meetingClock({ date, startTime, endTime }, timeZone, localTimeZone());
    const dateText = formatIsoDate(date, language);
    // Generic zone names ("Poland") do not change with the seasons; any moment of the day will do.
    const at = clock?.meeting.startInstant ?? (/^\d{4}-\d{2}-\d{2}$/.test(date) ? Date.parse(`${date}T12:00:00Z`) : NAME_REFERENCE);
    const name = (zone: string) => (isValidTimeZone(zone) ? timeZoneDisplayName(zone, language, at) : '');
    if (!clock) {
      const range = [startTime, endTime].filter(Boolean).join('–');
      return { date: dateText, meeting: { range, zone: timeZone, zoneName: name(timeZone) }, local: null };
    }
    return {
      date: dateText,
      meeting: { range: formatClockSpan(clock.meeting, locale, date), zone: timeZone, zoneName: name(timeZone) },
      local: clock.local
        ? { range: formatClockSpan(clock.local, locale, date), zone: clock.local.timeZone, zoneName: name(clock.local.timeZone) }
        : null,
    };
  }, [date, startTime, endTime, timeZone, language]);
}
