import { describe, expect, it } from 'vitest';
import { swapKeyboardLayout } from './keyboard-layout';

describe('swapKeyboardLayout', () => {
  it('reads Latin typed on the US layout as Cyrillic', () => {
    expect(swapKeyboardLayout('kbcjujh')).toEqual(['лисогор']);
    expect(swapKeyboardLayout('ktnj')).toEqual(['лето']);
    expect(swapKeyboardLayout('Uthtk.r')).toEqual(['Герелюк']);
    expect(swapKeyboardLayout('Nthtityrj J/')).toEqual(['Терешенко О.']);
  });

  it('gives the Ukrainian and the Russian reading where the layouts differ', () => {
    // ї/ъ, і/ы, є/э and '/ё sit on the same keys
    expect(swapKeyboardLayout('};frtdbx')).toEqual(['Їжакевич', 'Ъжакевич']);
    expect(swapKeyboardLayout('Ktdxtyrj')).toEqual(['Левченко']);
    expect(swapKeyboardLayout('Kmdsd')).toEqual(['Львів', 'Львыв']);
    expect(swapKeyboardLayout("'ktyf")).toEqual(['єлена', 'элена']);
    expect(swapKeyboardLayout('vfh`zyf')).toEqual(["мар'яна", 'марёяна']);
    expect(swapKeyboardLayout('\\fkf\\fy')).toEqual(['ґалаґан', '\\ала\\ан']);
  });

  it('reads Cyrillic typed on a Cyrillic layout as Latin', () => {
    expect(swapKeyboardLayout('Дніщрщк')).toEqual(['Lysohor']);
    expect(swapKeyboardLayout('Дныщрщк')).toEqual(['Lysohor']);
    expect(swapKeyboardLayout('Еукулрщм')).toEqual(['Terekhov']);
    expect(swapKeyboardLayout('Вудиу')).toEqual(['Delbe']);
    expect(swapKeyboardLayout('ЩєСщттщк')).toEqual(["O'Connor"]);
  });

  it('keeps digits, spaces and characters no layout changes', () => {
    // no Cyrillic letter, so "." is not read as the Cyrillic layout's full stop
    expect(swapKeyboardLayout('Shevchenko T.')).toEqual(['Ірумсрутлщ Ею', 'Ырумсрутлщ Ею']);
    expect(swapKeyboardLayout('ktnj 2024')).toEqual(['лето 2024']);
    expect(swapKeyboardLayout('')).toEqual([]);
    expect(swapKeyboardLayout('2024 - 15')).toEqual([]);
  });

  it('changes only the characters of the other script in mixed text', () => {
    expect(swapKeyboardLayout('Шевченко ktnj')).toEqual(['Шевченко лето', 'Itdxtyrj ktnj']);
  });

  it('returns to the original keys', () => {
    const keys = "`qwertyuiop[]\\asdfghjkl;'zxcvbnm,./~QWERTYUIOP{}|ASDFGHJKL:\"ZXCVBNM<>?";
    for (const cyrillic of swapKeyboardLayout(keys)) {
      expect(swapKeyboardLayout(cyrillic)).toContain(keys);
    }
    expect(swapKeyboardLayout(keys)).toHaveLength(2);
  });
});
