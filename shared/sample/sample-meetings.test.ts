import { describe, expect, it } from 'vitest';
import { eventInputSchema } from '../domain/event';
import { meetingInputSchema } from '../domain/meeting';
import { followUpInputSchema } from '../domain/follow-up';
import { SEEDED_TOPIC_IDS } from '../domain/topics';
import { newRecordId } from '../domain/ids';
import { htmlToPlainText } from '../search/html-text';
import { SAMPLE_CONTACTS, SAMPLE_ORGANIZATIONS } from './sample-workspace';
import { SAMPLE_EVENTS } from './sample-events';
import { SAMPLE_MEETINGS, type SampleMeeting } from './sample-meetings';
import { SAMPLE_FOLLOW_UPS } from './sample-follow-ups';
import { STORY_LANGUAGE } from './sample-stories';

function issuesOf(result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) {
  return result.success ? [] : (result.error?.issues ?? []).map((i) => `${i.path.join('.')}:${i.message}`);
}

const contactByKey = new Map(SAMPLE_CONTACTS.map((c) => [c.key, c]));
const organizationKeys = new Set(SAMPLE_ORGANIZATIONS.map((o) => o.key));
const eventByKey = new Map(SAMPLE_EVENTS.map((e) => [e.key, e]));
const meetingByKey = new Map(SAMPLE_MEETINGS.map((m) => [m.key, m]));
const ours = (key: string) => contactByKey.get(key)?.input.ourStaff === true;
const id = () => newRecordId();

function meetingTitled(en: RegExp): SampleMeeting {
  const meeting = SAMPLE_MEETINGS.find((m) => en.test(m.input.title.en));
  expect(meeting, String(en)).toBeDefined();
  return meeting!;
}

/** Letters only one of the two Cyrillic languages uses. */
const UKRAINIAN_ONLY = /[іїєґІЇЄҐ]/;
const RUSSIAN_ONLY = /[ыэъёЫЭЪЁ]/;
const CYRILLIC = /\p{Script=Cyrillic}/u;

function expectLanguage(text: string, lang: 'uk' | 'ru' | 'en', where: string): void {
  if (text.trim() === '') return;
  if (lang === 'en') return expect(CYRILLIC.test(text), where).toBe(false);
  expect(CYRILLIC.test(text), where).toBe(true);
  expect((lang === 'uk' ? RUSSIAN_ONLY : UKRAINIAN_ONLY).test(text), where).toBe(false);
}

describe('sample events', () => {
  it.each(SAMPLE_EVENTS.map((e) => [e.key, e] as const))('%s passes the schema', (_key, e) => {
    expect(issuesOf(eventInputSchema.safeParse({ ...e.input, delegation: e.delegationKeys.map(id) }))).toEqual([]);
  });

  it('send only our own people as delegations', () => {
    for (const e of SAMPLE_EVENTS) for (const key of e.delegationKeys) expect(ours(key), `${e.key} → ${key}`).toBe(true);
  });
});

describe('sample meetings', () => {
  it.each(SAMPLE_MEETINGS.map((m) => [m.key, m] as const))('%s passes the schema', (_key, m) => {
    const input = {
      ...m.input,
      eventId: m.eventKey ? id() : null,
      ourParticipantIds: m.ourKeys.map(id),
      theirParticipantIds: m.theirKeys.map(id),
      organizationIds: m.organizationKeys.map(id),
    };
    expect(issuesOf(meetingInputSchema.safeParse(input))).toEqual([]);
  });

  it('have unique keys and refer only to sample records that exist', () => {
    expect(new Set(SAMPLE_MEETINGS.map((m) => m.key)).size).toBe(SAMPLE_MEETINGS.length);
    for (const m of SAMPLE_MEETINGS) {
      if (m.eventKey) expect(eventByKey.has(m.eventKey), m.key).toBe(true);
      for (const key of [...m.ourKeys, ...m.theirKeys]) expect(contactByKey.has(key), `${m.key} → ${key}`).toBe(true);
      for (const key of m.organizationKeys) expect(organizationKeys.has(key), `${m.key} → ${key}`).toBe(true);
      for (const topic of m.input.topics) expect(SEEDED_TOPIC_IDS.has(topic), `${m.key} → ${topic}`).toBe(true);
    }
  });

  it('put our people on our side and partners on theirs', () => {
    for (const m of SAMPLE_MEETINGS) {
      expect(m.ourKeys.length, m.key).toBeGreaterThan(0);
      for (const key of m.ourKeys) expect(ours(key), `${m.key} ours → ${key}`).toBe(true);
      for (const key of m.theirKeys) expect(ours(key), `${m.key} theirs → ${key}`).toBe(false);
    }
  });

  it('fall within their event, or name their own zone when held apart', () => {
    for (const m of SAMPLE_MEETINGS) {
      const event = m.eventKey ? eventByKey.get(m.eventKey) : undefined;
      if (event) {
        expect(m.input.date >= event.input.startDate && m.input.date <= event.input.endDate, m.key).toBe(true);
        expect(event.story, m.key).toBe(m.story);
      } else {
        expect(m.input.timeZone, m.key).not.toBe('');
      }
    }
  });

  it('are all held, being past', () => {
    for (const m of SAMPLE_MEETINGS) expect(m.input.status, m.key).toBe('held');
  });

  it('keep their free text in the language of their story', () => {
    for (const m of SAMPLE_MEETINGS) {
      const lang = STORY_LANGUAGE[m.story];
      expect(m.input.notes.trim(), m.key).not.toBe('');
      expectLanguage(htmlToPlainText(m.input.notes), lang, `${m.key}.notes`);
      expectLanguage(m.input.agenda, lang, `${m.key}.agenda`);
      expectLanguage(m.input.outcomes, lang, `${m.key}.outcomes`);
    }
    for (const e of SAMPLE_EVENTS) expectLanguage(htmlToPlainText(e.input.notes), STORY_LANGUAGE[e.story], `${e.key}.notes`);
  });

  it('title every meeting and name every event in uk, ru and en', () => {
    for (const m of SAMPLE_MEETINGS) for (const lang of ['uk', 'ru', 'en'] as const) expect(m.input.title[lang].trim(), m.key).not.toBe('');
    for (const e of SAMPLE_EVENTS) for (const lang of ['uk', 'ru', 'en'] as const) expect(e.input.name[lang].trim(), e.key).not.toBe('');
  });
});

