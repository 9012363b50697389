import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from './csp';

const directives = new Map(
  CONTENT_SECURITY_POLICY.split(';').map((part) => {
    const [name = '', ...sources] = part.trim().split(/\s+/);
    return [name, sources];
  }),
);

describe('the renderer CSP', () => {
  it('runs only the app’s own scripts and talks only to itself', () => {
    expect(directives.get('default-src')).toEqual(["'self'"]);
    expect(directives.get('script-src')).toEqual(["'self'"]);
    expect(directives.get('connect-src')).toEqual(["'self'"]);
    expect(directives.get('base-uri')).toEqual(["'none'"]);
    expect(directives.get('form-action')).toEqual(["'none'"]);
  });

  it('embeds no plugins and frames only blob: URLs the app made (an attached PDF)', () => {
    expect(directives.get('object-src')).toEqual(["'none'"]);
    expect(directives.get('frame-src')).toEqual(['blob:']);
  });

  it('shows images from the app, data: and blob: URLs (an attached photo), never from the network', () => {
    expect(directives.get('img-src')).toEqual(["'self'", 'data:', 'blob:']);
  });
});
