import { useEffect, useState } from 'react';
import { isoDateAt } from '#shared/domain/follow-up-schedule';
import { localTimeZone } from '../../app/format';

const CHECK_EVERY_MS = 60_000;

/** Today's date on this computer's clock, 'YYYY-MM-DD'. */
export function localToday(): string {
  return isoDateAt(Date.now(), localTimeZone());
}

/**
 * Today's local date, re-read every minute, so midnight, or a clock moved to another zone
 * on a trip, moves what counts as overdue without a reload.
 */
export function useLocalToday(): string {
  const [today, setToday] = useState(localToday);
  useEffect(() => {
    // Setting the same string again does not re-render.
    const timer = setInterval(() => setToday(localToday()), CHECK_EVERY_MS);
    return () => clearInterval(timer);
  }, []);
  return today;
}
