import type { AgreementDocumentLabels, AgreementKind } from '../domain/agreement';
import { languageNameIn } from './language-names';

export { languageNameIn } from './language-names';

/**
 * The fixed words of an agreement document in each language the product knows, with English
 * words for any other language code. `forParty` is printed on its own line above the party's
 * name ("For" / "Від імені"), so the name never has to be declined.
 */
type FixedLabels = Omit<AgreementDocumentLabels, 'languageName'>;

const LABELS: Record<string, FixedLabels> = {
  uk: { signatures: 'Підписи Сторін', forParty: 'Від імені', name: 'Ім’я та прізвище', position: 'Посада', signature: 'Підпис', date: 'Дата' },
  ru: { signatures: 'Подписи Сторон', forParty: 'От имени', name: 'Имя и фамилия', position: 'Должность', signature: 'Подпись', date: 'Дата' },
  en: { signatures: 'Signatures of the Parties', forParty: 'For', name: 'Name', position: 'Position', signature: 'Signature', date: 'Date' },
  fr: { signatures: 'Signatures des Parties', forParty: 'Pour', name: 'Nom et prénom', position: 'Fonction', signature: 'Signature', date: 'Date' },
  pl: { signatures: 'Podpisy Stron', forParty: 'W imieniu', name: 'Imię i nazwisko', position: 'Stanowisko', signature: 'Podpis', date: 'Data' },
  de: { signatures: 'Unterschriften der Parteien', forParty: 'Für', name: 'Name', position: 'Funktion', signature: 'Unterschrift', date: 'Datum' },
};

const KIND_NAMES: Record<string, Record<AgreementKind, string>> = {
  uk: {
    memorandumOfUnderstanding: 'Меморандум про взаєморозуміння',
    memorandumOfCooperation: 'Меморандум про співпрацю',
    cooperationAgreement: 'Угода про співробітництво',
    twinningAgreement: 'Угода про встановлення побратимських зв’язків',
    letterOfIntent: 'Лист про наміри',
    protocol: 'Протокол',
  },
  ru: {
    memorandumOfUnderstanding: 'Меморандум о взаимопонимании',
    memorandumOfCooperation: 'Меморандум о сотрудничестве',
    cooperationAgreement: 'Соглашение о сотрудничестве',
    twinningAgreement: 'Соглашение об установлении побратимских связей',
    letterOfIntent: 'Письмо о намерениях',
    protocol: 'Протокол',
  },
  en: {
    memorandumOfUnderstanding: 'Memorandum of Understanding',
    memorandumOfCooperation: 'Memorandum of Cooperation',
    cooperationAgreement: 'Cooperation Agreement',
    twinningAgreement: 'Twinning Agreement',
    letterOfIntent: 'Letter of Intent',
    protocol: 'Protocol',
  },
  fr: {
    memorandumOfUnderstanding: 'Mémorandum d’entente',
    memorandumOfCooperation: 'Mémorandum de coopération',
    cooperationAgreement: 'Accord de coopération',
    twinningAgreement: 'Accord de jumelage',
    letterOfIntent: 'Lettre d’intention',
    protocol: 'Protocole',
  },
  pl: {
    memorandumOfUnderstanding: 'Memorandum o porozumieniu',
    memorandumOfCooperation: 'Memorandum o współpracy',
    cooperationAgreement: 'Umowa o współpracy',
    twinningAgreement: 'Umowa o partnerstwie miast',
    letterOfIntent: 'List intencyjny',
    protocol: 'Protokół',
  },
  de: {
    memorandumOfUnderstanding: 'Gemeinsame Absichtserklärung',
    memorandumOfCooperation: 'Memorandum über die Zusammenarbeit',
    cooperationAgreement: 'Kooperationsvereinbarung',
    twinningAgreement: 'Städtepartnerschaftsvereinbarung',
    letterOfIntent: 'Absichtserklärung',
    protocol: 'Protokoll',
  },
};

/** Languages with their own document words; any other code gets the English ones. */
export const DOCUMENT_LANGUAGES = Object.keys(LABELS);

/** The fixed words in `lang`; languageName is the language's own name ("Українська", "Français"). */
export function documentLabelsIn(lang: string): AgreementDocumentLabels {
  return { ...(LABELS[lang] ?? LABELS.en!), languageName: languageNameIn(lang, lang) };
}

/** "Меморандум про співпрацю", "Accord de jumelage"… in `lang` (English for other languages). */
export function agreementKindNameIn(kind: AgreementKind, lang: string): string {
  return (KIND_NAMES[lang] ?? KIND_NAMES.en!)[kind];
}
