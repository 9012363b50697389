import type { AgreementVersion } from '#shared/domain/agreement';

/** Stands for the agreement's text as it is now, beside saved versions. */
export const CURRENT = 'current';

/** The sides picked for a comparison: version ids or CURRENT, at most two, latest pick last. */
export type CompareSelection = readonly string[];

/** Ticks or unticks a side; a third pick lets go of the earliest one. */
export function toggleSide(selection: CompareSelection, id: string): string[] {
  if (selection.includes(id)) return selection.filter((picked) => picked !== id);
  return [...selection, id].slice(-2);
}

/**
 * The comparison two picks make, older side first: the current text is always the newer side,
 * and of two versions the one saved earlier is the older. Null unless exactly two are picked.
 */
export function compareRange(
  selection: CompareSelection,
  versions: readonly Pick<AgreementVersion, 'id' | 'createdAt'>[],
): { from: string; to: string } | null {
  if (selection.length !== 2) return null;
  const [a, b] = selection as [string, string];
  if (a === CURRENT) return { from: b, to: CURRENT };
  if (b === CURRENT) return { from: a, to: CURRENT };
  const savedAt = (id: string) => versions.find((version) => version.id === id)?.createdAt ?? 0;
  const aFirst = savedAt(a) < savedAt(b) || (savedAt(a) === savedAt(b) && a < b);
  return aFirst ? { from: a, to: b } : { from: b, to: a };
}

export function comparePath(agreementId: string, range: { from: string; to: string }): string {
  const query = new URLSearchParams({ from: range.from, to: range.to });
  return `/agreements/${encodeURIComponent(agreementId)}/compare?${query.toString()}`;
}
