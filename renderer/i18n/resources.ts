import enCommon from './locales/en/common.json';
import enContacts from './locales/en/contacts.json';
import enOrganizations from './locales/en/organizations.json';
import enTrash from './locales/en/trash.json';
import enSettings from './locales/en/settings.json';
import enValidation from './locales/en/validation.json';
import enErrors from './locales/en/errors.json';
import enSearch from './locales/en/search.json';
import ukCommon from './locales/uk/common.json';
import ukContacts from './locales/uk/contacts.json';
import ukOrganizations from './locales/uk/organizations.json';
import ukTrash from './locales/uk/trash.json';
import ukSettings from './locales/uk/settings.json';
import ukValidation from './locales/uk/validation.json';
import ukErrors from './locales/uk/errors.json';
import ukSearch from './locales/uk/search.json';
import ruCommon from './locales/ru/common.json';
import ruContacts from './locales/ru/contacts.json';
import ruOrganizations from './locales/ru/organizations.json';
import ruTrash from './locales/ru/trash.json';
import ruSettings from './locales/ru/settings.json';
import ruValidation from './locales/ru/validation.json';
import ruErrors from './locales/ru/errors.json';
import ruSearch from './locales/ru/search.json';

export const NAMESPACES = ['common', 'contacts', 'organizations', 'trash', 'settings', 'validation', 'errors', 'search'] as const;
export type Namespace = (typeof NAMESPACES)[number];

/** English is the reference for the key types; the parity test holds uk and ru to it. */
export const resources = {
  en: {
    common: enCommon,
    contacts: enContacts,
    organizations: enOrganizations,
    trash: enTrash,
    settings: enSettings,
    validation: enValidation,
    errors: enErrors,
    search: enSearch,
  },
  uk: {
    common: ukCommon,
    contacts: ukContacts,
    organizations: ukOrganizations,
    trash: ukTrash,
    settings: ukSettings,
    validation: ukValidation,
    errors: ukErrors,
    search: ukSearch,
  },
  ru: {
    common: ruCommon,
    contacts: ruContacts,
    organizations: ruOrganizations,
    trash: ruTrash,
    settings: ruSettings,
    validation: ruValidation,
    errors: ruErrors,
    search: ruSearch,
  },
} as const;
