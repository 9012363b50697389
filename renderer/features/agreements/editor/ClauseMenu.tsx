import { useState } from 'react';
import { ActionIcon, Menu } from '@mantine/core';
import {
  IconArrowDown,
  IconArrowUp,
  IconBooks,
  IconCut,
  IconDots,
  IconIndentIncrease,
  IconRowInsertBottom,
  IconRowInsertTop,
  IconTrash,
} from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { CLAUSE_KINDS, type ClauseKind } from '#shared/domain/agreement';
import type { ClauseActions } from './use-clause-actions';

interface Props {
  clauseId: string;
  clauseLabel: string;
  kind: ClauseKind;
  index: number;
  isLast: boolean;
  actions: ClauseActions;
  onDelete: (clauseId: string) => void;
  onInsertFromLibrary: (index: number) => void;
}

/** The row's actions, in a menu reached by keyboard like any button. */
export function ClauseMenu({ clauseId, clauseLabel, kind, index, isLast, actions, onDelete, onInsertFromLibrary }: Props) {
  const { t } = useTranslation('agreements');
  // Controlled, so opening re-reads where the caret was last (the split point).
  const [opened, setOpened] = useState(false);
  const caret = opened ? actions.caret() : null;
  const canSplit = caret !== null && caret.clauseId === clauseId;

  return (
    <Menu position="bottom-end" withinPortal opened={opened} onChange={setOpened}>
      <Menu.Target>
        <ActionIcon variant="subtle" color="gray" aria-label={t('editor.actionsFor', { clause: clauseLabel })}>
          <IconDots size={18} aria-hidden />
        </ActionIcon>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Item leftSection={<IconRowInsertTop size={14} aria-hidden />} onClick={() => actions.insertAt(index, kind === 'preamble' ? 'preamble' : 'section')}>
          {t('editor.insertAbove')}
        </Menu.Item>
        <Menu.Item leftSection={<IconRowInsertBottom size={14} aria-hidden />} onClick={() => actions.insertAt(index + 1, kind === 'subclause' ? 'subclause' : 'section')}>
          {t('editor.insertBelow')}
        </Menu.Item>
        <Menu.Item leftSection={<IconIndentIncrease size={14} aria-hidden />} onClick={() => actions.insertAt(index + 1, 'subclause')}>
          {t('editor.insertSubclause')}
        </Menu.Item>
        <Menu.Item leftSection={<IconBooks size={14} aria-hidden />} onClick={() => onInsertFromLibrary(index + 1)}>
          {t('editor.insertFromLibrary')}
        </Menu.Item>
        <Menu.Item
          leftSection={<IconCut size={14} aria-hidden />}
          disabled={!canSplit}
          title={canSplit ? undefined : t('editor.splitHint')}
          onClick={() => caret && actions.split(clauseId, caret.lang, caret.offset)}
        >
          {t('editor.split')}
        </Menu.Item>
        <Menu.Divider />
        <Menu.Item leftSection={<IconArrowUp size={14} aria-hidden />} disabled={index === 0} onClick={() => actions.move(index, index - 1)}>
          {t('editor.moveUp')}
        </Menu.Item>
        <Menu.Item leftSection={<IconArrowDown size={14} aria-hidden />} disabled={isLast} onClick={() => actions.move(index, index + 1)}>
          {t('editor.moveDown')}
        </Menu.Item>
        <Menu.Divider />
        <Menu.Label>{t('editor.changeKind')}</Menu.Label>
        {CLAUSE_KINDS.map((option) => (
          <Menu.Item key={option} disabled={option === kind} onClick={() => actions.setKind(clauseId, option)}>
            {t(`clauseKind.${option}`)}
          </Menu.Item>
        ))}
        <Menu.Divider />
        <Menu.Item color="red" leftSection={<IconTrash size={14} aria-hidden />} onClick={() => onDelete(clauseId)}>
          {t('editor.delete')}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
