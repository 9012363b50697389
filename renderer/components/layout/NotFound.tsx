import { Alert } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export function NotFound() {
  const { t } = useTranslation();
  return (
    <Alert color="yellow" title={t('notFound.title')}>
      {t('notFound.body')}
    </Alert>
  );
}
