import { describe, expect, it } from 'vitest';
import {
  convertWallTime,
  formatInZone,
  instantToWallTime,
  isValidTimeZone,
  resolveWallTime,
  wallTimeToInstant,
  zoneOffsetMs,
} from './zoned-time';

// Every zone is named in the call, so these hold whatever zone the machine running them is in.
const WARSAW = 'Europe/Warsaw';
const KYIV = 'Europe/Kyiv';
const NEW_YORK = 'America/New_York';
const HOUR = 3_600_000;

const at = (iso: string) => Date.parse(iso);

describe('wall time in a zone ↔ instant', () => {
  it('a meeting at 10:00 Warsaw time is 11:00 in Kyiv, in winter and in summer', () => {
    expect(convertWallTime({ date: '2026-01-20', time: '10:00' }, WARSAW, KYIV)).toEqual({ date: '2026-01-20', time: '11:00' });
    expect(convertWallTime({ date: '2026-06-10', time: '10:00' }, WARSAW, KYIV)).toEqual({ date: '2026-06-10', time: '11:00' });
    expect(wallTimeToInstant({ date: '2026-01-20', time: '10:00' }, WARSAW)).toBe(at('2026-01-20T09:00:00Z'));
    expect(wallTimeToInstant({ date: '2026-06-10', time: '10:00' }, WARSAW)).toBe(at('2026-06-10T08:00:00Z'));
  });

  it('crosses midnight into the next day when the other zone is ahead', () => {
    expect(convertWallTime({ date: '2026-05-14', time: '23:30' }, WARSAW, KYIV)).toEqual({ date: '2026-05-15', time: '00:30' });
    expect(convertWallTime({ date: '2026-05-15', time: '00:30' }, KYIV, WARSAW)).toEqual({ date: '2026-05-14', time: '23:30' });
  });

  it('follows each zone’s own daylight-saving calendar (New York changes three weeks before Europe)', () => {
    // 2026-03-10: New York already on EDT (−4), Warsaw still on CET (+1): 5 hours apart, not 6.
    expect(convertWallTime({ date: '2026-03-10', time: '10:00' }, WARSAW, NEW_YORK)).toEqual({ date: '2026-03-10', time: '05:00' });
    expect(convertWallTime({ date: '2026-04-10', time: '10:00' }, WARSAW, NEW_YORK)).toEqual({ date: '2026-04-10', time: '04:00' });
  });

  it('reads the offset at the instant', () => {
    expect(zoneOffsetMs(at('2026-01-20T12:00:00Z'), KYIV)).toBe(2 * HOUR);
    expect(zoneOffsetMs(at('2026-07-20T12:00:00Z'), KYIV)).toBe(3 * HOUR);
    expect(zoneOffsetMs(at('2026-07-20T12:00:00Z'), 'UTC')).toBe(0);
  });
});

describe('the spring-forward day, 2026-03-29 (both zones change at 01:00 UTC)', () => {
  it('keeps Warsaw and Kyiv one hour apart before and after the change', () => {
    expect(convertWallTime({ date: '2026-03-29', time: '01:30' }, WARSAW, KYIV)).toEqual({ date: '2026-03-29', time: '02:30' });
    expect(convertWallTime({ date: '2026-03-29', time: '03:00' }, WARSAW, KYIV)).toEqual({ date: '2026-03-29', time: '04:00' });
    expect(convertWallTime({ date: '2026-03-29', time: '10:00' }, WARSAW, KYIV)).toEqual({ date: '2026-03-29', time: '11:00' });
    expect(wallTimeToInstant({ date: '2026-03-29', time: '01:59' }, WARSAW)).toBe(at('2026-03-29T00:59:00Z'));
    expect(wallTimeToInstant({ date: '2026-03-29', time: '03:00' }, WARSAW)).toBe(at('2026-03-29T01:00:00Z'));
  });

  it('a time the clock skips (02:30 in Warsaw) is read with the winter offset, so it lands at 03:30', () => {
    const resolved = resolveWallTime({ date: '2026-03-29', time: '02:30' }, WARSAW);
    expect(resolved).toEqual({ instant: at('2026-03-29T01:30:00Z'), fit: 'skipped' });
    expect(instantToWallTime(resolved.instant, WARSAW)).toEqual({ date: '2026-03-29', time: '03:30' });
    expect(instantToWallTime(resolved.instant, KYIV)).toEqual({ date: '2026-03-29', time: '04:30' });
    // Kyiv skips its own hour, 03:00–04:00 local.
    expect(resolveWallTime({ date: '2026-03-29', time: '03:15' }, KYIV)).toEqual({ instant: at('2026-03-29T01:15:00Z'), fit: 'skipped' });
  });
});

