import { describe, expect, it } from 'vitest';
import type { Contact } from '../domain/contact';
import { SAMPLE } from './export-test-records';
import { buildMeetingReport } from './meeting-report';
import { REPORT_LABELS } from './report-test-labels';
import { rebuildReport, reportInput, warsawSummary } from './report-test-input';

describe('buildMeetingReport: the Warsaw meeting of Artem Lysohor with Juliette Delbe', () => {
  it('in Ukrainian', () => {
    const doc = warsawSummary('uk');
    expect(doc).toMatchObject({ kind: 'meetingSummary', lang: 'uk', caption: 'Підсумки зустрічі', title: 'Переговори з регіоном О-де-Франс: кібербезпека і зелена енергетика' });
    expect(doc.subtitle).toBe('Виставка-конференція ReBuild Ukraine · 15 листопада 2023 р.');
    const [meeting] = doc.meetings;
    expect(meeting).toMatchObject({
      date: '15 листопада 2023 р.',
      time: '11:00–11:45 (Польща)',
      place: 'Варшава',
      event: 'Виставка-конференція ReBuild Ukraine',
      status: 'Відбулася',
      organizations: ['Регіон О-де-Франс'],
      topics: ['Кібербезпека', 'Зелена енергетика', 'Інвестиції', 'Відбудова'],
    });
    expect(meeting!.ours).toEqual([
      {
        name: 'Артем Лисогор',
        position: 'Голова Луганської обласної державної адміністрації – начальник обласної військової адміністрації',
        organization: 'Луганська обласна військова адміністрація',
      },
    ]);
    expect(meeting!.theirs).toEqual([{ name: 'Жюльєт Дельб', position: 'Керівниця департаменту міжнародних зв’язків', organization: 'Регіон О-де-Франс' }]);
    expect(meeting!.followUps).toEqual([
      {
        what: 'Подготовить для региона О-де-Франс перечень насущных потребностей и проектов восстановления территориальных громад Луганской области.',
        owner: 'Артем Лисогор',
        concerns: 'Жюльєт Дельб',
        due: '15 грудня 2023 р.',
        status: 'Відкрито',
      },
    ]);
  });

  it('in Russian', () => {
    const [meeting] = warsawSummary('ru').meetings;
    expect(meeting).toMatchObject({ title: 'Переговоры с регионом О-де-Франс: кибербезопасность и «зелёная» энергетика', date: '15 ноября 2023 г.', time: '11:00–11:45 (Польша)', place: 'Варшава' });
    expect(meeting!.ours[0]!.name).toBe('Артем Лысогор');
    expect(meeting!.theirs[0]).toEqual({ name: 'Жюльет Дельб', position: 'Руководитель департамента международных связей', organization: 'Регион О-де-Франс' });
    expect(meeting!.followUps[0]!.due).toBe('15 декабря 2023 г.');
  });

  it('in English', () => {
    const doc = warsawSummary('en');
    const [meeting] = doc.meetings;
    expect(doc.title).toBe('Talks with Hauts-de-France: cybersecurity and green energy');
    expect(meeting).toMatchObject({ date: '15 November 2023', time: '11:00–11:45 (Poland)', place: 'Warsaw', status: 'Held' });
    expect(meeting!.ours[0]).toMatchObject({ name: 'Artem Lysohor', organization: 'Luhansk Regional Military Administration' });
    expect(meeting!.theirs[0]).toMatchObject({ name: 'Juliette Delbe', organization: 'Hauts-de-France Region' });
    expect(meeting!.followUps[0]).toMatchObject({ owner: 'Artem Lysohor', concerns: 'Juliette Delbe', due: '15 December 2023', status: 'Open' });
  });

  it('keeps the notes as written, and reads them into blocks', () => {
    const [meeting] = warsawSummary('en').meetings;
    expect(meeting!.notesHtml).toBe(SAMPLE.meeting('rebuild-delbe').notes);
    expect(meeting!.notes.map((b) => b.kind)).toEqual(['paragraph', 'item', 'item']);
    expect(meeting!.agenda).toMatch(/^Совместные проекты/);
  });
});

