import { describe, expect, it } from 'vitest';
import { emptyContactInput, type Contact } from '#shared/domain/contact';
import { emptyEventInput, type EventRecord } from '#shared/domain/event';
import { emptyMeetingInput, type Meeting, type MeetingInput } from '#shared/domain/meeting';
import { emptyOrganizationInput, type Organization } from '#shared/domain/organization';
import { SEEDED_TOPICS } from '#shared/domain/topics';
import { createQuickFilter } from '#shared/search/quick-filter';
import type { UiLanguage } from '#shared/domain/lang';
import { meetingSearchText, toMeetingRow, type MeetingRowContext } from './meeting-rows';

const meta = (id: string) => ({ id, createdAt: 0, updatedAt: 0, deletedAt: null });
const sortKey = { uk: '', ru: '', en: '' };

const region: Organization = {
  ...meta('org-hdf'),
  ...emptyOrganizationInput(),
  name: { uk: 'Регіон О-де-Франс', ru: 'Регион О-де-Франс', en: 'Hauts-de-France Region' },
  country: 'FR',
  sortKey,
};
const agency: Organization = { ...meta('org-bfu'), ...emptyOrganizationInput(), name: { uk: '', ru: '', en: 'Business France Ukraine' }, country: 'FR', sortKey };
const delbe: Contact = { ...meta('c-delbe'), ...emptyContactInput(), nameOriginal: 'Juliette Delbe', organizationId: region.id, sortKey };
const rebuild: EventRecord = { ...meta('ev-rebuild'), ...emptyEventInput(), name: { uk: 'ReBuild Ukraine', ru: '', en: 'ReBuild Ukraine' }, sortKey };

const meeting = (input: Partial<MeetingInput>): Meeting => ({
  ...meta('m-1'),
  ...emptyMeetingInput(),
  title: { uk: 'Переговори з О-де-Франс', ru: '', en: '' },
  eventId: rebuild.id,
  date: '2026-11-17',
  startTime: '10:00',
  endTime: '10:45',
  ...input,
});

const context = (language: UiLanguage): MeetingRowContext => ({
  language,
  events: new Map([[rebuild.id, rebuild]]),
  contacts: new Map([[delbe.id, delbe]]),
  organizations: new Map([[region.id, region], [agency.id, agency]]),
  topics: new Map(SEEDED_TOPICS.map((topic) => [topic.id, topic])),
  statusLabel: (status) => `status:${status}`,
  untitled: 'Untitled',
});

describe('toMeetingRow', () => {
  const held = meeting({ theirParticipantIds: [delbe.id], organizationIds: [region.id, agency.id], topics: ['cybersecurity', 'green-energy'], status: 'held' });

  it('shows the meeting in the UI language, names falling back across languages', () => {
    const row = toMeetingRow(held, context('en'));
    expect(row).toMatchObject({
      date: '17/11/2026',
      scheduleKey: '2026-11-17 10:00',
      time: '10:00–10:45',
      // No English title: the Ukrainian one stands in.
      title: 'Переговори з О-де-Франс',
      event: 'ReBuild Ukraine',
      people: 'Juliette Delbe',
      organizations: 'Hauts-de-France Region, Business France Ukraine',
      country: 'France',
      topics: 'Cybersecurity, Green energy',
      status: 'held',
      statusLabel: 'status:held',
    });
    expect(toMeetingRow(held, context('uk'))).toMatchObject({ date: '17.11.2026', country: 'Франція', topics: 'Кібербезпека, Зелена енергетика' });
  });

  it('leaves out what is gone and names an untitled meeting', () => {
    const row = toMeetingRow(meeting({ title: { uk: '', ru: '', en: '' }, eventId: null, theirParticipantIds: ['c-purged'], organizationIds: ['o-purged'] }), context('uk'));
    expect(row).toMatchObject({ title: 'Untitled', event: '', people: '', organizations: '', country: '' });
  });
});

describe('meetingSearchText', () => {
  it('finds a meeting by a partner’s name in another script and by a title in another language', () => {
    const row = toMeetingRow(meeting({ theirParticipantIds: [delbe.id], title: { uk: 'Кібербезпека', ru: '', en: 'Cybersecurity talks' } }), context('uk'));
    const text = meetingSearchText(row);
    expect(createQuickFilter('Делбе')!(text)).toBe(true);
    expect(createQuickFilter('cybersecurity talks')!(text)).toBe(true);
    expect(createQuickFilter('Lenaerts')!(text)).toBe(false);
  });
});
