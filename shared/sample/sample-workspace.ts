import type { ContactInput } from '../domain/contact';
import type { LocalizedText } from '../domain/lang';
import type { OrganizationInput } from '../domain/organization';

/**
 * The sample workspace: the people and organizations of the five seed stories in
 * `shared/seeds/` (see its README), as a delegation would keep them.
 *
 * Conventions:
 * - Only facts from the stories. No e-mails, phones or messengers are given there, so none are
 *   filled in; websites only where the organization's public site is well known.
 * - `country` is the country the organization or person represents (the Embassy of Belgium in
 *   Kyiv is `BE`, the Embassy of Ukraine in Paris is `UA`); EU bodies in Brussels are `BE`.
 *   `city` is where they sit.
 * - `languages` only where obvious (Ukrainian public officials); otherwise left empty.
 * - `notes` are in the language of the story they come from; a record seen in two stories
 *   gets one sentence from each.
 * - Tags only for events the stories name (ReBuild Ukraine; the stories give no year).
 * - `ourStaff` marks the Ukrainian side of each story, whose people attend meetings as "ours"
 *   and own follow-ups: Artem Lysohor (Luhansk region), Ihor Terekhov (Kharkiv city council),
 *   Vadym Omelchenko (Ukraine's embassy in France) and, for the Kalush–Zaporizhzhia memorandum
 *   where both sides are Ukrainian, Andrii Naida: the sample keeps Kalush's record of it.
 *
 * The events, meetings and follow-ups of the stories are in sample-events.ts, sample-meetings.ts
 * and sample-follow-ups.ts.
 *
 * Records refer to each other by `key`; whoever loads the sample assigns record ids and
 * fills `parentId` / `organizationId` from `parentKey` / `organizationKey`.
 */

export interface SampleOrganization {
  key: string;
  parentKey: string | null;
  input: Omit<OrganizationInput, 'parentId'>;
}

export interface SampleContact {
  key: string;
  organizationKey: string | null;
  input: Omit<ContactInput, 'organizationId'>;
}

const loc = (uk: string, ru: string, en: string): LocalizedText => ({ uk, ru, en });

const CITY = {
  kyiv: () => loc('Київ', 'Киев', 'Kyiv'),
  kharkiv: () => loc('Харків', 'Харьков', 'Kharkiv'),
  kalush: () => loc('Калуш', 'Калуш', 'Kalush'),
  zaporizhzhia: () => loc('Запоріжжя', 'Запорожье', 'Zaporizhzhia'),
  lille: () => loc('Лілль', 'Лилль', 'Lille'),
  paris: () => loc('Париж', 'Париж', 'Paris'),
  brussels: () => loc('Брюссель', 'Брюссель', 'Brussels'),
  unknown: () => loc('', '', ''),
} as const;

const REBUILD_UKRAINE = 'ReBuild Ukraine';

type OrgFields = Omit<OrganizationInput, 'parentId' | 'shortName' | 'website' | 'tags'> &
  Partial<Pick<OrganizationInput, 'shortName' | 'website' | 'tags'>>;

function org(key: string, parentKey: string | null, fields: OrgFields): SampleOrganization {
  return { key, parentKey, input: { shortName: '', website: '', tags: [], ...fields } };
}

type ContactFields = Pick<
  ContactInput,
  'givenName' | 'familyName' | 'nameOriginal' | 'honorific' | 'position' | 'country' | 'city' | 'notes'
> &
  Partial<Pick<ContactInput, 'languages' | 'tags' | 'ourStaff'>>;

function contact(key: string, organizationKey: string | null, fields: ContactFields): SampleContact {
  return {
    key,
    organizationKey,
    input: { languages: [], emails: [], phones: [], messengers: [], tags: [], ourStaff: false, ...fields },
  };
}

