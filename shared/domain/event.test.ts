import { describe, expect, it } from 'vitest';
import { emptyEventInput, eventInputSchema, toEventInput, type EventInput } from './event';

function issuesOf(input: unknown) {
  const result = eventInputSchema.safeParse(input);
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}:${i.message}`);
}

const rebuild: EventInput = {
  ...emptyEventInput(),
  name: { uk: 'ReBuild Ukraine', ru: 'ReBuild Ukraine', en: 'ReBuild Ukraine' },
  kind: 'forum',
  city: { uk: 'Варшава', ru: 'Варшава', en: 'Warsaw' },
  country: 'pl',
  venue: 'Ptak Warsaw Expo',
  startDate: '2026-11-17',
  endDate: '2026-11-18',
  timeZone: 'Europe/Warsaw',
};

describe('eventInputSchema', () => {
  it('accepts a forum and normalizes its country', () => {
    expect(issuesOf(rebuild)).toEqual([]);
    expect(eventInputSchema.parse(rebuild).country).toBe('PL');
  });

  it('accepts a one-day event', () => {
    expect(issuesOf({ ...rebuild, endDate: rebuild.startDate })).toEqual([]);
  });

  it('requires a name in some language', () => {
    expect(issuesOf({ ...rebuild, name: { uk: ' ', ru: '', en: '' } })).toEqual(['name.uk:nameRequired']);
  });

  it('rejects an end date before the start date', () => {
    expect(issuesOf({ ...rebuild, startDate: '2026-11-18', endDate: '2026-11-17' })).toEqual(['endDate:endBeforeStart']);
  });

  it('reports each bad field with a translatable code', () => {
    const issues = issuesOf({
      ...rebuild,
      kind: 'party',
      startDate: '2026-02-30',
      endDate: '18.11.2026',
      timeZone: 'Europe/Warsav',
      delegation: ['01JH00000000000000000000AA', '01JH00000000000000000000AA'],
    });
    expect(issues).toEqual(
      expect.arrayContaining(['kind:kind', 'startDate:date', 'endDate:date', 'timeZone:timeZone', 'delegation:duplicate']),
    );
  });

  it('requires a time zone', () => {
    expect(issuesOf({ ...rebuild, timeZone: '' })).toEqual(['timeZone:required']);
  });

  it('the empty input fails only on what a user must fill in', () => {
    expect(issuesOf(emptyEventInput()).sort()).toEqual(['endDate:date', 'name.uk:nameRequired', 'startDate:date', 'timeZone:required']);
  });
});

describe('toEventInput', () => {
  it('keeps the editable fields only, as copies', () => {
    const stored = { ...rebuild, delegation: ['01JH00000000000000000000AA'], id: 'x', createdAt: 1, updatedAt: 2, deletedAt: null, sortKey: rebuild.name };
    const input = toEventInput(stored);
    expect(input).toEqual({ ...rebuild, delegation: ['01JH00000000000000000000AA'] });
    input.delegation.push('01JH00000000000000000000BB');
    expect(stored.delegation).toHaveLength(1);
  });
});
