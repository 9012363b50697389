import { describe, expect, it } from 'vitest';
import type { UiLanguage } from '../domain/lang';
import type { Meeting } from '../domain/meeting';
import { SAMPLE } from './export-test-records';
import { PRESS_PHRASES } from './press-phrases';
import { buildPressPost, fillTemplate, type PressRecords } from './press-post';

const WARSAW = SAMPLE.meeting('rebuild-delbe');
const records = (meeting: Meeting): PressRecords => ({
  event: SAMPLE.events.find((e) => e.id === meeting.eventId) ?? null,
  contacts: SAMPLE.contacts,
  organizations: SAMPLE.organizations,
  topics: SAMPLE.topics,
});
const post = (meeting: Meeting, lang: UiLanguage) => buildPressPost(meeting, records(meeting), lang, PRESS_PHRASES[lang]);

/**
 * What is left of a post once every recorded fact and every template fragment is taken out:
 * only punctuation, spaces and the list words Intl puts between items. Anything else would be
 * text the post made up.
 */
function invented(text: string, meeting: Meeting, lang: UiLanguage): string {
  const contacts = [...meeting.ourParticipantIds, ...meeting.theirParticipantIds].map((id) => SAMPLE.contacts.get(id)!);
  const orgs = contacts.map((c) => SAMPLE.organizations.get(c.organizationId!)!);
  const event = SAMPLE.events.find((e) => e.id === meeting.eventId);
  const topics = meeting.topics.map((id) => SAMPLE.topics.find((t) => t.id === id)!.label[lang]);
  const facts = [
    meeting.title[lang],
    meeting.outcomes,
    meeting.place.venue,
    ...contacts.flatMap((c) => [`${c.givenName[lang]} ${c.familyName[lang]}`, c.position[lang]]),
    ...orgs.map((o) => o.name[lang]),
    ...(event ? [event.name[lang], event.city[lang]] : []),
    ...topics,
    ...topics.map((t) => t.charAt(0).toLocaleLowerCase() + t.slice(1)),
  ];
  const fragments = Object.values(PRESS_PHRASES[lang]).flatMap((template) => template.split(/\{\w+\}/));
  const date = new Intl.DateTimeFormat({ uk: 'uk-UA', ru: 'ru-RU', en: 'en-GB' }[lang], { dateStyle: 'long', timeZone: 'UTC' }).format(Date.parse(`${meeting.date}T00:00:00Z`));
  let rest = text;
  for (const piece of [...facts, ...fragments, date].filter((p) => p.trim().length > 1).sort((a, b) => b.length - a.length)) rest = rest.split(piece).join(' ');
  return rest.replace(/(^|\s)(і|та|и|and)(?=\s|$)/g, ' ').replace(/[\s.,;:()«»“”—–-]+/g, '');
}

describe('buildPressPost: the Warsaw meeting of Artem Lysohor with Juliette Delbe', () => {
  it('in Ukrainian', () => {
    expect(post(WARSAW, 'uk')).toBe(
      'Переговори з регіоном О-де-Франс: кібербезпека і зелена енергетика\n\n' +
        'Варшава, 15 листопада 2023 р. ' +
        'Артем Лисогор (Голова Луганської обласної державної адміністрації – начальник обласної військової адміністрації, Луганська обласна військова адміністрація) ' +
        'та Жюльєт Дельб (Керівниця департаменту міжнародних зв’язків, Регіон О-де-Франс) провели зустріч. ' +
        'Зустріч відбулася в рамках заходу «Виставка-конференція ReBuild Ukraine». ' +
        'Теми обговорення: кібербезпека, зелена енергетика, інвестиції і відбудова.\n\n' +
        `Результат: ${WARSAW.outcomes}`,
    );
  });

  it('in Russian', () => {
    const text = post(WARSAW, 'ru');
    expect(text.startsWith('Переговоры с регионом О-де-Франс: кибербезопасность и «зелёная» энергетика\n\nВаршава, 15 ноября 2023 г. Артем Лысогор (')).toBe(true);
    expect(text).toContain('и Жюльет Дельб (Руководитель департамента международных связей, Регион О-де-Франс) провели встречу.');
    expect(text).toContain('Встреча состоялась в рамках мероприятия «Выставка-конференция ReBuild Ukraine».');
    expect(text).toContain('Темы обсуждения: кибербезопасность, зелёная энергетика, инвестиции и восстановление.');
    expect(text.endsWith(`Итог: ${WARSAW.outcomes}`)).toBe(true);
  });

  it('in English', () => {
    expect(post(WARSAW, 'en')).toBe(
      'Talks with Hauts-de-France: cybersecurity and green energy\n\n' +
        'Warsaw, 15 November 2023. ' +
        'Artem Lysohor (Head of the Luhansk Regional State Administration – Head of the Regional Military Administration, Luhansk Regional Military Administration) ' +
        'met Juliette Delbe (Head of International Relations, Hauts-de-France Region). ' +
        'The meeting took place at the event “ReBuild Ukraine exhibition and conference”. ' +
        'Topics discussed: cybersecurity, green energy, investment and reconstruction.\n\n' +
        `Outcome: ${WARSAW.outcomes}`,
    );
  });

  it.each(['uk', 'ru', 'en'] as const)('says nothing in %s that is not a recorded fact or a template', (lang) => {
    for (const key of ['rebuild-delbe', 'rebuild-hereliuk', 'kharkiv-lenaerts', 'paris-associations-conference', 'kalush-zaporizhzhia-memorandum']) {
      const meeting = SAMPLE.meeting(key);
      expect(invented(post(meeting, lang), meeting, lang), key).toBe('');
    }
    // The check itself notices a made-up sentence.
    expect(invented(`${post(WARSAW, lang)} The parties agreed on everything.`, WARSAW, lang)).toBe('Thepartiesagreedoneverything');
  });
});