export const SAMPLE_ORGANIZATIONS: readonly SampleOrganization[] = [
  // 000 (ru) and 001 (uk)
  org('luhansk-rma', null, {
    name: loc(
      'Луганська обласна військова адміністрація',
      'Луганская областная военная администрация',
      'Luhansk Regional Military Administration',
    ),
    nameOriginal: 'Луганська обласна військова адміністрація',
    shortName: 'Луганська ОВА',
    kind: 'region',
    country: 'UA',
    city: CITY.unknown(),
    website: 'https://loga.gov.ua',
    notes:
      'Представила инвестиционные возможности Луганской области на выставке-конференции «ReBuild Ukraine» в Варшаве. ' +
      'Луганська область стала асоційованим партнером Європейського альянсу міст і регіонів з питань відбудови України.',
    tags: [REBUILD_UKRAINE],
  }),
  // 000 (ru)
  org('hauts-de-france', null, {
    name: loc('Регіон О-де-Франс', 'Регион О-де-Франс', 'Hauts-de-France Region'),
    nameOriginal: 'Région Hauts-de-France',
    kind: 'region',
    country: 'FR',
    city: CITY.lille(),
    website: 'https://www.hautsdefrance.fr',
    notes:
      'Второй по объёму иностранных инвестиций экономический регион Франции; на «ReBuild Ukraine» в Варшаве — предварительные переговоры с Луганской ОВА о проектах в сфере кибербезопасности и «зелёной» энергетики.',
    tags: [REBUILD_UKRAINE],
  }),
  org('business-france-ukraine', null, {
    name: loc('Бізнес Франс Україна', 'Бизнес Франс Украина', 'Business France Ukraine'),
    nameOriginal: 'Business France Ukraine',
    kind: 'agency',
    country: 'FR',
    city: CITY.kyiv(),
    notes: 'Советник по экспорту встретилась с делегацией Луганщины на выставке-конференции «ReBuild Ukraine» в Варшаве.',
    tags: [REBUILD_UKRAINE],
  }),
  // 001 (uk)
  org('cor', null, {
    name: loc('Європейський комітет регіонів', 'Европейский комитет регионов', 'European Committee of the Regions'),
    nameOriginal: 'European Committee of the Regions',
    shortName: 'CoR',
    kind: 'internationalBody',
    country: 'BE',
    city: CITY.brussels(),
    website: 'https://cor.europa.eu',
    notes: 'Започаткував Європейський альянс міст і регіонів з питань відбудови України у співпраці з українськими партнерами.',
  }),
  org('cor-civex', 'cor', {
    name: loc(
      'Секретаріат Комісії з питань громадянства, управління, інституційних та зовнішніх справ (CIVEX)',
      'Секретариат Комиссии по вопросам гражданства, управления, институциональных и внешних дел (CIVEX)',
      'Secretariat of the Commission for Citizenship, Governance, Institutional and External Affairs (CIVEX)',
    ),
    nameOriginal: 'Secretariat of the Commission for Citizenship, Governance, Institutional and External Affairs (CIVEX)',
    shortName: 'CIVEX',
    kind: 'internationalBody',
    country: 'BE',
    city: CITY.brussels(),
    notes: 'Заступниця керівника відділу секретаріату виступила на робочому засіданні Європейського альянсу міст і регіонів з питань відбудови України.',
  }),
  org('reconstruction-alliance', null, {
    name: loc(
      'Європейський альянс міст і регіонів з питань відбудови України',
      'Европейский альянс городов и регионов по восстановлению Украины',
      'European Alliance of Cities and Regions for the Reconstruction of Ukraine',
    ),
    nameOriginal: 'European Alliance of Cities and Regions for the Reconstruction of Ukraine',
    kind: 'association',
    country: 'BE',
    city: CITY.brussels(),
    notes:
      'Ініціатива Європейського комітету регіонів; Луганська область стала асоційованим партнером із доступом до платформи міжнародного співробітництва, експертизи та потенційних грантів.',
  }),
  // 002 (ru)
  org('kharkiv-city-council', null, {
    name: loc('Харківська міська рада', 'Харьковский городской совет', 'Kharkiv City Council'),
    nameOriginal: 'Харківська міська рада',
    kind: 'cityCouncil',
    country: 'UA',
    city: CITY.kharkiv(),
    website: 'https://www.city.kharkiv.ua',
    notes: 'Встреча секретаря горсовета Игоря Терехова с послом Бельгии Алексом Ленартсом: сотрудничество в сфере IT и возобновление производства велосипедов.',
  }),
  org('embassy-belgium-ua', null, {
    name: loc('Посольство Бельгії в Україні', 'Посольство Бельгии в Украине', 'Embassy of Belgium in Ukraine'),
    nameOriginal: '',
    kind: 'embassy',
    country: 'BE',
    city: CITY.kyiv(),
    notes: 'Бельгия уже инвестирует в харьковское производство пива и изучает сотрудничество с Харьковом в сфере IT и производства велосипедов.',
  }),
  // 003 (en)
  org('embassy-ukraine-fr', null, {
    name: loc('Посольство України у Франції', 'Посольство Украины во Франции', 'Embassy of Ukraine in France'),
    nameOriginal: 'Посольство України у Франції',
    kind: 'embassy',
    country: 'UA',
    city: CITY.paris(),
    website: 'https://france.mfa.gov.ua',
    notes:
      'Supported a digital platform connecting French supporters of Ukraine with Ukrainian associations, launched in Paris before about 80 associations and French partners.',
  }),
  // 004 (uk)
  org('kalush-city-council', null, {
    name: loc('Калуська міська рада', 'Калушский городской совет', 'Kalush City Council'),
    nameOriginal: 'Калуська міська рада',
    kind: 'cityCouncil',
    country: 'UA',
    city: CITY.kalush(),
    notes:
      'Меморандум із Запоріжжям: спільні проєкти з енергоефективності, розвиток малого та середнього бізнесу, нові робочі місця; міста планують стати побратимами.',
  }),
  org('zaporizhzhia-city-council', null, {
    name: loc('Запорізька міська рада', 'Запорожский городской совет', 'Zaporizhzhia City Council'),
    nameOriginal: 'Запорізька міська рада',
    kind: 'cityCouncil',
    country: 'UA',
    city: CITY.zaporizhzhia(),
    website: 'https://zp.gov.ua',
    notes:
      'Меморандум із Калушем: спільні проєкти з енергоефективності, розвиток малого та середнього бізнесу, нові робочі місця; міста планують стати побратимами.',
  }),
];

