import { useState } from 'react';
import { ActionIcon, Indicator, Popover } from '@mantine/core';
import { IconMessage } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { ClauseComment } from '#shared/domain/agreement';
import { ClauseComments, unresolvedCount } from '../comments';

interface Props {
  clauseId: string;
  clauseLabel: string;
  comments: ClauseComment[];
  onChange: (clauseId: string, comments: ClauseComment[]) => void;
}

/** The clause's review comments in a popover; the button shows how many are still open. */
export function ClauseCommentsButton({ clauseId, clauseLabel, comments, onChange }: Props) {
  const { t } = useTranslation('agreements');
  const [opened, setOpened] = useState(false);
  const open = unresolvedCount(comments);
  return (
    <Indicator label={open} size={16} disabled={open === 0} offset={4}>
      <Popover opened={opened} onChange={setOpened} position="left-start" width={360} shadow="md" trapFocus withinPortal>
        <Popover.Target>
          <ActionIcon
            variant={comments.length > 0 ? 'light' : 'subtle'}
            color="gray"
            aria-label={t('editor.commentsFor', { clause: clauseLabel, open })}
            onClick={() => setOpened((value) => !value)}
          >
            <IconMessage size={18} aria-hidden />
          </ActionIcon>
        </Popover.Target>
        <Popover.Dropdown>
          {opened ? <ClauseComments comments={comments} onChange={(next) => onChange(clauseId, next)} /> : null}
        </Popover.Dropdown>
      </Popover>
    </Indicator>
  );
}
