import { describe, expect, it } from 'vitest';
import { withScheme } from './link-href';

describe('withScheme', () => {
  it('keeps addresses that name their scheme', () => {
    expect(withScheme('https://rebuild-ukraine.com/en')).toBe('https://rebuild-ukraine.com/en');
    expect(withScheme('mailto:info@example.org')).toBe('mailto:info@example.org');
    expect(withScheme('tel:+380441234567')).toBe('tel:+380441234567');
  });

  it('reads a bare domain as a web address and a bare e-mail address as mail', () => {
    expect(withScheme(' rebuild-ukraine.com ')).toBe('https://rebuild-ukraine.com');
    expect(withScheme('www.hautsdefrance.fr/europe')).toBe('https://www.hautsdefrance.fr/europe');
    expect(withScheme('delbe@hautsdefrance.fr')).toBe('mailto:delbe@hautsdefrance.fr');
  });

  it('leaves no link for an empty address', () => {
    expect(withScheme('  ')).toBeNull();
    expect(withScheme(null)).toBeNull();
  });
});
