import { contactInputSchema, type Contact, type ContactInput } from '#shared/domain/contact';
import { newRecordId } from '#shared/domain/ids';
import { deriveContact } from '../../../renderer/data/contact-repository';
import { generateContacts, generateOrganizations, organizationCountFor } from '../fixtures/generate';
import { poolSizes } from '../fixtures/name-pools';
import { BENCH_SEED, type DatasetInfo } from './bench-api';

/** Stand-in organization ids (valid ULIDs) for inserts into a database without organizations. */
export function placeholderOrganizationIds(n: number): string[] {
  const at = Date.UTC(2025, 6, 4);
  return Array.from({ length: organizationCountFor(n) }, () => newRecordId(at));
}

export interface ContactDataset {
  inputs: ContactInput[];
  info: DatasetInfo;
}

export function contactDataset(n: number, organizationIds: readonly string[]): ContactDataset {
  const start = performance.now();
  const inputs = generateContacts(n, BENCH_SEED, organizationIds);
  const generateMs = performance.now() - start;
  return {
    inputs,
    info: {
      contacts: inputs.length,
      organizations: organizationIds.length,
      distinctFullNames: new Set(inputs.map((c) => c.nameOriginal)).size,
      distinctFamilyNames: new Set(inputs.map((c) => c.familyName.en)).size,
      distinctGivenNames: new Set(inputs.map((c) => c.givenName.en)).size,
      pool: poolSizes(),
      generateMs,
    },
  };
}

export const organizationInputs = (n: number) => generateOrganizations(organizationCountFor(n), BENCH_SEED);

/** The records the repository would store for these inputs, built ahead for the raw baseline. */
export function prebuiltRecords(inputs: readonly ContactInput[]): Contact[] {
  const at = Date.now();
  return inputs.map((input) => {
    const parsed = contactInputSchema.parse(input);
    return { ...parsed, ...deriveContact(parsed), id: newRecordId(at), createdAt: at, updatedAt: at, deletedAt: null };
  });
}
