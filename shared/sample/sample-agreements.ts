import type { AgreementStatus, LanguageTexts, TemplateId } from '../domain/agreement';

/**
 * The agreement of the seed stories: story 004, the memorandum Kalush and Zaporizhzhia signed
 * on joint projects in energy efficiency, small and medium business, exchange of experience,
 * civil society, science and industry, new business projects and jobs. It is drafted from the
 * memorandum template, whose areas are exactly those, in Ukrainian and English, signed by the
 * mayor of Kalush and the secretary of the Zaporizhzhia city council on the day of the sample
 * meeting (a date the story leaves open; see sample-meetings.ts), and walked through the
 * statuses to "signed", so it has the versions each status change saves.
 */
export interface SampleAgreement {
  key: string;
  story: string;
  templateId: TemplateId;
  languages: string[];
  parties: { organizationKey: string; signatoryKeys: string[] }[];
  signingPlace: LanguageTexts;
  signingDate: string;
  meetingKeys: string[];
  /** Status changes after the draft, in order. */
  statusPath: AgreementStatus[];
}

export const SAMPLE_AGREEMENTS: readonly SampleAgreement[] = [
  {
    key: 'kalush-zaporizhzhia-memorandum',
    story: '004',
    templateId: 'memorandumOfCooperation',
    languages: ['uk', 'en'],
    parties: [
      { organizationKey: 'kalush-city-council', signatoryKeys: ['naida'] },
      { organizationKey: 'zaporizhzhia-city-council', signatoryKeys: ['kurtiev'] },
    ],
    signingPlace: { uk: 'Калуш', en: 'Kalush' },
    signingDate: '2023-04-12',
    meetingKeys: ['kalush-zaporizhzhia-memorandum'],
    statusPath: ['internalReview', 'sentToPartner', 'agreed', 'signed'],
  },
];
