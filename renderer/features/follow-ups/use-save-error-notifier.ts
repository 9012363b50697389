import { useCallback } from 'react';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { isAppError } from '#shared/errors/app-error';
import type { FieldIssue } from '#shared/domain/validation';
import { useErrorNotifier } from '../../app/error-notifier';

/**
 * For saves made outside a form (a checkbox, a menu): a validation failure is told by its
 * reason, e.g. "An open follow-up needs a due date." when reopening one that has none;
 * anything else goes to the app's error notifier.
 */
export function useSaveErrorNotifier(): (error: unknown) => void {
  const { t } = useTranslation();
  const notifyError = useErrorNotifier();
  return useCallback(
    (error: unknown) => {
      const issues = isAppError(error) && error.code === 'validation' ? ((error.details?.issues ?? []) as FieldIssue[]) : [];
      if (issues.length === 0) {
        notifyError(error);
        return;
      }
      const message = issues
        .map(({ code }) => t(code as 'invalid', { ns: 'validation', defaultValue: t('invalid', { ns: 'validation' }) }))
        .filter((text, index, all) => all.indexOf(text) === index)
        .join(' ');
      notifications.show({ color: 'red', title: t('validation', { ns: 'errors' }), message, autoClose: 8000 });
    },
    [notifyError, t],
  );
}
