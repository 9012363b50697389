import type { MeetingInput } from '../domain/meeting';
import { loc, type SampleStory } from './sample-stories';

/**
 * The meetings of the seed stories, all held. Titles are in uk, ru and en; agenda, notes and
 * outcomes in the language of the story (sample-stories.ts), and only what the story says.
 *
 * Dates the stories give are kept; times are never given, so every start and end time is our
 * choice, in the zone of the place: Warsaw for ReBuild Ukraine, Kyiv for Kharkiv and Kalush,
 * Brussels for the European Committee of the Regions, Paris for the platform launch.
 *
 * - 000 (ReBuild Ukraine, Warsaw): 15 November 2023 — the day the story gives, in the year chosen
 *   for the event (sample-events.ts).
 * - 001 (the Alliance's working session): no date in the story; 19 February 2025 is our choice.
 *   Held apart from any event, so the meeting names its own zone (Europe/Brussels).
 * - 002 (Kharkiv city council): 7 April, as the story says, in 2021 (see the forum in
 *   sample-events.ts); at the city council, not part of an event.
 * - 003 (Paris): the conference at the platform launch, on the event's day.
 * - 004 (Kalush–Zaporizhzhia memorandum): no date or place in the story; 12 April 2023 is our
 *   choice. Recorded from Kalush's side (see sample-workspace.ts), in Ukrainian.
 */

export interface SampleMeeting {
  key: string;
  story: SampleStory;
  /** An event of sample-events.ts, or null for a meeting held on its own. */
  eventKey: string | null;
  /** Contacts (sample-workspace.ts) on our side and on theirs, and the organizations they represent. */
  ourKeys: readonly string[];
  theirKeys: readonly string[];
  organizationKeys: readonly string[];
  input: Omit<MeetingInput, 'eventId' | 'ourParticipantIds' | 'theirParticipantIds' | 'organizationIds'>;
}

const NO_PLACE = { venue: '', room: '', table: '', onlineUrl: '' };

