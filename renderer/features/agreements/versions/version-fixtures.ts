import type { AgreementContent, Clause } from '#shared/domain/agreement';

/** For tests: two states of a small uk + en memorandum, the second reworded, extended and trimmed. */
const clause = (id: string, kind: Clause['kind'], uk: string, en: string, heading: { uk: string; en: string } = { uk: '', en: '' }): Clause => ({
  id,
  kind,
  heading,
  text: { uk, en },
  status: { uk: 'current', en: 'current' },
  libraryId: null,
  comments: [],
});

export const PREAMBLE_ID = '01JA0000000000000000000001';
export const PURPOSE_ID = '01JA0000000000000000000002';
export const ENERGY_ID = '01JA0000000000000000000003';
export const COSTS_ID = '01JA0000000000000000000004';
export const YOUTH_ID = '01JA0000000000000000000005';

export const OLDER: AgreementContent = {
  kind: 'memorandumOfCooperation',
  title: { uk: 'Меморандум про співпрацю', en: 'Memorandum of Cooperation' },
  languages: ['uk', 'en'],
  parties: [],
  signingPlace: { uk: 'Калуш', en: 'Kalush' },
  signingDate: '',
  clauses: [
    clause(PREAMBLE_ID, 'preamble', 'Калуська міська рада і Запорізька міська рада домовились про таке.', 'Kalush City Council and Zaporizhzhia City Council have agreed as follows.'),
    clause(PURPOSE_ID, 'section', 'Сторони розвивають співпрацю.', 'The Parties develop cooperation.', { uk: 'Мета', en: 'Purpose' }),
    clause(ENERGY_ID, 'subclause', 'Сторони співпрацюють у сфері енергоефективності.', 'The Parties cooperate in energy efficiency.'),
    clause(COSTS_ID, 'section', 'Кожна Сторона несе власні витрати.', 'Each Party bears its own costs.', { uk: 'Фінансування', en: 'Financing' }),
  ],
};

export const NEWER: AgreementContent = {
  ...OLDER,
  title: { uk: 'Меморандум про співпрацю та побратимство', en: 'Memorandum of Cooperation' },
  clauses: [
    OLDER.clauses[0]!,
    OLDER.clauses[1]!,
    clause(YOUTH_ID, 'subclause', 'Сторони підтримують молодіжні обміни.', 'The Parties support youth exchanges.'),
    clause(ENERGY_ID, 'subclause', 'Сторони співпрацюють у сферах енергоефективності та зеленої енергетики.', 'The Parties cooperate in energy efficiency and green energy.'),
  ],
};
