import { useCallback } from 'react';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { isAppError } from '#shared/errors/app-error';

/** Shows any failure as a translated notification; bugs are logged as well. */
export function useErrorNotifier(): (error: unknown) => void {
  const { t } = useTranslation();
  return useCallback(
    (error: unknown) => {
      const code = isAppError(error) ? error.code : 'unexpected';
      if (!isAppError(error)) console.error(error);
      notifications.show({ color: 'red', title: t('title', { ns: 'errors' }), message: t(code, { ns: 'errors' }), autoClose: 8000 });
    },
    [t],
  );
}
