import { useEffect, useState } from 'react';
import type { TargetStatus } from '#shared/ipc/contract';
import { usePlatform } from '../../platform/platform-context';

/**
 * Where the shell keeps the target's password (or whether it still knows the target at all),
 * asked again whenever `revision` changes: after the target is saved, or its password given.
 * Undefined while asking, when asking failed (the note is then left out, not guessed), or for no target.
 */
export function useCredentialStatus(targetId: string | null, revision: unknown): TargetStatus | undefined {
  const { sync } = usePlatform();
  const [status, setStatus] = useState<TargetStatus | undefined>(undefined);

  useEffect(() => {
    if (targetId === null) return;
    let active = true;
    sync.targetStatus(targetId).then(
      (value) => {
        if (active) setStatus(value);
      },
      () => {
        if (active) setStatus(undefined);
      },
    );
    return () => {
      active = false;
    };
  }, [sync, targetId, revision]);

  return targetId === null ? undefined : status;
}
