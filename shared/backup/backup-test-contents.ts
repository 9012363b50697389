import type { BackupContents } from './backup-format';

/** A small file's worth of contents for the file tests: Cyrillic names, a trashed record, attachment bytes, a setting. */
export function sampleContents(): BackupContents {
  return {
    tables: {
      contacts: [
        { id: '01HZCONTACT0000000000000001', givenName: { uk: 'Артем', ru: 'Артем', en: 'Artem' }, familyName: { uk: 'Лисогор', ru: 'Лысогор', en: 'Lysohor' }, ourStaff: true, deletedAt: null, updatedAt: 1 },
        { id: '01HZCONTACT0000000000000002', givenName: { uk: '', ru: '', en: 'Juliette' }, familyName: { uk: '', ru: '', en: 'Delbe' }, ourStaff: false, deletedAt: 5, updatedAt: 5 },
      ],
      organizations: [{ id: '01HZORG00000000000000000001', name: { uk: 'Регіон О-де-Франс', ru: '', en: 'Région Hauts-de-France' } }],
      attachments: [{ id: '01HZATTACH0000000000000001', fileName: 'візитка.jpg', size: 4 }],
    },
    attachmentBytes: { '01HZATTACH0000000000000001': 'AAEC/w==' },
    settings: { 'delegation-desk.ui': '{"state":{"language":"uk"},"version":1}' },
  };
}
