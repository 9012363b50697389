import { useUiStore } from '../../app/ui-store';
import { formatDateTime } from '../../app/format';

export function DateTimeCell({ value }: { value: number }) {
  const language = useUiStore((state) => state.language);
  return <>{formatDateTime(value, language)}</>;
}

export function compareKeys(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
