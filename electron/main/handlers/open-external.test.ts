import { describe, expect, it, vi } from 'vitest';
import { AppError } from '#shared/errors/app-error';
import { createOpenExternalHandler } from './open-external';

describe('app:openExternal handler', () => {
  it('opens an allowed link in the OS, normalized', async () => {
    const shell = { openExternal: vi.fn(async () => undefined) };
    await createOpenExternalHandler(shell)('HTTPS://MFA.gov.ua');
    expect(shell.openExternal).toHaveBeenCalledWith('https://mfa.gov.ua/');
  });

  it.each(['file:///etc/passwd', 'javascript:alert(1)', 'https://mfa.gov.ua@evil.example/'])(
    'refuses %s as a validation error without touching the shell',
    async (url) => {
      const shell = { openExternal: vi.fn(async () => undefined) };
      const failure = createOpenExternalHandler(shell)(url);
      await expect(failure).rejects.toBeInstanceOf(AppError);
      await expect(failure).rejects.toMatchObject({ code: 'validation', details: { field: 'url' } });
      expect(shell.openExternal).not.toHaveBeenCalled();
    },
  );
});
