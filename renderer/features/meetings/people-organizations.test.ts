import { describe, expect, it } from 'vitest';
import { organizationsOfPeople } from './people-organizations';

describe('organizationsOfPeople', () => {
  const organizationOf = (id: string) => ({ delbe: 'hauts-de-france', colleague: 'hauts-de-france', hereliuk: 'business-france' })[id] ?? null;

  it('lists each organization once, in the order the people come, skipping people without one', () => {
    expect(organizationsOfPeople(['hereliuk', 'delbe', 'freelancer', 'colleague'], organizationOf)).toEqual(['business-france', 'hauts-de-france']);
    expect(organizationsOfPeople([], organizationOf)).toEqual([]);
  });
});
