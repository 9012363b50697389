import { describe, expect, it } from 'vitest';
import { foldForMatch } from './fold';

describe('foldForMatch', () => {
  it('ignores case and Latin accents', () => {
    expect(foldForMatch('Région Hauts-de-France')).toBe('region hauts-de-france');
    expect(foldForMatch('DELBÉ')).toBe(foldForMatch('delbe'));
  });

  it('treats apostrophe variants alike', () => {
    expect(foldForMatch("Мар'яна")).toBe(foldForMatch('Мар’яна'));
  });

  it('keeps й and ї apart from и and і but folds ё into е', () => {
    expect(foldForMatch('Йосип')).toBe('йосип');
    expect(foldForMatch('Їжакевич')).toBe('їжакевич');
    expect(foldForMatch('Алёна')).toBe('алена');
  });
});