export const SAMPLE_MEETINGS: readonly SampleMeeting[] = [
  {
    key: 'rebuild-delbe',
    story: '000',
    eventKey: 'rebuild-ukraine',
    ourKeys: ['lysohor'],
    theirKeys: ['delbe'],
    organizationKeys: ['hauts-de-france'],
    input: {
      title: loc(
        'Переговори з регіоном О-де-Франс: кібербезпека і зелена енергетика',
        'Переговоры с регионом О-де-Франс: кибербезопасность и «зелёная» энергетика',
        'Talks with Hauts-de-France: cybersecurity and green energy',
      ),
      date: '2023-11-15',
      startTime: '11:00',
      endTime: '11:45',
      timeZone: '',
      place: NO_PLACE,
      language: '',
      interpreter: '',
      topics: ['cybersecurity', 'green-energy', 'investment', 'reconstruction'],
      agenda: 'Совместные проекты в сфере кибербезопасности и «зелёной» энергетики; инвестиционные возможности Луганской области.',
      notes:
        '<p>Предварительные переговоры о совместных проектах в сфере <strong>кибербезопасности</strong> и «зелёной» энергетики ' +
        'с Жюльет Дельб, руководителем департамента международных связей региона О-де-Франс.</p>' +
        '<ul><li>Диалог состоялся в рамках презентации инвестиционных возможностей Луганской области.</li>' +
        '<li>О-де-Франс — второй по объёму иностранных инвестиций экономический регион Франции.</li></ul>',
      outcomes:
        'Регионы Франции начинают сотрудничать непосредственно с территориальными громадами Луганской области: ' +
        'это поможет быстрее определить насущные потребности и актуальные проекты восстановления каждой территории.',
      status: 'held',
    },
  },
  {
    key: 'rebuild-hereliuk',
    story: '000',
    eventKey: 'rebuild-ukraine',
    ourKeys: ['lysohor'],
    theirKeys: ['hereliuk'],
    organizationKeys: ['business-france-ukraine'],
    input: {
      title: loc(
        'Зустріч із радницею з питань експорту «Бізнес Франс Україна»',
        'Встреча с советником по экспорту «Бизнес Франс Украина»',
        'Meeting with the export adviser of Business France Ukraine',
      ),
      date: '2023-11-15',
      startTime: '14:00',
      endTime: '14:30',
      timeZone: '',
      place: NO_PLACE,
      language: '',
      interpreter: '',
      topics: ['investment', 'reconstruction'],
      agenda: 'Поддержка и восстановление Луганщины; сотрудничество с французскими партнёрами.',
      notes:
        '<p>Делегация Луганщины встретилась с советником по экспорту «Бизнес Франс Украина» Александрой Герелюк.</p>' +
        '<blockquote><p>«Мы наблюдаем заинтересованность иностранных партнеров в поддержке и восстановлении Луганщины». — Артем Лысогор</p></blockquote>',
      outcomes: 'Установлен контакт с «Бизнес Франс Украина».',
      status: 'held',
    },
  },
  {
    key: 'alliance-working-session',
    story: '001',
    eventKey: null,
    ourKeys: ['lysohor'],
    theirKeys: ['niedorf'],
    organizationKeys: ['cor-civex', 'reconstruction-alliance'],
    input: {
      title: loc(
        'Робоче засідання Європейського альянсу міст і регіонів з питань відбудови України',
        'Рабочее заседание Европейского альянса городов и регионов по восстановлению Украины',
        'Working session of the European Alliance of Cities and Regions for the Reconstruction of Ukraine',
      ),
      date: '2025-02-19',
      startTime: '10:00',
      endTime: '12:00',
      timeZone: 'Europe/Brussels',
      place: NO_PLACE,
      language: '',
      interpreter: '',
      topics: ['reconstruction', 'infrastructure'],
      agenda: 'Повоєнна відбудова регіонів України; участь Луганщини в Альянсі як асоційованого партнера.',
      notes:
        '<p>Гудрун Нідорф (секретаріат комісії CIVEX, Європейський комітет регіонів) наголосила на критичній важливості повоєнної ' +
        'відбудови регіонів України, що найбільше постраждали внаслідок військової агресії.</p>' +
        '<blockquote><p>«Одним із пріоритетів нашої роботи є розвиток міжрегіональної та міжмуніципальної співпраці». — Артем Лисогор</p></blockquote>',
      outcomes:
        'Луганська область — асоційований партнер Альянсу: доступ до Платформи міжнародного співробітництва, фахової експертизи ' +
        'з відновлення та потенційних грантів і фінансування.',
      status: 'held',
    },
  },
  {
    key: 'kharkiv-lenaerts',
    story: '002',
    eventKey: null,
    ourKeys: ['terekhov'],
    theirKeys: ['lenaerts'],
    organizationKeys: ['embassy-belgium-ua'],
    input: {
      title: loc(
        'Зустріч із Послом Бельгії: ІТ і виробництво велосипедів',
        'Встреча с Послом Бельгии: IT и производство велосипедов',
        'Meeting with the Ambassador of Belgium: IT and bicycle manufacturing',
      ),
      date: '2021-04-07',
      startTime: '11:00',
      endTime: '12:00',
      timeZone: 'Europe/Kyiv',
      place: { ...NO_PLACE, venue: 'Харьковский городской совет' },
      language: '',
      interpreter: '',
      topics: ['it', 'manufacturing', 'investment'],
      agenda: 'Промышленный и научный потенциал Харькова; сфера IT; возобновление производства велосипедов.',
      notes:
        '<p>Игорь Терехов рассказал послу о городе, о его промышленном и научном потенциале.</p>' +
        '<ul><li>Бельгия уже инвестирует в харьковское производство пива и хотела бы расширить сферу инвестирования.</li>' +
        '<li>IT: посол изучит, насколько бельгийские предприятия готовы сотрудничать в этой сфере.</li>' +
        '<li>Велосипеды: завод закрыт, но можно найти возможность возобновить совместное производство.</li></ul>' +
        '<p>На следующий день посол посетит международный форум «Муниципальная инфраструктура: развитие и комфорт городов».</p>',
      outcomes:
        'Горсовет готов к сотрудничеству с Бельгией: новые рабочие места и современные технологии. ' +
        'Стороны изучат сотрудничество в сфере IT и возобновление производства велосипедов.',
      status: 'held',
    },
  },
  {
    key: 'paris-associations-conference',
    story: '003',
    eventKey: 'paris-platform-launch',
    ourKeys: ['omelchenko'],
    theirKeys: [],
    organizationKeys: [],
    input: {
      title: loc(
        'Конференція асоціацій: запуск цифрової платформи',
        'Конференция ассоциаций: запуск цифровой платформы',
        'Associations’ conference: launch of the digital platform',
      ),
      date: '2024-11-16',
      startTime: '14:00',
      endTime: '17:00',
      timeZone: '',
      place: NO_PLACE,
      language: '',
      interpreter: '',
      topics: ['culture', 'twinning'],
      agenda: 'Launch of the platform; interregional cooperation between France and Ukraine.',
      notes:
        '<p>The platform connects French supporters of Ukraine with local civic organizations that promote Ukrainian culture and preserve national identity.</p>' +
        '<ul><li>Events and project announcements to support Ukraine.</li>' +
        '<li>Voting and polls, e.g. nominations for the head of the Youth Council of France.</li></ul>' +
        '<blockquote><p>“Now, more than ever, we need unity, unity through communication.” — Vadym Omelchenko</p></blockquote>',
      outcomes:
        'About 80 associations and French partners attended. The conference also promoted interregional cooperation: ' +
        'joint economic initiatives and twinning partnerships between regions of France and Ukraine.',
      status: 'held',
    },
  },
  {
    key: 'kalush-zaporizhzhia-memorandum',
    story: '004',
    eventKey: null,
    ourKeys: ['naida'],
    theirKeys: ['kurtiev'],
    organizationKeys: ['zaporizhzhia-city-council'],
    input: {
      title: loc(
        'Підписання меморандуму про співпрацю Калуша і Запоріжжя',
        'Подписание меморандума о сотрудничестве Калуша и Запорожья',
        'Signing of the Kalush–Zaporizhzhia cooperation memorandum',
      ),
      date: '2023-04-12',
      startTime: '12:00',
      endTime: '13:00',
      timeZone: 'Europe/Kyiv',
      place: NO_PLACE,
      language: 'uk',
      interpreter: '',
      topics: ['energy-efficiency', 'sme', 'twinning'],
      agenda: 'Меморандум про співпрацю між Калуською та Запорізькою громадами.',
      notes:
        '<p>Меморандум передбачає:</p>' +
        '<ul><li>спільні проєкти та програми з енергоефективності;</li>' +
        '<li>розвиток малого та середнього бізнесу;</li>' +
        '<li>обмін досвідом, залучення громадських організацій, наукових інституцій, представників промисловості, експертів;</li>' +
        '<li>нові бізнес-проєкти та нові робочі місця.</li></ul>' +
        '<blockquote><p>«Калуш, як і Запоріжжя, є потужним промисловим центром у своєму регіоні». — Анатолій Куртєв</p></blockquote>',
      outcomes: 'Меморандум підписано. Громади планують посилити партнерські відносини та зробити Запоріжжя і Калуш містами-побратимами.',
      status: 'held',
    },
  },
];