describe('buildPressPost: what is not recorded is not said', () => {
  it('leaves out the event, topics and outcome when there are none, and the place without an event', () => {
    const bare: Meeting = { ...WARSAW, eventId: null, timeZone: 'Europe/Warsaw', topics: [], outcomes: '' };
    expect(post(bare, 'en')).toBe(
      'Talks with Hauts-de-France: cybersecurity and green energy\n\n15 November 2023. ' +
        'Artem Lysohor (Head of the Luhansk Regional State Administration – Head of the Regional Military Administration, Luhansk Regional Military Administration) ' +
        'met Juliette Delbe (Head of International Relations, Hauts-de-France Region).',
    );
  });

  it('lists the participants when only one side is recorded, and names the venue', () => {
    const text = post(SAMPLE.meeting('kharkiv-lenaerts'), 'uk');
    expect(text).toContain('Місце: Харьковский городской совет.');
    const oneSide = post(SAMPLE.meeting('paris-associations-conference'), 'en');
    expect(oneSide).toContain('Participants: Vadym Omelchenko (Ambassador Extraordinary and Plenipotentiary of Ukraine to France, Embassy of Ukraine in France).');
  });

  it('writes a planned meeting in the future, and a cancelled or postponed one as such, without outcomes', () => {
    expect(post({ ...WARSAW, status: 'planned' }, 'uk')).toContain('та Жюльєт Дельб (Керівниця департаменту міжнародних зв’язків, Регіон О-де-Франс) проведуть зустріч.');
    expect(post({ ...WARSAW, status: 'planned' }, 'en')).toContain('will meet Juliette Delbe');
    expect(post({ ...WARSAW, status: 'planned' }, 'en')).not.toContain('Outcome');
    const cancelled = post({ ...WARSAW, status: 'cancelled' }, 'ru');
    expect(cancelled).toContain('Встреча «Переговоры с регионом О-де-Франс: кибербезопасность и «зелёная» энергетика» отменена.');
    expect(cancelled).toContain('Участники встречи: Артем Лысогор');
    expect(cancelled).not.toContain('провели');
    expect(post({ ...WARSAW, status: 'postponed' }, 'en')).toContain('has been postponed');
  });

  it('keeps acronyms in capitals inside a sentence, and lowers other topic labels', () => {
    expect(post(SAMPLE.meeting('kharkiv-lenaerts'), 'uk')).toContain('Теми обговорення: ІТ, виробництво і інвестиції.');
  });
});

describe('fillTemplate', () => {
  it('drops the template’s full stop after a value that ends with one', () => {
    expect(fillTemplate('{place}, {date}.', { place: 'Київ', date: '7 квітня 2021 р.' })).toBe('Київ, 7 квітня 2021 р.');
    expect(fillTemplate('{date}.', { date: '7 April 2021' })).toBe('7 April 2021.');
    expect(fillTemplate('Outcome: {outcomes}', { outcomes: 'Signed.' })).toBe('Outcome: Signed.');
  });
});
