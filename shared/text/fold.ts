/**
 * Folds text for "contains" matching in lists: case, Latin accents (Delbé = Delbe), ё/е and
 * apostrophe variants stop mattering. The letters й and ї keep their identity, since folding
 * them into и/і would make many Ukrainian names match each other.
 */
const APOSTROPHES = /['’ʼ`]/g;
const COMBINING_MARKS = /\p{M}/gu;

export function foldForMatch(text: string): string {
  return text
    .toLocaleLowerCase('uk')
    .replace(/й/g, '\uE000')
    .replace(/ї/g, '\uE001')
    .normalize('NFD')
    .replace(COMBINING_MARKS, '')
    .replace(/\uE000/g, 'й')
    .replace(/\uE001/g, 'ї')
    .replace(/ё/g, 'е')
    .replace(APOSTROPHES, '');
}
