import type { ImportField } from './column-mapping';
import { foldName } from './column-mapping-values';

/**
 * A guess at what a column holds from its header, for any file that is not a known export:
 * a secretary's Excel list ("Прізвище", "Ім'я", "Посада"), a Russian-language one ("Фамилия",
 * "Должность"), an organizer's agenda ("Date", "Time", "Table", "Company", "Participant").
 * The user sees the guess in the mapping step and corrects it; a header we cannot read is
 * ignored rather than guessed.
 */

/** A whole word or words (Unicode-aware: \b knows only Latin letters), or a word's beginning with `*`. */
function words(...patterns: string[]): RegExp {
  const alternatives = patterns.map((pattern) =>
    pattern.endsWith('*') ? `${pattern.slice(0, -1)}\\p{L}*` : pattern,
  );
  return new RegExp(`(?<!\\p{L})(?:${alternatives.join('|')})(?!\\p{L})`, 'u');
}

/** Headers that are a single short word, too common inside other headers to look for as a word. */
const EXACT: Record<string, ImportField> = {
  from: 'meetingStart', з: 'meetingStart', від: 'meetingStart', с: 'meetingStart', от: 'meetingStart',
  to: 'meetingEnd', до: 'meetingEnd', по: 'meetingEnd',
};

const GIVEN = words('first name', 'firstname', 'given name', 'forename', 'імя', 'имя', 'prenom', 'imie');
const FAMILY = words('surname', 'last name', 'lastname', 'family name', 'прізвище', 'фамилия', 'nom', 'nazwisko');

/** Checked in order: the first rule whose pattern is in the header wins. Headers are folded first (foldName). */
const RULES: readonly (readonly [ImportField, RegExp])[] = [
  ['email', words('e mail*', 'email*', 'mail', 'пошта', 'почта', 'електронна адреса', 'электронный адрес', 'courriel')],
  ['phone', words('phone*', 'telephone', 'tel', 'тел', 'телефон*', 'mobile', 'mob', 'моб', 'мобільний', 'мобильный', 'cell', 'whatsapp', 'viber', 'telefon')],
  // Not ours, though they look like ours: a birthday is a date, a fax is not a phone we call, a street is not a meeting place.
  ['ignore', words('birth*', 'birthday', 'народж*', 'рожден*', 'anniversary', 'fax', 'факс', 'street', 'вулиця', 'улица', 'адреса', 'адрес', 'address', 'postal', 'zip', 'індекс', 'индекс', 'website', 'web page', 'сайт', 'id')],
  ['meetingDateTime', words('date time', 'datetime', 'дата і час', 'дата та час', 'дата час', 'дата и время', 'дата время', 'when', 'коли', 'когда')],
  ['meetingStart', words('start*', 'початок', 'начало', 'time from', 'час початку', 'время начала')],
  ['meetingEnd', words('end', 'ends', 'end time', 'finish', 'кінець', 'закінчення', 'конец', 'окончание', 'until', 'час закінчення', 'время окончания')],
  ['meetingDate', words('date', 'дата', 'day', 'день', 'data')],
  ['meetingStart', words('time', 'час', 'время', 'slot', 'godzina')],
  ['meetingTable', words('table', 'стіл', 'столик', 'стол', 'booth', 'стенд', 'stand', 'stolik')],
  ['organization', words('company', 'organi[sz]ation*', 'організац*', 'организац*', 'компан*', 'установа', 'учрежден*', 'institution', 'employer', 'affiliation', 'місце роботи', 'место работы', 'firm*', 'фірма', 'фирма', 'agency', 'відомство', 'ведомство', 'delegation', 'делегац*', 'entreprise', 'firma')],
  ['meetingPlace', words('place', 'місце', 'место', 'room', 'кімната', 'зал', 'hall', 'venue', 'location', 'локація', 'аудиторія', 'аудитория', 'sala', 'lieu')],
  ['meetingTitle', words('topic', 'тема', 'subject', 'meeting title', 'назва зустрічі', 'название встречи', 'meeting', 'зустріч', 'встреча')],
  ['honorific', words('salutation', 'prefix', 'звернення', 'обращение', 'honorific', 'form of address', 'civilite')],
  ['fullName', words('full name', 'fullname', 'повне імя', 'полное имя', 'піб', 'піп', 'фио', 'фіо', 'participant', 'учасник', 'участник', 'contact', 'контакт', 'person', 'особа', 'представник', 'представитель', 'delegate', 'делегат', 'attendee', 'гість', 'гость', 'guest', 'speaker', 'спікер', 'спикер', 'uczestnik')],
  ['familyName', FAMILY],
  ['givenName', GIVEN],
  ['fullName', words('name')],
  ['position', words('position', 'посада', 'должность', 'job*', 'title', 'role', 'роль', 'occupation', 'функція', 'функция', 'stanowisko', 'fonction', 'designation')],
  ['city', words('city', 'місто', 'город', 'town', 'ville', 'miasto', 'населений пункт')],
  ['country', words('country*', 'країна', 'страна', 'держава', 'государство', 'pays', 'kraj', 'nationality', 'громадянство', 'гражданство')],
  ['notes', words('notes', 'note', 'примітк*', 'примечан*', 'заметк*', 'нотатк*', 'comment*', 'коментар*', 'комментар*', 'remarks', 'uwagi', 'description', 'опис', 'описание')],
  ['tags', words('tags', 'tag', 'теги', 'тег', 'мітки', 'метки', 'labels', 'categories', 'category', 'категорі*', 'категори*', 'group*', 'група', 'группа')],
  ['language', words('language*', 'мова', 'мови', 'язык', 'языки', 'langue', 'jezyk')],
];

export function guessField(header: string): ImportField {
  // Apostrophes go in foldName, so Ім'я, Ім’я and Імʼя all read "імя".
  const folded = foldName(header);
  if (folded === '') return 'ignore';
  if (EXACT[folded]) return EXACT[folded];
  // "Прізвище, ім'я та по батькові", "Name and surname": both parts in one column.
  if (GIVEN.test(folded) && FAMILY.test(folded)) return 'fullName';
  for (const [field, pattern] of RULES) if (pattern.test(folded)) return field;
  return 'ignore';
}
