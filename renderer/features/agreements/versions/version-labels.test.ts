import { describe, expect, it } from 'vitest';
import type { AgreementVersion } from '#shared/domain/agreement';
import { createI18n } from '../../../i18n/i18n';
import { versionLabel } from './version-labels';
import { CURRENT, comparePath, compareRange, toggleSide } from './version-selection';

const version = (patch: Partial<AgreementVersion>): Pick<AgreementVersion, 'name' | 'reason' | 'status'> => ({
  name: '',
  reason: 'manual',
  status: 'draft',
  ...patch,
});

describe('versionLabel', () => {
  it('uses the user’s name for a version when there is one', async () => {
    const t = (await createI18n('en')).getFixedT('en', 'agreements');
    expect(versionLabel(version({ name: '  Sent to Zaporizhzhia for comments ', reason: 'statusChange', status: 'sentToPartner' }), t)).toBe(
      'Sent to Zaporizhzhia for comments',
    );
  });

  it('names automatic versions from their reason and status', async () => {
    const t = (await createI18n('en')).getFixedT('en', 'agreements');
    expect(versionLabel(version({ reason: 'statusChange', status: 'sentToPartner' }), t)).toBe('Status changed to “Sent to partner”');
    expect(versionLabel(version({ reason: 'beforeRestore', status: 'agreed' }), t)).toBe('Before restoring');
    expect(versionLabel(version({ reason: 'beforeEditing' }), t)).toBe('Before editing');
    expect(versionLabel(version({ reason: 'manual', name: '   ' }), t)).toBe('Saved version');
  });

  it('names them in the UI language', async () => {
    const uk = (await createI18n('uk')).getFixedT('uk', 'agreements');
    const label = versionLabel(version({ reason: 'statusChange', status: 'signed' }), uk);
    expect(label).toMatch(/^Статус змінено на «.+»$/);
    expect(label).toContain(uk('status.signed'));
    expect(versionLabel(version({ reason: 'beforeEditing' }), uk)).toBe('Перед редагуванням');
  });
});

describe('choosing two sides to compare', () => {
  const versions = [
    { id: 'v3', createdAt: 3000 },
    { id: 'v2', createdAt: 2000 },
    { id: 'v1', createdAt: 1000 },
  ];

  it('keeps at most two picks, letting go of the earliest', () => {
    expect(toggleSide([], 'v1')).toEqual(['v1']);
    expect(toggleSide(['v1'], 'v2')).toEqual(['v1', 'v2']);
    expect(toggleSide(['v1', 'v2'], CURRENT)).toEqual(['v2', CURRENT]);
    expect(toggleSide(['v2', CURRENT], 'v2')).toEqual([CURRENT]);
  });

  it('puts the older version first, and the current text always second', () => {
    expect(compareRange(['v3', 'v1'], versions)).toEqual({ from: 'v1', to: 'v3' });
    expect(compareRange(['v1', 'v3'], versions)).toEqual({ from: 'v1', to: 'v3' });
    expect(compareRange([CURRENT, 'v2'], versions)).toEqual({ from: 'v2', to: CURRENT });
    expect(compareRange(['v2'], versions)).toBeNull();
  });

  it('makes the compare address', () => {
    expect(comparePath('01JAGR', { from: 'v1', to: CURRENT })).toBe('/agreements/01JAGR/compare?from=v1&to=current');
  });
});
