import type { TFunction } from 'i18next';
import type { AgreementVersion } from '#shared/domain/agreement';

/**
 * What a version is called in lists and pickers: the user's name for it, or, for automatic
 * ones, what caused it ("Status changed to “Sent to partner”", "Before restoring").
 */
export function versionLabel(version: Pick<AgreementVersion, 'name' | 'reason' | 'status'>, t: TFunction<'agreements'>): string {
  const name = version.name.trim();
  if (name) return name;
  switch (version.reason) {
    case 'statusChange':
      return t('versions.auto.statusChange', { status: t(`status.${version.status}`) });
    case 'beforeRestore':
      return t('versions.auto.beforeRestore');
    case 'beforeEditing':
      return t('versions.auto.beforeEditing');
    case 'manual':
      return t('versions.auto.manual');
  }
}
