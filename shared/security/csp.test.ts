import { describe, expect, it } from 'vitest';
import { SHELL_CONTENT_SECURITY_POLICY, WEB_CONTENT_SECURITY_POLICY } from './csp';

function directivesOf(policy: string): Map<string, string[]> {
  return new Map(
    policy.split(';').map((part) => {
      const [name = '', ...sources] = part.trim().split(/\s+/);
      return [name, sources];
    }),
  );
}

const shell = directivesOf(SHELL_CONTENT_SECURITY_POLICY);
const web = directivesOf(WEB_CONTENT_SECURITY_POLICY);

describe.each([
  ['shell', shell],
  ['web', web],
])('the %s CSP', (_, directives) => {
  it('runs only the app’s own scripts', () => {
    expect(directives.get('default-src')).toEqual(["'self'"]);
    expect(directives.get('script-src')).toEqual(["'self'"]);
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

describe('shell and web CSP', () => {
  it('keeps the shell’s page talking to itself only: its network goes through main', () => {
    expect(shell.get('connect-src')).toEqual(["'self'"]);
  });

  it('lets the web build reach a WebDAV server on any http(s) host, and nothing else', () => {
    expect(web.get('connect-src')).toEqual(["'self'", 'https:', 'http:']);
  });

  it('differs in connect-src only, so the web meta tag never loosens anything else in the shell', () => {
    const others = (directives: Map<string, string[]>) => [...directives].filter(([name]) => name !== 'connect-src');
    expect(others(web)).toEqual(others(shell));
  });
});
