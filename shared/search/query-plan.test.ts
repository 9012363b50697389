import { describe, expect, it } from 'vitest';
import { planQuery, planWords, typosAllowed } from './query-plan';

describe('planQuery', () => {
  it('folds each word and keys it', () => {
    const [word] = planWords('Лисогор');
    expect(word).toMatchObject({ text: 'Лисогор', folded: 'лисогор', key: 'lisokhor', maxTypos: 1 });
  });

  it('bridges the key of the last word only, without its last letter', () => {
    const [first, last] = planWords('Ігор Terekho');
    expect(first!.keyBridge).toBe('');
    expect(last!.keyBridge).toBe(last!.key.slice(0, -1));
    expect(planWords('Te')[0]!.keyBridge).toBe(''); // too short to bridge
  });

  it('allows typos from four letters: one, then two from eight', () => {
    expect([typosAllowed('тер'), typosAllowed('тере'), typosAllowed('терехов'), typosAllowed('терехова')]).toEqual([0, 1, 1, 2]);
  });

  it('adds the other keyboard layouts as marked variants without typos', () => {
    const variants = planQuery('kbcjujh');
    expect(variants[0]).toMatchObject({ wrongLayout: false });
    const retyped = variants.filter((variant) => variant.wrongLayout);
    expect(retyped.map((variant) => variant.words[0]!.folded)).toContain('лисогор');
    expect(retyped.every((variant) => variant.words.every((word) => word.maxTypos === 0))).toBe(true);
  });

  it('has nothing to try for an empty or punctuation-only query', () => {
    expect(planQuery('')).toEqual([]);
    expect(planQuery(' - ')).toEqual([]);
  });
});
