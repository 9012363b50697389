/** 'HH:MM' an hour later, stopping at 23:59: a meeting ends on the day it starts. '' if not a time. */
export function addHour(time: string): string {
  const match = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(time);
  if (!match) return '';
  const minutes = Math.min(Number(match[1]) * 60 + Number(match[2]) + 60, 23 * 60 + 59);
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}
