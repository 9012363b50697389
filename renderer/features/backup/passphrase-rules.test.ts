import { describe, expect, it } from 'vitest';
import { checkNewPassphrase, MIN_PASSPHRASE_LENGTH } from './passphrase-rules';

describe('a new passphrase', () => {
  it('is required, then needs ten characters, then the same repetition', () => {
    expect(checkNewPassphrase('', '')).toEqual([{ field: 'passphrase', kind: 'required' }]);
    expect(checkNewPassphrase('short', 'short')).toEqual([{ field: 'passphrase', kind: 'tooShort' }]);
    expect(checkNewPassphrase('long enough', 'long enougH')).toEqual([{ field: 'confirmation', kind: 'mismatch' }]);
    expect(checkNewPassphrase('long enough', 'long enough')).toEqual([]);
  });

  it('counts characters as a person does: ten Cyrillic letters or emoji are enough, nine are not', () => {
    expect(MIN_PASSPHRASE_LENGTH).toBe(10);
    expect(checkNewPassphrase('ґанок-їжак', 'ґанок-їжак')).toEqual([]);
    const nineEmoji = '🇺🇦'.slice(0, 2).repeat(9);
    expect(checkNewPassphrase(nineEmoji, nineEmoji)).toEqual([{ field: 'passphrase', kind: 'tooShort' }]);
    expect(checkNewPassphrase(`${nineEmoji}!`, `${nineEmoji}!`)).toEqual([]);
  });

  it('reports both fields at once, so the user fixes them in one go', () => {
    expect(checkNewPassphrase('abc', 'abd')).toEqual([
      { field: 'passphrase', kind: 'tooShort' },
      { field: 'confirmation', kind: 'mismatch' },
    ]);
  });
});
