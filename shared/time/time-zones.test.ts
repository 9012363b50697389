import { describe, expect, it } from 'vitest';
import { preferredZoneName, zoneChoices, zoneOffsetLabel } from './time-zones';

const WINTER = Date.UTC(2026, 0, 15);
const SUMMER = Date.UTC(2026, 6, 15);

describe('preferredZoneName', () => {
  it('spells the Ukrainian capital Kyiv and leaves other zones alone', () => {
    expect(preferredZoneName('Europe/Kiev')).toBe('Europe/Kyiv');
    expect(preferredZoneName('Europe/Kyiv')).toBe('Europe/Kyiv');
    expect(preferredZoneName('Europe/Warsaw')).toBe('Europe/Warsaw');
  });
});

describe('zoneOffsetLabel', () => {
  it('gives the offset in force at the time', () => {
    expect(zoneOffsetLabel('Europe/Warsaw', WINTER)).toBe('GMT+1');
    expect(zoneOffsetLabel('Europe/Warsaw', SUMMER)).toBe('GMT+2');
    expect(zoneOffsetLabel('Asia/Kolkata', WINTER)).toBe('GMT+5:30');
  });

  it('gives nothing for a name that is no zone or a time that is no time', () => {
    expect(zoneOffsetLabel('Mars/Olympus_Mons', WINTER)).toBe('');
    expect(zoneOffsetLabel('Europe/Warsaw', NaN)).toBe('');
  });
});

describe('zoneChoices', () => {
  const choices = zoneChoices(['Europe/Kiev', 'America/Argentina/Buenos_Aires', 'not a zone', ''], 'en', WINTER);
  const zones = choices.map((choice) => choice.zone);
  const choice = (zone: string) => choices.find((c) => c.zone === zone);

  it('lists each zone once, sorted, with Kyiv, UTC and the zones asked for', () => {
    expect(zones).toContain('Europe/Kyiv');
    expect(zones).toContain('Europe/Kiev');
    expect(zones).toContain('UTC');
    expect(zones).toContain('America/Argentina/Buenos_Aires');
    expect(zones).not.toContain('not a zone');
    expect(zones).not.toContain('');
    expect(new Set(zones).size).toBe(zones.length);
    expect(zones).toEqual([...zones].sort());
  });

  it('names each zone in the reader’s language, with the offset at the time asked', () => {
    expect(choice('Europe/Warsaw')).toEqual({ zone: 'Europe/Warsaw', name: 'Poland', offset: 'GMT+1' });
    expect(choice('Europe/Kyiv')).toEqual({ zone: 'Europe/Kyiv', name: 'Ukraine', offset: 'GMT+2' });
    expect(choice('America/Argentina/Buenos_Aires')?.offset).toBe('GMT-3');
    expect(zoneChoices([], 'uk', SUMMER).find((c) => c.zone === 'Europe/Warsaw')).toEqual({ zone: 'Europe/Warsaw', name: 'Польща', offset: 'GMT+2' });
  });
});
