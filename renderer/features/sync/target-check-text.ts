import type { TFunction } from 'i18next';
import type { UiLanguage } from '#shared/domain/lang';
import type { TargetCheck } from '#shared/sync/sync-target';
import { formatDateTime } from '../../app/format';
import type { ConnectionTest } from '../../sync/sync-service';

/** The state line of a target in Settings: never checked, fine at a time, or the translated failure. */
export function checkText(check: TargetCheck | null, language: UiLanguage, t: TFunction<['sync', 'errors']>): string {
  if (!check) return t('targets.never');
  const time = formatDateTime(check.at, language);
  if (check.result === 'ok') return t('targets.checkedOk', { time });
  return t('targets.checkedFailed', { time, reason: t(check.result, { ns: 'errors' }) });
}

/** What a "test connection" found, in a sentence. */
export function probeText(result: ConnectionTest, remoteFolder: string, t: TFunction<['sync', 'errors']>): string {
  if (!('ok' in result)) return t('targets.testFailed', { reason: t(result.code, { ns: 'errors' }) });
  return result.folderMissing ? t('targets.testOkFolderMissing', { folder: remoteFolder }) : t('targets.testOk');
}
