import type { FollowUpInput } from '../domain/follow-up';

/**
 * What our side undertook at the sample meetings (sample-meetings.ts), written in the language of
 * the meeting's story. Each follows from what the story reports: the needs and projects the
 * Luhansk region is to define with French regions, the Alliance membership it obtained, the
 * bicycle production and IT cooperation Kharkiv wants, the twinning Kalush and Zaporizhzhia plan.
 *
 * The stories say nothing of what was done afterwards, so only the Alliance membership, which the
 * story reports as obtained, is done; the rest are open, due a few weeks after their meeting
 * (those dates are our choice).
 */

export interface SampleFollowUp {
  meetingKey: string;
  /** One of ours (a contact with ourStaff in sample-workspace.ts). */
  ownerKey: string;
  /** The person on their side it concerns, if any. */
  contactKey: string | null;
  input: Pick<FollowUpInput, 'what' | 'dueDate' | 'status'>;
}

export const SAMPLE_FOLLOW_UPS: readonly SampleFollowUp[] = [
  {
    meetingKey: 'rebuild-delbe',
    ownerKey: 'lysohor',
    contactKey: 'delbe',
    input: {
      what: 'Подготовить для региона О-де-Франс перечень насущных потребностей и проектов восстановления территориальных громад Луганской области.',
      dueDate: '2023-12-15',
      status: 'open',
    },
  },
  {
    meetingKey: 'rebuild-hereliuk',
    ownerKey: 'lysohor',
    contactKey: 'hereliuk',
    input: {
      what: 'Передать «Бизнес Франс Украина» презентацию инвестиционных возможностей Луганской области.',
      dueDate: '2023-11-30',
      status: 'open',
    },
  },
  {
    meetingKey: 'alliance-working-session',
    ownerKey: 'lysohor',
    contactKey: 'niedorf',
    input: {
      what: 'Оформити участь Луганської області в Альянсі як асоційованого партнера.',
      dueDate: null,
      status: 'done',
    },
  },
  {
    meetingKey: 'alliance-working-session',
    ownerKey: 'lysohor',
    contactKey: null,
    input: {
      what: 'Підготувати стратегічні проєкти відновлення області для Платформи міжнародного співробітництва Альянсу.',
      dueDate: '2025-04-30',
      status: 'open',
    },
  },
  {
    meetingKey: 'kharkiv-lenaerts',
    ownerKey: 'terekhov',
    contactKey: 'lenaerts',
    input: {
      what: 'Подготовить для посольства Бельгии предложения по возобновлению производства велосипедов в Харькове.',
      dueDate: '2021-05-07',
      status: 'open',
    },
  },
  {
    meetingKey: 'kharkiv-lenaerts',
    ownerKey: 'terekhov',
    contactKey: 'lenaerts',
    input: {
      what: 'Собрать для посла сведения об IT-компаниях Харькова, готовых к сотрудничеству с бельгийскими предприятиями.',
      dueDate: '2021-04-30',
      status: 'open',
    },
  },
  {
    meetingKey: 'paris-associations-conference',
    ownerKey: 'omelchenko',
    contactKey: null,
    input: {
      what: 'Invite the associations to post their events and project announcements on the platform.',
      dueDate: '2024-12-16',
      status: 'open',
    },
  },
  {
    meetingKey: 'kalush-zaporizhzhia-memorandum',
    ownerKey: 'naida',
    contactKey: 'kurtiev',
    input: {
      what: 'Визначити перші спільні проєкти з енергоефективності за меморандумом.',
      dueDate: '2023-05-31',
      status: 'open',
    },
  },
  {
    meetingKey: 'kalush-zaporizhzhia-memorandum',
    ownerKey: 'naida',
    contactKey: 'kurtiev',
    input: {
      what: 'Підготувати проєкт рішення про встановлення побратимських зв’язків між Калушем і Запоріжжям.',
      dueDate: '2023-06-30',
      status: 'open',
    },
  },
];
