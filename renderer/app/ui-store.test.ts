// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { EMPTY_MEETING_FILTER } from '#shared/domain/meeting-filter';
import { UI_STORAGE_KEY, useUiStore } from './ui-store';

const stored = () => JSON.parse(localStorage.getItem(UI_STORAGE_KEY) ?? '{}') as { state?: Record<string, unknown> };

describe('UI store: the meetings table filters', () => {
  beforeEach(() => {
    localStorage.clear();
    useUiStore.getState().clearMeetingFilter();
  });

  it('remembers the filters across a restart, and clears them all at once', async () => {
    useUiStore.getState().setMeetingFilter({ eventId: 'event-1', dateFrom: '2026-11-17' });
    useUiStore.getState().setMeetingFilter({ status: 'held' });
    expect(stored().state?.meetingFilter).toEqual({ ...EMPTY_MEETING_FILTER, eventId: 'event-1', dateFrom: '2026-11-17', status: 'held' });

    // A new window starts empty and reads the state back from storage.
    const saved = localStorage.getItem(UI_STORAGE_KEY)!;
    useUiStore.setState({ meetingFilter: EMPTY_MEETING_FILTER });
    localStorage.setItem(UI_STORAGE_KEY, saved);
    await useUiStore.persist.rehydrate();
    expect(useUiStore.getState().meetingFilter).toMatchObject({ eventId: 'event-1', dateFrom: '2026-11-17', status: 'held' });

    useUiStore.getState().clearMeetingFilter();
    expect(useUiStore.getState().meetingFilter).toEqual(EMPTY_MEETING_FILTER);
  });

  it('reads state saved before the filters existed, and filters saved with fewer fields', async () => {
    localStorage.setItem(UI_STORAGE_KEY, JSON.stringify({ state: { language: 'ru', tables: {} }, version: 1 }));
    await useUiStore.persist.rehydrate();
    expect(useUiStore.getState().language).toBe('ru');
    expect(useUiStore.getState().meetingFilter).toEqual(EMPTY_MEETING_FILTER);

    localStorage.setItem(UI_STORAGE_KEY, JSON.stringify({ state: { language: 'en', tables: {}, meetingFilter: { topic: 'it' } }, version: 1 }));
    await useUiStore.persist.rehydrate();
    expect(useUiStore.getState().meetingFilter).toEqual({ ...EMPTY_MEETING_FILTER, topic: 'it' });
  });
});
