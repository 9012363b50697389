import type { CDPSession } from '@playwright/test';
import { Random } from './fixtures/generate';

/**
 * Typing like a person on a Ukrainian keyboard layout: every character is a key press
 * (keydown with its text, so keypress, beforeinput and input follow, then keyup), not a
 * pasted string, with 60–120 ms between keys, in bursts separated by pauses longer than the
 * autosave's debounce.
 */

/** Three bursts of about 100 characters: what a delegation member adds to the notes after a talk. */
export const TYPED_BURSTS = [
  'Домовилися про наступну зустріч у Харкові, партнери надішлють проєкт меморандуму до кінця місяця. ',
  'Посол підтримує ідею навчального візиту фахівців міської ради, дати погодимо листом найближчим часом. ',
  'Окремо обговорили енергоаудит шкіл і лікарень, потрібен перелік об’єктів з орієнтовною вартістю робіт.',
] as const;

export const KEY_DELAY_MS = { min: 60, max: 120 } as const;

/** A key's CDP description: letters by their text, space and punctuation by their usual codes. */
function keyOf(char: string): { key: string; code: string; windowsVirtualKeyCode: number } {
  if (char === ' ') return { key: ' ', code: 'Space', windowsVirtualKeyCode: 32 };
  if (char === ',') return { key: ',', code: 'Comma', windowsVirtualKeyCode: 188 };
  if (char === '.') return { key: '.', code: 'Period', windowsVirtualKeyCode: 190 };
  return { key: char, code: '', windowsVirtualKeyCode: 0 };
}

export class Typist {
  private readonly random: Random;

  constructor(private readonly cdp: CDPSession, seed: number) {
    this.random = new Random(seed);
  }

  /** Types `text` into whatever has focus; resolves after the last key is released. */
  async type(text: string): Promise<void> {
    for (const char of text) {
      const key = keyOf(char);
      await this.cdp.send('Input.dispatchKeyEvent', { type: 'keyDown', ...key, text: char, unmodifiedText: char });
      await this.cdp.send('Input.dispatchKeyEvent', { type: 'keyUp', ...key });
      await new Promise((resolve) => setTimeout(resolve, KEY_DELAY_MS.min + this.random.int(KEY_DELAY_MS.max - KEY_DELAY_MS.min + 1)));
    }
  }
}
