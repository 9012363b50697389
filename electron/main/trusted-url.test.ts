import { describe, expect, it } from 'vitest';
import { APP_ENTRY_URL, isAllowedExternalUrl, isAppUrl, toAllowedExternalUrl } from './trusted-url';

describe('isAppUrl', () => {
  it.each([APP_ENTRY_URL, 'app://delegation-desk/', 'app://delegation-desk/contacts?q=1#top'])('trusts %s', (url) => {
    expect(isAppUrl(url)).toBe(true);
  });

  it.each([
    'app://delegation-desk.evil.example/',
    'app://evil/delegation-desk',
    'app://delegation-desk:8080/',
    'https://delegation-desk/',
    'file:///app/out/renderer/index.html',
    'http://127.0.0.1:5173/',
    'about:blank',
    '',
    'not a url',
  ])('does not trust %s', (url) => {
    expect(isAppUrl(url)).toBe(false);
  });
});

describe('toAllowedExternalUrl', () => {
  it.each([
    ['https://mfa.gov.ua/en', 'https://mfa.gov.ua/en'],
    ['http://example.org', 'http://example.org/'],
    ['HTTPS://Example.ORG/Path', 'https://example.org/Path'],
    ['mailto:protocol@mfa.gov.ua?subject=Visit', 'mailto:protocol@mfa.gov.ua?subject=Visit'],
  ])('lets %s open in the OS, normalized', (raw, normalized) => {
    expect(toAllowedExternalUrl(raw)).toBe(normalized);
    expect(isAllowedExternalUrl(raw)).toBe(true);
  });

  it.each([
    'file:///C:/Windows/System32/calc.exe',
    'javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'smb://attacker.example/share',
    'ms-msdt:/id PCWDiagnostic',
    'app://delegation-desk/index.html',
    'https://mfa.gov.ua@evil.example/',
    'https://user:secret@example.org/',
    'mailto:?subject=no-recipient',
    'https:///',
    'www.example.org',
    `https://example.org/${'a'.repeat(2048)}`,
  ])('keeps %s inside', (raw) => {
    expect(toAllowedExternalUrl(raw)).toBeNull();
    expect(isAllowedExternalUrl(raw)).toBe(false);
  });
});