export const SAMPLE_CONTACTS: readonly SampleContact[] = [
  // 000 (ru) and 001 (uk)
  contact('lysohor', 'luhansk-rma', {
    givenName: loc('Артем', 'Артем', 'Artem'),
    familyName: loc('Лисогор', 'Лысогор', 'Lysohor'),
    nameOriginal: 'Артем Лисогор',
    honorific: { uk: 'пан', ru: 'г-н', en: 'Mr' },
    position: loc(
      'Голова Луганської обласної державної адміністрації – начальник обласної військової адміністрації',
      'Глава Луганской областной государственной администрации – начальник областной военной администрации',
      'Head of the Luhansk Regional State Administration – Head of the Regional Military Administration',
    ),
    country: 'UA',
    city: CITY.unknown(),
    languages: ['uk'],
    ourStaff: true,
    notes:
      'На «ReBuild Ukraine» в Варшаве провёл предварительные переговоры с регионом О-де-Франс о проектах в сфере кибербезопасности и «зелёной» энергетики. ' +
      'Взяв участь у робочому засіданні Європейського альянсу міст і регіонів з питань відбудови України, асоційованим партнером якого стала Луганщина.',
    tags: [REBUILD_UKRAINE],
  }),
  // 000 (ru)
  contact('delbe', 'hauts-de-france', {
    givenName: loc('Жюльєт', 'Жюльет', 'Juliette'),
    familyName: loc('Дельб', 'Дельб', 'Delbe'),
    nameOriginal: 'Juliette Delbe',
    honorific: { uk: 'пані', ru: 'г-жа', en: 'Ms' },
    position: loc(
      'Керівниця департаменту міжнародних зв’язків',
      'Руководитель департамента международных связей',
      'Head of International Relations',
    ),
    country: 'FR',
    city: CITY.lille(),
    notes:
      'Предварительные переговоры с Луганской ОВА о совместных проектах в сфере кибербезопасности и «зелёной» энергетики на выставке-конференции «ReBuild Ukraine» в Варшаве.',
    tags: [REBUILD_UKRAINE],
  }),
  contact('hereliuk', 'business-france-ukraine', {
    givenName: loc('Олександра', 'Александра', 'Oleksandra'),
    familyName: loc('Герелюк', 'Герелюк', 'Hereliuk'),
    nameOriginal: '',
    honorific: { uk: 'пані', ru: 'г-жа', en: 'Ms' },
    position: loc('Радниця з питань експорту', 'Советник по экспорту', 'Export Adviser'),
    country: 'FR',
    city: CITY.kyiv(),
    notes: 'Встретилась с делегацией Луганщины на выставке-конференции «ReBuild Ukraine» в Варшаве.',
    tags: [REBUILD_UKRAINE],
  }),
  // 001 (uk)
  contact('niedorf', 'cor-civex', {
    givenName: loc('Гудрун', 'Гудрун', 'Gudrun'),
    familyName: loc('Нідорф', 'Нидорф', 'Niedorf'),
    nameOriginal: 'Gudrun Niedorf',
    honorific: { uk: 'пані', ru: 'г-жа', en: 'Ms' },
    position: loc(
      'Заступниця керівника відділу секретаріату комісії CIVEX',
      'Заместитель руководителя отдела секретариата комиссии CIVEX',
      'Deputy Head of Unit, CIVEX Commission Secretariat',
    ),
    country: 'BE',
    city: CITY.brussels(),
    notes:
      'На робочому засіданні Європейського альянсу міст і регіонів наголосила на критичній важливості повоєнної відбудови найбільш постраждалих регіонів України.',
  }),
  // 002 (ru)
  contact('terekhov', 'kharkiv-city-council', {
    givenName: loc('Ігор', 'Игорь', 'Ihor'),
    familyName: loc('Терехов', 'Терехов', 'Terekhov'),
    nameOriginal: 'Ігор Терехов',
    honorific: { uk: 'пан', ru: 'г-н', en: 'Mr' },
    position: loc('Секретар Харківської міської ради', 'Секретарь Харьковского городского совета', 'Secretary of Kharkiv City Council'),
    country: 'UA',
    city: CITY.kharkiv(),
    languages: ['uk'],
    ourStaff: true,
    notes: '7 апреля встретился с послом Бельгии Алексом Ленартсом: инвестиции в IT и возобновление производства велосипедов в Харькове.',
  }),
  contact('lenaerts', 'embassy-belgium-ua', {
    givenName: loc('Алекс', 'Алекс', 'Alex'),
    familyName: loc('Ленартс', 'Ленартс', 'Lenaerts'),
    nameOriginal: 'Alex Lenaerts',
    honorific: { uk: 'Його Високоповажність', ru: 'Его Превосходительство', en: 'H.E.' },
    position: loc(
      'Надзвичайний і Повноважний Посол Королівства Бельгія в Україні',
      'Чрезвычайный и Полномочный Посол Королевства Бельгия в Украине',
      'Ambassador Extraordinary and Plenipotentiary of the Kingdom of Belgium to Ukraine',
    ),
    country: 'BE',
    city: CITY.kyiv(),
    notes:
      'Посол в Украине с 2018 года (ранее — Ливан); на встрече с Игорем Тереховым в Харькове заявил об интересе к IT и возобновлению производства велосипедов.',
  }),
  // 003 (en)
  contact('omelchenko', 'embassy-ukraine-fr', {
    givenName: loc('Вадим', 'Вадим', 'Vadym'),
    familyName: loc('Омельченко', 'Омельченко', 'Omelchenko'),
    nameOriginal: 'Вадим Омельченко',
    honorific: { uk: 'Його Високоповажність', ru: 'Его Превосходительство', en: 'H.E.' },
    position: loc(
      'Надзвичайний і Повноважний Посол України у Франції',
      'Чрезвычайный и Полномочный Посол Украины во Франции',
      'Ambassador Extraordinary and Plenipotentiary of Ukraine to France',
    ),
    country: 'UA',
    city: CITY.paris(),
    languages: ['uk'],
    ourStaff: true,
    notes:
      'Called for unity of the Ukrainian community in France at the Paris launch of a digital platform connecting French supporters with Ukrainian associations.',
  }),
  // 004 (uk)
  contact('naida', 'kalush-city-council', {
    givenName: loc('Андрій', 'Андрей', 'Andrii'),
    familyName: loc('Найда', 'Найда', 'Naida'),
    nameOriginal: 'Андрій Найда',
    honorific: { uk: 'пан', ru: 'г-н', en: 'Mr' },
    position: loc('Калуський міський голова', 'Калушский городской голова', 'Mayor of Kalush'),
    country: 'UA',
    city: CITY.kalush(),
    languages: ['uk'],
    ourStaff: true,
    notes: 'Меморандум про співпрацю із Запоріжжям: енергоефективність, малий і середній бізнес, нові робочі місця.',
  }),
  contact('kurtiev', 'zaporizhzhia-city-council', {
    givenName: loc('Анатолій', 'Анатолий', 'Anatolii'),
    familyName: loc('Куртєв', 'Куртев', 'Kurtiev'),
    nameOriginal: 'Анатолій Куртєв',
    honorific: { uk: 'пан', ru: 'г-н', en: 'Mr' },
    position: loc(
      'Секретар Запорізької міської ради',
      'Секретарь Запорожского городского совета',
      'Secretary of Zaporizhzhia City Council',
    ),
    country: 'UA',
    city: CITY.zaporizhzhia(),
    languages: ['uk'],
    notes: 'Меморандум про співпрацю з Калушем; громади планують зробити Запоріжжя і Калуш містами-побратимами.',
  }),
];
