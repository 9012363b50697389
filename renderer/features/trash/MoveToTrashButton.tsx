import type { ReactNode } from 'react';
import { Button } from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';
import { useNavigate } from 'react-router';
import { useMoveToTrash, type TrashKind } from './use-move-to-trash';

interface Props {
  kind: TrashKind;
  record: { id: string; deletedAt: number | null };
  /** How the record is named in the "moved to the Trash" notice. */
  name: string;
  /** Where to go once it is gone: the record's list. */
  listPath: string;
  children: ReactNode;
}

/** A record page's "Move to Trash": offers Undo, then leaves for the list. Off for a record already there. */
export function MoveToTrashButton({ kind, record, name, listPath, children }: Props) {
  const navigate = useNavigate();
  const moveToTrash = useMoveToTrash(kind);
  return (
    <Button
      color="red"
      variant="light"
      leftSection={<IconTrash size={16} aria-hidden />}
      disabled={record.deletedAt !== null}
      onClick={async () => {
        if (await moveToTrash([record.id], name)) navigate(listPath);
      }}
    >
      {children}
    </Button>
  );
}
