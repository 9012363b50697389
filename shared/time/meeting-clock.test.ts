import { describe, expect, it } from 'vitest';
import { meetingClock } from './meeting-clock';

const slot = (date: string, startTime: string, endTime: string) => ({ date, startTime, endTime });

describe('meetingClock', () => {
  it('shows a 10:00 Warsaw meeting at 11:00 for a reader in Kyiv', () => {
    const clock = meetingClock(slot('2026-11-17', '10:00', '11:00'), 'Europe/Warsaw', 'Europe/Kyiv');
    expect(clock?.meeting.start).toEqual({ date: '2026-11-17', time: '10:00' });
    expect(clock?.local?.start).toEqual({ date: '2026-11-17', time: '11:00' });
    expect(clock?.local?.end).toEqual({ date: '2026-11-17', time: '12:00' });
    expect(clock?.meeting.startInstant).toBe(Date.UTC(2026, 10, 17, 9, 0));
  });

  it('keeps the hour right on both sides of the autumn clock change', () => {
    // Warsaw and Kyiv both fall back in the early hours of 25 October 2026.
    const before = meetingClock(slot('2026-10-24', '10:00', '11:00'), 'Europe/Warsaw', 'Europe/Kyiv');
    const after = meetingClock(slot('2026-10-25', '10:00', '11:00'), 'Europe/Warsaw', 'Europe/Kyiv');
    expect(before?.local?.start.time).toBe('11:00');
    expect(after?.local?.start.time).toBe('11:00');
    expect(after!.meeting.startInstant - before!.meeting.startInstant).toBe(25 * 3_600_000);
  });

  it('follows zones that change their clocks on different days', () => {
    // New York moved to summer time on 8 March 2026, Europe only on 29 March: six hours apart
    // in between instead of seven.
    expect(meetingClock(slot('2026-03-02', '10:00', '11:00'), 'America/New_York', 'Europe/Kyiv')?.local?.start.time).toBe('17:00');
    expect(meetingClock(slot('2026-03-20', '10:00', '11:00'), 'America/New_York', 'Europe/Kyiv')?.local?.start.time).toBe('16:00');
    expect(meetingClock(slot('2026-04-02', '10:00', '11:00'), 'America/New_York', 'Europe/Kyiv')?.local?.start.time).toBe('17:00');
  });

  it('moves the local side to the next day when the meeting is late in the west', () => {
    const clock = meetingClock(slot('2026-11-17', '23:30', '23:59'), 'Europe/Warsaw', 'Asia/Tokyo');
    expect(clock?.local?.start).toEqual({ date: '2026-11-18', time: '07:30' });
  });

  it('has no local side when the reader’s clock reads the same, whatever the zone is called', () => {
    expect(meetingClock(slot('2026-11-17', '10:00', '11:00'), 'Europe/Warsaw', 'Europe/Warsaw')?.local).toBeNull();
    expect(meetingClock(slot('2026-11-17', '10:00', '11:00'), 'Europe/Warsaw', 'Europe/Berlin')?.local).toBeNull();
    expect(meetingClock(slot('2026-11-17', '10:00', '11:00'), 'Europe/Kyiv', 'Europe/Kiev')?.local).toBeNull();
  });

  it('has no local side for a time the zone skipped, read as the same clock', () => {
    // 02:30 does not exist in Warsaw on 29 March 2026; it is read as 03:30 there.
    const clock = meetingClock(slot('2026-03-29', '02:30', '04:00'), 'Europe/Warsaw', 'Europe/Warsaw');
    expect(clock?.local).toBeNull();
  });

  it('is null while the slot is incomplete or the zone unknown', () => {
    expect(meetingClock(slot('', '10:00', '11:00'), 'Europe/Warsaw', 'Europe/Kyiv')).toBeNull();
    expect(meetingClock(slot('2026-11-17', '10:', '11:00'), 'Europe/Warsaw', 'Europe/Kyiv')).toBeNull();
    expect(meetingClock(slot('2026-11-17', '10:00', '11:00'), '', 'Europe/Kyiv')).toBeNull();
    expect(meetingClock(slot('2026-11-17', '10:00', '11:00'), 'Mars/Olympus', 'Europe/Kyiv')).toBeNull();
  });

  it('still gives the meeting’s own clock when the reader’s zone is unknown', () => {
    const clock = meetingClock(slot('2026-11-17', '10:00', '11:00'), 'Europe/Warsaw', 'Nowhere');
    expect(clock?.meeting.start.time).toBe('10:00');
    expect(clock?.local).toBeNull();
  });
});
