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
import enEvents from './locales/en/events.json';
import enMeetings from './locales/en/meetings.json';
import enFollowUps from './locales/en/followUps.json';
import enAttachments from './locales/en/attachments.json';
import enTimeline from './locales/en/timeline.json';
import ukEvents from './locales/uk/events.json';
import ukMeetings from './locales/uk/meetings.json';
import ukFollowUps from './locales/uk/followUps.json';
import ukAttachments from './locales/uk/attachments.json';
import ukTimeline from './locales/uk/timeline.json';
import ruEvents from './locales/ru/events.json';
import ruMeetings from './locales/ru/meetings.json';
import ruFollowUps from './locales/ru/followUps.json';
import ruAttachments from './locales/ru/attachments.json';
import ruTimeline from './locales/ru/timeline.json';
import enAgreements from './locales/en/agreements.json';
import enClauseLibrary from './locales/en/clauseLibrary.json';
import ukAgreements from './locales/uk/agreements.json';
import ukClauseLibrary from './locales/uk/clauseLibrary.json';
import ruAgreements from './locales/ru/agreements.json';
import ruClauseLibrary from './locales/ru/clauseLibrary.json';
import enExports from './locales/en/exports.json';
import ukExports from './locales/uk/exports.json';
import ruExports from './locales/ru/exports.json';
import enSync from './locales/en/sync.json';
import ukSync from './locales/uk/sync.json';
import ruSync from './locales/ru/sync.json';
import enImport from './locales/en/import.json';
import ukImport from './locales/uk/import.json';
import ruImport from './locales/ru/import.json';
import enBackup from './locales/en/backup.json';
import ukBackup from './locales/uk/backup.json';
import ruBackup from './locales/ru/backup.json';
import enBackupSchedule from './locales/en/backupSchedule.json';
import ukBackupSchedule from './locales/uk/backupSchedule.json';
import ruBackupSchedule from './locales/ru/backupSchedule.json';

export const NAMESPACES = ['common', 'contacts', 'organizations', 'trash', 'settings', 'validation', 'errors', 'search', 'events', 'meetings', 'followUps', 'attachments', 'timeline', 'agreements', 'clauseLibrary', 'exports', 'sync', 'import', 'backup', 'backupSchedule'] as const;
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
    events: enEvents,
    meetings: enMeetings,
    followUps: enFollowUps,
    attachments: enAttachments,
    timeline: enTimeline,
    agreements: enAgreements,
    clauseLibrary: enClauseLibrary,
    exports: enExports,
    sync: enSync,
    import: enImport,
    backup: enBackup,
    backupSchedule: enBackupSchedule,
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
    events: ukEvents,
    meetings: ukMeetings,
    followUps: ukFollowUps,
    attachments: ukAttachments,
    timeline: ukTimeline,
    agreements: ukAgreements,
    clauseLibrary: ukClauseLibrary,
    exports: ukExports,
    sync: ukSync,
    import: ukImport,
    backup: ukBackup,
    backupSchedule: ukBackupSchedule,
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
    events: ruEvents,
    meetings: ruMeetings,
    followUps: ruFollowUps,
    attachments: ruAttachments,
    timeline: ruTimeline,
    agreements: ruAgreements,
    clauseLibrary: ruClauseLibrary,
    exports: ruExports,
    sync: ruSync,
    import: ruImport,
    backup: ruBackup,
    backupSchedule: ruBackupSchedule,
  },
} as const;