describe('the fall-back day, 2026-10-25 (both zones change at 01:00 UTC)', () => {
  it('a time the clock shows twice (02:30 in Warsaw) is its first occurrence, still on summer time', () => {
    const resolved = resolveWallTime({ date: '2026-10-25', time: '02:30' }, WARSAW);
    expect(resolved).toEqual({ instant: at('2026-10-25T00:30:00Z'), fit: 'repeated' });
    expect(instantToWallTime(resolved.instant, KYIV)).toEqual({ date: '2026-10-25', time: '03:30' });
    // The second 02:30 exists as an instant, and reads back as 02:30 too.
    expect(instantToWallTime(at('2026-10-25T01:30:00Z'), WARSAW)).toEqual({ date: '2026-10-25', time: '02:30' });
  });

  it('times either side of the repeated hour are exact and one hour apart between the zones', () => {
    expect(resolveWallTime({ date: '2026-10-25', time: '01:59' }, WARSAW)).toEqual({ instant: at('2026-10-24T23:59:00Z'), fit: 'exact' });
    expect(resolveWallTime({ date: '2026-10-25', time: '03:00' }, WARSAW)).toEqual({ instant: at('2026-10-25T02:00:00Z'), fit: 'exact' });
    expect(convertWallTime({ date: '2026-10-25', time: '10:00' }, WARSAW, KYIV)).toEqual({ date: '2026-10-25', time: '11:00' });
  });
});

describe('round trips over both change days', () => {
  it.each([WARSAW, KYIV])('every quarter hour of 2026-03-28..30 and 2026-10-24..26 in %s reads back to the same instant', (zone) => {
    for (const start of [at('2026-03-28T00:00:00Z'), at('2026-10-24T00:00:00Z')]) {
      for (let instant = start; instant < start + 3 * 24 * HOUR; instant += HOUR / 4) {
        const wall = instantToWallTime(instant, zone);
        const { instant: back, fit } = resolveWallTime(wall, zone);
        // Only the second pass through a repeated hour maps to a different (the first) instant.
        if (fit === 'repeated' && back !== instant) expect(back).toBe(instant - HOUR);
        else expect(back).toBe(instant);
      }
    }
  });
});

describe('formatInZone', () => {
  it('shows the instant of a Warsaw meeting on a Kyiv clock in the reader’s language', () => {
    const instant = wallTimeToInstant({ date: '2026-03-30', time: '10:00' }, WARSAW);
    expect(formatInZone(instant, KYIV, 'uk', { hour: '2-digit', minute: '2-digit' })).toBe('11:00');
    expect(formatInZone(instant, WARSAW, 'en-GB', { hour: '2-digit', minute: '2-digit' })).toBe('10:00');
    expect(formatInZone(instant, KYIV, 'en-GB', { dateStyle: 'short' })).toBe('30/03/2026');
  });
});

describe('isValidTimeZone', () => {
  it('accepts IANA zone names and rejects anything else, including bare offsets', () => {
    for (const zone of [WARSAW, KYIV, 'Europe/Kiev', 'UTC', 'Europe/Brussels']) expect(isValidTimeZone(zone), zone).toBe(true);
    for (const zone of ['', 'Warsaw', 'Europe/Atlantis', '+02:00', 'Europe/Warsaw ', 'GMT+2 ']) expect(isValidTimeZone(zone), zone).toBe(false);
  });
});
