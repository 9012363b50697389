import { emptyContactInput, type Contact } from '../domain/contact';
import { emptyOrganizationInput, type Organization } from '../domain/organization';
import type { LocalizedText } from '../domain/lang';

/** Records for the search tests: only what a test names is filled. */

const meta = (id: string) => ({ id, createdAt: 0, updatedAt: 0, deletedAt: null, sortKey: { uk: '', ru: '', en: '' } });

export const text = (uk: string, ru = '', en = ''): LocalizedText => ({ uk, ru, en });

export function testContact(id: string, fields: Partial<Omit<Contact, 'id'>>): Contact {
  return { ...emptyContactInput(), ...meta(id), ...fields };
}

export function testOrganization(id: string, fields: Partial<Omit<Organization, 'id'>>): Organization {
  return { ...emptyOrganizationInput(), ...meta(id), ...fields };
}
