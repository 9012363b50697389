/** Shorter passphrases fall to guessing too fast, even behind 600 000 PBKDF2 rounds. */
export const MIN_PASSPHRASE_LENGTH = 10;

export type PassphraseProblem = { field: 'passphrase'; kind: 'required' | 'tooShort' } | { field: 'confirmation'; kind: 'mismatch' };

/**
 * What is wrong with a new passphrase and its repetition, first problem per field. Length counts
 * code points, so an emoji is one character, as the user counts it, not two UTF-16 units.
 */
export function checkNewPassphrase(passphrase: string, confirmation: string): PassphraseProblem[] {
  const problems: PassphraseProblem[] = [];
  const length = [...passphrase].length;
  if (length === 0) problems.push({ field: 'passphrase', kind: 'required' });
  else if (length < MIN_PASSPHRASE_LENGTH) problems.push({ field: 'passphrase', kind: 'tooShort' });
  if (confirmation !== passphrase) problems.push({ field: 'confirmation', kind: 'mismatch' });
  return problems;
}