describe('buildMeetingReport: names missing in the language', () => {
  const withoutEnglish: Contact = { ...SAMPLE.contact('hereliuk'), givenName: { uk: 'Олександра', ru: 'Александра', en: '' }, familyName: { uk: 'Герелюк', ru: 'Герелюк', en: '' } };
  const withoutUkrainian: Contact = { ...SAMPLE.contact('delbe'), givenName: { uk: '', ru: 'Жюльет', en: 'Juliette' }, familyName: { uk: '', ru: 'Дельб', en: 'Delbe' } };
  const onlyRussian: Contact = { ...SAMPLE.contact('terekhov'), givenName: { uk: '', ru: 'Игорь', en: '' }, familyName: { uk: '', ru: 'Терехов', en: '' }, nameOriginal: '' };
  const contacts = new Map(SAMPLE.contacts);
  for (const c of [withoutEnglish, withoutUkrainian, onlyRussian]) contacts.set(c.id, c);
  const meeting = { ...SAMPLE.meeting('rebuild-hereliuk'), theirParticipantIds: [withoutEnglish.id, withoutUkrainian.id, onlyRussian.id] };
  const names = (lang: 'uk' | 'ru' | 'en') => buildMeetingReport(reportInput([meeting], lang, { contacts })).meetings[0]!.theirs.map((p) => p.name);

  it('romanizes for English: Ukrainian by the national system, else Russian by ICAO', () => {
    expect(names('en')).toEqual(['Oleksandra Hereliuk', 'Juliette Delbe', 'Igor Terekhov']);
  });

  it('uses the original spelling, then the other Cyrillic one, for Ukrainian and Russian', () => {
    expect(names('uk')).toEqual(['Олександра Герелюк', 'Juliette Delbe', 'Игорь Терехов']);
    expect(names('ru')).toEqual(['Александра Герелюк', 'Жюльет Дельб', 'Игорь Терехов']);
  });

  it('romanizes an organization without an English name', () => {
    const org = { ...SAMPLE.organization('luhansk-rma'), name: { uk: 'Луганська обласна військова адміністрація', ru: '', en: '' } };
    const organizations = new Map(SAMPLE.organizations).set(org.id, org);
    const doc = buildMeetingReport(reportInput([SAMPLE.meeting('rebuild-delbe')], 'en', { organizations }));
    expect(doc.meetings[0]!.ours[0]!.organization).toBe('Luhanska oblasna viiskova administratsiia');
  });
});

describe('buildMeetingReport: a delegation report', () => {
  it('covers the ReBuild Ukraine meetings in time order under the event and its day', () => {
    const doc = rebuildReport('en');
    expect(doc).toMatchObject({ kind: 'delegationReport', caption: '', title: 'Delegation report', subtitle: 'ReBuild Ukraine exhibition and conference · 15 November 2023' });
    expect(doc.meetings.map((m) => m.time)).toEqual(['11:00–11:45 (Poland)', '14:00–14:30 (Poland)']);
  });

  it('orders meetings in different zones by when they happen, and spans their dates', () => {
    const doc = buildMeetingReport(reportInput([SAMPLE.meeting('alliance-working-session'), SAMPLE.meeting('kharkiv-lenaerts'), SAMPLE.meeting('rebuild-delbe')], 'uk', { title: 'Звіт за 2021–2025' }));
    expect(doc.title).toBe('Звіт за 2021–2025');
    expect(doc.caption).toBe('Звіт делегації');
    expect(doc.meetings.map((m) => m.isoDate)).toEqual(['2021-04-07', '2023-11-15', '2025-02-19']);
    // Intl writes the range with narrow no-break spaces.
    expect(doc.subtitle.replace(/\s/g, ' ')).toBe('7 квітня 2021 – 19 лютого 2025 рр.');
    expect(doc.meetings[0]!.place).toBe('Харьковский городской совет');
    expect(doc.meetings[0]!.time).toBe('11:00–12:00 (Україна)');
    expect(doc.meetings[2]!.followUps.map((f) => [f.status, f.due])).toEqual([
      ['Відкрито', '30 квітня 2025 р.'],
      ['Виконано', ''],
    ]);
  });

  it('leaves out what is in the Trash: meetings, people, follow-ups', () => {
    const meeting = SAMPLE.meeting('rebuild-delbe');
    const contacts = new Map(SAMPLE.contacts);
    const delbe = SAMPLE.contact('delbe');
    contacts.set(delbe.id, { ...delbe, deletedAt: 1 });
    const followUps = SAMPLE.followUps.map((f) => ({ ...f, deletedAt: 1 }));
    const doc = buildMeetingReport(reportInput([meeting, { ...SAMPLE.meeting('rebuild-hereliuk'), deletedAt: 1 }], 'en', { contacts, followUps }));
    expect(doc.meetings).toHaveLength(1);
    expect(doc.meetings[0]!.theirs).toEqual([]);
    expect(doc.meetings[0]!.followUps).toEqual([]);
  });

  it('labels come from the caller', () => {
    const labels = { ...REPORT_LABELS.en, meetingStatuses: { ...REPORT_LABELS.en.meetingStatuses, held: 'Took place' } };
    expect(buildMeetingReport(reportInput([SAMPLE.meeting('rebuild-delbe')], 'en', { labels })).meetings[0]!.status).toBe('Took place');
  });
});
