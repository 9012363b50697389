import type { EventInput } from '../domain/event';
import { SAMPLE_CITY, loc, type SampleStory } from './sample-stories';

/**
 * The events of the seed stories. Dates the stories give are kept; where they give none (or no
 * year) the date is our choice, said here:
 *
 * - ReBuild Ukraine (000): the story dates the talks 15 November without a year. We use 2023,
 *   when the exhibition-conference was held in Warsaw on 14–15 November. The story names no venue.
 * - The municipal-infrastructure forum (002): the day after the meeting of 7 April, so 8 April.
 *   The story gives no year; it speaks of the pandemic and of an ambassador in post since 2018,
 *   so 2021. Who of the city council attended is not said, so no delegation is listed.
 * - The platform launch in Paris (003): the story gives no date; 16 November 2024 is our choice.
 *
 * Notes are in the language of the story (sample-stories.ts), names in all three.
 */

export interface SampleEvent {
  key: string;
  story: SampleStory;
  /** Keys of our own people (sample-workspace.ts) at the event. */
  delegationKeys: readonly string[];
  input: Omit<EventInput, 'delegation'>;
}

export const SAMPLE_EVENTS: readonly SampleEvent[] = [
  {
    key: 'rebuild-ukraine',
    story: '000',
    delegationKeys: ['lysohor'],
    input: {
      name: loc('Виставка-конференція ReBuild Ukraine', 'Выставка-конференция ReBuild Ukraine', 'ReBuild Ukraine exhibition and conference'),
      kind: 'conference',
      city: SAMPLE_CITY.warsaw(),
      country: 'PL',
      venue: '',
      startDate: '2023-11-14',
      endDate: '2023-11-15',
      timeZone: 'Europe/Warsaw',
      notes:
        '<p>Презентация инвестиционных возможностей Луганской области.</p>' +
        '<p>О переговорах с французскими партнёрами глава Луганской ОВА Артем Лысогор сообщил в своём Телеграм-канале 15 ноября.</p>',
    },
  },
  {
    key: 'municipal-infrastructure-forum',
    story: '002',
    delegationKeys: [],
    input: {
      name: loc(
        'Міжнародний форум «Муніципальна інфраструктура: розвиток і комфорт міст»',
        'Международный форум «Муниципальная инфраструктура: развитие и комфорт городов»',
        'International forum “Municipal Infrastructure: Development and Comfort of Cities”',
      ),
      kind: 'forum',
      city: SAMPLE_CITY.kharkiv(),
      country: 'UA',
      venue: '',
      startDate: '2021-04-08',
      endDate: '2021-04-08',
      timeZone: 'Europe/Kyiv',
      notes:
        '<p>Посол Бельгии Алекс Ленартс планировал посетить форум на следующий день после встречи с секретарём горсовета Игорем Тереховым ' +
        'и изучить перспективные направления сотрудничества.</p>',
    },
  },
  {
    key: 'paris-platform-launch',
    story: '003',
    delegationKeys: ['omelchenko'],
    input: {
      name: loc(
        'Запуск цифрової платформи українських асоціацій Франції',
        'Запуск цифровой платформы украинских ассоциаций Франции',
        'Launch of the digital platform for Ukrainian associations in France',
      ),
      kind: 'conference',
      city: SAMPLE_CITY.paris(),
      country: 'FR',
      venue: '',
      startDate: '2024-11-16',
      endDate: '2024-11-16',
      timeZone: 'Europe/Paris',
      notes:
        '<p>Conference of Ukrainian associations in France. The platform was created with the support of the Embassy of Ukraine in France; ' +
        'about 80 associations and French partners attended its launch.</p>',
    },
  },
];