describe('the stories, as meetings', () => {
  it('Luhansk at ReBuild Ukraine in Warsaw: Juliette Delbe on cybersecurity and green energy, then Business France Ukraine', () => {
    const rebuild = eventByKey.get('rebuild-ukraine')!;
    expect(rebuild.input).toMatchObject({ city: { en: 'Warsaw' }, country: 'PL', timeZone: 'Europe/Warsaw' });
    const delbe = meetingTitled(/Hauts-de-France/);
    expect(delbe).toMatchObject({ eventKey: 'rebuild-ukraine', ourKeys: ['lysohor'], theirKeys: ['delbe'], organizationKeys: ['hauts-de-france'] });
    expect(delbe.input.topics).toEqual(expect.arrayContaining(['cybersecurity', 'green-energy']));
    const hereliuk = meetingTitled(/Business France/);
    expect(hereliuk).toMatchObject({ eventKey: 'rebuild-ukraine', theirKeys: ['hereliuk'] });
    expect(hereliuk.input.date + hereliuk.input.startTime > delbe.input.date + delbe.input.endTime).toBe(true);
  });

  it('Kharkiv: the secretary meets the Belgian ambassador on 7 April; the forum is the next day', () => {
    const meeting = meetingTitled(/Ambassador of Belgium/);
    expect(meeting).toMatchObject({ ourKeys: ['terekhov'], theirKeys: ['lenaerts'], eventKey: null });
    expect(meeting.input).toMatchObject({ date: '2021-04-07', timeZone: 'Europe/Kyiv' });
    expect(meeting.input.topics).toEqual(expect.arrayContaining(['it', 'manufacturing']));
    expect(eventByKey.get('municipal-infrastructure-forum')?.input).toMatchObject({ startDate: '2021-04-08', kind: 'forum', timeZone: 'Europe/Kyiv' });
  });

  it('Kalush and Zaporizhzhia sign a memorandum and plan to twin', () => {
    const meeting = meetingTitled(/Kalush–Zaporizhzhia/);
    expect(meeting).toMatchObject({ ourKeys: ['naida'], theirKeys: ['kurtiev'] });
    expect(meeting.input.topics).toEqual(expect.arrayContaining(['energy-efficiency', 'sme', 'twinning']));
  });

  it('Luhansk joins the reconstruction alliance, and Paris launches the associations’ platform', () => {
    expect(meetingTitled(/European Alliance/)).toMatchObject({ theirKeys: ['niedorf'], eventKey: null });
    expect(meetingTitled(/digital platform/)).toMatchObject({ eventKey: 'paris-platform-launch', ourKeys: ['omelchenko'] });
  });
});

describe('sample follow-ups', () => {
  it('pass the schema and refer to sample meetings and people', () => {
    for (const f of SAMPLE_FOLLOW_UPS) {
      const input = { ...f.input, meetingId: id(), ownerId: id(), contactId: f.contactKey ? id() : null };
      expect(issuesOf(followUpInputSchema.safeParse(input)), f.input.what).toEqual([]);
      expect(meetingByKey.has(f.meetingKey), f.input.what).toBe(true);
      if (f.contactKey) expect(contactByKey.has(f.contactKey), f.input.what).toBe(true);
    }
  });

  it('are owned by our people', () => {
    for (const f of SAMPLE_FOLLOW_UPS) expect(ours(f.ownerKey), `${f.input.what} → ${f.ownerKey}`).toBe(true);
  });

  it('fall due after their meeting when still open', () => {
    const open = SAMPLE_FOLLOW_UPS.filter((f) => f.input.status === 'open');
    expect(open.length).toBeGreaterThan(0);
    for (const f of open) expect(f.input.dueDate! > meetingByKey.get(f.meetingKey)!.input.date, f.input.what).toBe(true);
  });

  it('are written in the language of their meeting’s story', () => {
    for (const f of SAMPLE_FOLLOW_UPS) expectLanguage(f.input.what, STORY_LANGUAGE[meetingByKey.get(f.meetingKey)!.story], f.input.what);
  });
});
