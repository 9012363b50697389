import { useMemo } from 'react';
import { MultiSelect, Select, type MultiSelectProps, type SelectProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Contact } from '#shared/domain/contact';
import type { UiLanguage } from '#shared/domain/lang';
import { contactDisplayName, organizationDisplayName } from '#shared/domain/display-name';
import { useLiveContacts, useLiveOrganizations } from '../../data/live-queries';
import { useUiStore } from '../../app/ui-store';

interface Choice {
  /** Only our own staff (delegation, owners of follow-ups), or only people on the other side. */
  side?: 'ours' | 'theirs';
}

/** People to choose from, "Name · Organization", in name order for the UI language. */
function useContactOptions({ side }: Choice, selected: readonly string[]) {
  const language = useUiStore((state) => state.language);
  const contacts = useLiveContacts(language);
  const organizations = useLiveOrganizations(language);
  const { t } = useTranslation('contacts');
  const selectedKey = selected.join(',');
  return useMemo(() => {
    const orgNames = new Map((organizations ?? []).map((org) => [org.id, organizationDisplayName(org, language)]));
    const keep = new Set(selectedKey ? selectedKey.split(',') : []);
    return (contacts ?? [])
      // A person already chosen stays visible even if their flag changed since.
      .filter((contact) => keep.has(contact.id) || side === undefined || contact.ourStaff === (side === 'ours'))
      .map((contact) => ({ value: contact.id, label: contactLabel(contact, orgNames, language) || t('unnamed') }));
  }, [contacts, organizations, language, side, selectedKey, t]);
}

function contactLabel(contact: Contact, orgNames: ReadonlyMap<string, string>, language: UiLanguage): string {
  const name = contactDisplayName(contact, language);
  const org = contact.organizationId ? orgNames.get(contact.organizationId) : '';
  return org ? `${name} · ${org}` : name;
}

type MultiProps = Omit<MultiSelectProps, 'data'> & Choice;

export function ContactMultiPicker({ side, value, ...props }: MultiProps) {
  const data = useContactOptions({ side }, value ?? []);
  return <MultiSelect searchable clearable data={data} value={value} nothingFoundMessage="—" {...props} />;
}

type SingleProps = Omit<SelectProps, 'data'> & Choice;

export function ContactPicker({ side, value, ...props }: SingleProps) {
  const data = useContactOptions({ side }, value ? [value] : []);
  return <Select searchable clearable data={data} value={value} nothingFoundMessage="—" {...props} />;
}
