import { describe, expect, it } from 'vitest';
import { emptyContactInput } from '#shared/domain/contact';
import type { ImportPlan, PlannedContact } from '#shared/import/import-plan';
import type { MeetingCandidate } from '#shared/import/import-source';
import { buildPreview } from './import-preview';
import { PREVIEW_ROWS } from './import-protocol';

const name = (en: string, uk = '') => ({ uk, ru: '', en });

function planned(row: number, given: string, family: string, uk = ''): PlannedContact {
  const input = { ...emptyContactInput(), givenName: name(given), familyName: name(family, uk) };
  return { candidate: { row, contact: input, organizationName: '', photos: [] }, input };
}

const meeting = (row: number, contactRow: number | null): MeetingCandidate => ({
  row,
  title: 'B2B',
  date: '2026-06-11',
  startTime: '10:00',
  endTime: '10:30',
  place: { venue: 'EXPO XXI', room: '', table: '7', onlineUrl: '' },
  contactRow,
  organizationName: '',
});

describe('buildPreview', () => {
  it('names the person of each meeting shown, even when their row is past the people shown', () => {
    const people = Array.from({ length: PREVIEW_ROWS + 50 }, (_, n) => planned(n + 1, `Given${n + 1}`, `Family${n + 1}`));
    const plan: ImportPlan = {
      parsed: { format: 'xlsx', fileName: 'agenda.xlsx', contacts: [], meetings: [], rejected: [] },
      newContacts: people,
      duplicates: [],
      rejected: [],
      existingOrganizations: new Map(),
      newOrganizationNames: [],
      meetings: [meeting(PREVIEW_ROWS + 40, PREVIEW_ROWS + 40), meeting(3, 3), meeting(4, null)],
    };
    const preview = buildPreview(plan, { sessionId: 's', fileName: 'agenda.xlsx', format: 'xlsx', table: null, organizationsById: new Map() });
    expect(preview.newContacts).toHaveLength(PREVIEW_ROWS);
    expect(preview.meetings.map((m) => m.person?.name.en ?? null)).toEqual([`Given${PREVIEW_ROWS + 40} Family${PREVIEW_ROWS + 40}`, 'Given3 Family3', null]);
  });
});
