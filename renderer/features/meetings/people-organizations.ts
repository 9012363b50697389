/** The organizations the given people belong to, each once, in the order the people come. */
export function organizationsOfPeople(contactIds: readonly string[], organizationOf: (contactId: string) => string | null): string[] {
  const found = contactIds.map(organizationOf).filter((id): id is string => id !== null);
  return [...new Set(found)];
}
