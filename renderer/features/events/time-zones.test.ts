import { describe, expect, it } from 'vitest';
import { preferredZoneName, zoneOffsetLabel, zoneOptions } from './time-zones';

const WINTER = Date.UTC(2026, 0, 15);
const SUMMER = Date.UTC(2026, 6, 15);

describe('time zone options', () => {
  it('spells the Ukrainian capital Kyiv and leaves other zones alone', () => {
    expect(preferredZoneName('Europe/Kiev')).toBe('Europe/Kyiv');
    expect(preferredZoneName('Europe/Warsaw')).toBe('Europe/Warsaw');
  });

  it('labels zones with the offset in force at the time', () => {
    expect(zoneOffsetLabel('Europe/Warsaw', WINTER)).toBe('GMT+1');
    expect(zoneOffsetLabel('Europe/Warsaw', SUMMER)).toBe('GMT+2');
    expect(zoneOffsetLabel('Asia/Kolkata', WINTER)).toBe('GMT+5:30');
  });

  it('lists each zone once, sorted, with Kyiv, UTC and any stored zone', () => {
    const options = zoneOptions(['Europe/Kiev', 'America/Argentina/Buenos_Aires', 'not a zone'], WINTER);
    const values = options.map((option) => option.value);
    expect(values).toContain('Europe/Kyiv');
    expect(values).toContain('Europe/Kiev');
    expect(values).toContain('UTC');
    expect(values).not.toContain('not a zone');
    expect(new Set(values).size).toBe(values.length);
    expect(values).toEqual([...values].sort());
    expect(options.find((option) => option.value === 'Europe/Kyiv')?.label).toBe('Europe/Kyiv · GMT+2');
    expect(options.find((option) => option.value === 'America/Argentina/Buenos_Aires')?.label).toBe('America/Argentina/Buenos Aires · GMT-3');
  });
});
