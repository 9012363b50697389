// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { UI_STORAGE_KEY } from '../app/ui-store';
import { BACKED_UP_SETTINGS, readSettings, writeSettings } from './backup-settings';
import { memoryStorage } from './backup-test-support';

describe('backed-up settings', () => {
  it('carries the UI store the app persists', () => {
    expect(BACKED_UP_SETTINGS).toContain(UI_STORAGE_KEY);
  });

  it('reads only the listed keys: no drafts, nothing else on the origin', () => {
    const storage = memoryStorage({
      [UI_STORAGE_KEY]: '{"state":{"language":"en"}}',
      'delegation-desk.follow-ups.grouping': '"owner"',
      'delegation-desk.draft.meeting-1': '{}',
      'someone-else': 'x',
    });
    expect(readSettings(storage)).toEqual({ [UI_STORAGE_KEY]: '{"state":{"language":"en"}}', 'delegation-desk.follow-ups.grouping': '"owner"' });
    expect(readSettings(null)).toEqual({});
  });

  it('writes only the listed keys a file holds, ignoring any other it brings', () => {
    const storage = memoryStorage();
    writeSettings(storage, { [UI_STORAGE_KEY]: '{"state":{"language":"ru"}}', 'delegation-desk.draft.x': '{}', evil: 'x' });
    expect(storage.length).toBe(1);
    expect(storage.getItem(UI_STORAGE_KEY)).toBe('{"state":{"language":"ru"}}');
  });
});
