import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { Contact } from '#shared/domain/contact';
import { contactDisplayName } from '#shared/domain/display-name';
import { useUiStore } from '../../app/ui-store';

export type PersonName = (contact: Contact | undefined) => string;

/** Names people in the UI language; someone with no name at all reads as "Unnamed contact". */
export function usePersonName(): PersonName {
  const { t } = useTranslation('contacts');
  const language = useUiStore((state) => state.language);
  return useCallback((contact) => (contact ? contactDisplayName(contact, language) || t('unnamed') : ''), [language, t]);
}
