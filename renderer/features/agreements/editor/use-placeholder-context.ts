import { useMemo } from 'react';
import type { AgreementContent } from '#shared/domain/agreement';
import type { PlaceholderContext } from '#shared/agreements/placeholders';
import type { AgreementRecords } from '../../../data/agreement-queries';

type Frame = Omit<AgreementContent, 'clauses'>;

/**
 * What placeholders resolve from: the agreement's framing (not its clauses) and the records of
 * its parties. Kept by value, so saving a clause does not hand every row a new context.
 */
export function usePlaceholderContext(agreement: AgreementContent, records: AgreementRecords | undefined): PlaceholderContext | null {
  const { kind, title, languages, parties, signingPlace, signingDate } = agreement;
  const frameKey = JSON.stringify({ kind, title, languages, parties, signingPlace, signingDate } satisfies Frame);
  return useMemo(() => {
    if (!records) return null;
    const frame = JSON.parse(frameKey) as Frame;
    return { agreement: { ...frame, clauses: [] }, organizations: records.organizations, contacts: records.contacts };
  }, [frameKey, records]);
}
