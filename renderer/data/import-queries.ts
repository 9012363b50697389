import { useLiveQuery } from 'dexie-react-hooks';
import type { ImportBatch } from '#shared/import/import-plan';
import { useWorkspace } from './workspace-context';

/** Past imports, newest first (undone ones too, marked); undefined while loading. */
export function useImportBatches(): ImportBatch[] | undefined {
  const { imports } = useWorkspace();
  return useLiveQuery(() => imports.listBatches(), [imports]);
}
