import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * The texts of a list screen, from a namespace whose keys follow the list convention
 * (title, new, empty, count, countFiltered), as contacts and organizations do.
 */
export function useListLabels(ns: 'contacts' | 'organizations' | 'events' | 'meetings') {
  const { t } = useTranslation(ns);
  const countLabel = useCallback(
    (shown: number, total: number) =>
      shown === total ? t('count', { count: total }) : t('countFiltered', { count: shown, total }),
    [t],
  );
  return useMemo(
    () => ({ title: t('title'), newLabel: t('new'), emptyMessage: t('empty'), countLabel }),
    [t, countLabel],
  );
}
