import { memo, type ReactNode } from 'react';

interface Props {
  /** The form values (and anything else) the fields show; they re-render only when one changes. */
  deps: readonly unknown[];
  children: () => ReactNode;
}

/** Equal by value: Mantine's form deep-clones its values on every change, so identity says nothing. */
function sameValue(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  return JSON.stringify(a) === JSON.stringify(b);
}

const sameDeps = (a: Props, b: Props) => a.deps.length === b.deps.length && a.deps.every((dep, i) => sameValue(dep, b.deps[i]));

/**
 * A controlled form re-renders every field on every keystroke; on a long form (the meeting's,
 * with pickers over every contact) that costs more than a frame. A part of the form wrapped
 * here re-renders only when its own values (small slices, compared by value) change.
 */
export const MemoFields = memo(function MemoFields({ children }: Props) {
  return <>{children()}</>;
}, sameDeps);
