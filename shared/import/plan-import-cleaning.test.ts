import { describe, expect, it } from 'vitest';
import { emptyContactInput, type ContactInput } from '../domain/contact';
import type { ContactCandidate } from './import-source';
import { cleanCandidate, NOT_VALID_NOTE } from './plan-import-cleaning';

const candidate = (contact: Partial<ContactInput>, organizationName = ''): ContactCandidate => ({ row: 7, contact: { ...emptyContactInput(), ...contact }, organizationName, photos: [] });

describe('cleanCandidate', () => {
  it('keeps valid entries once each, moves the rest into the notes, and never trusts an organization id from a file', () => {
    const emails = Array.from({ length: 22 }, (_, i) => `p${i}@example.org`);
    const cleaned = cleanCandidate(
      candidate({
        nameOriginal: 'Olena Petrenko',
        organizationId: '01HZX5W6Y7Z8A9B0C1D2E3F4G5',
        emails: [...emails, 'P0@example.org', ''],
        phones: ['+380 44 123 45 67', '044 123 45 67'],
        messengers: [{ kind: 'telegram', handle: '@olena' }, { kind: 'icq' as 'telegram', handle: '12345' }],
        tags: ['Forum', 'Forum', 't'.repeat(61)],
        country: 'ua',
      }),
    );
    expect(cleaned.kind).toBe('contact');
    if (cleaned.kind !== 'contact') return;
    const { input } = cleaned;
    expect(input.organizationId).toBeNull();
    expect(input.emails).toEqual(emails.slice(0, 20));
    expect(input.phones).toEqual(['+380 44 123 45 67']);
    expect(input.messengers).toEqual([{ kind: 'telegram', handle: '@olena' }]);
    expect(input.tags).toEqual(['Forum']);
    expect(input.country).toBe('UA');
    expect(input.notes).toBe(`${NOT_VALID_NOTE} p20@example.org, p21@example.org, icq: 12345, ${'t'.repeat(61)}`);
  });

  it('takes a row naming only an organization for the organization, and refuses one with nothing to go by', () => {
    expect(cleanCandidate(candidate({ emails: ['info@kmda.gov.ua'] }, 'Київська міська рада'))).toEqual({ kind: 'organizationOnly' });
    expect(cleanCandidate(candidate({ phones: ['+380 44 000 00 00'] }))).toEqual({ kind: 'rejected', rejected: { row: 7, reason: 'noName', excerpt: '+380 44 000 00 00' } });
  });

  it('refuses a person whose notes are over the limit, naming the field', () => {
    const cleaned = cleanCandidate(candidate({ nameOriginal: 'Olena Petrenko', notes: 'x'.repeat(20_001) }));
    expect(cleaned).toEqual({ kind: 'rejected', rejected: { row: 7, reason: 'invalid', field: 'notes', detail: 'tooLong', excerpt: 'Olena Petrenko' } });
  });
});
