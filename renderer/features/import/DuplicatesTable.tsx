import { memo } from 'react';
import { Badge, Button, Group, SegmentedControl, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { DuplicateDecision } from '#shared/import/import-plan';
import type { PreviewDuplicate } from '../../import/import-protocol';
import { useUiStore } from '../../app/ui-store';
import { DUPLICATE_DECISIONS, decisionFor, type DecisionState } from './duplicate-decisions';
import { capped, previewName } from './preview-text';
import { MoreRows, PersonSummary } from './PreviewParts';

// A reason is a short phrase: it wraps rather than being cut off in a narrow column.
const REASON_BADGE = { root: { height: 'auto', paddingBlock: 2 }, label: { whiteSpace: 'normal', overflow: 'visible' } } as const;

interface Props {
  duplicates: readonly PreviewDuplicate[];
  /** Duplicates in the whole plan; `duplicates` holds the first of them. */
  total: number;
  decisions: DecisionState;
  onRow: (row: number, decision: DuplicateDecision) => void;
  onAll: (decision: DuplicateDecision) => void;
}

/**
 * Each incoming person beside the one already in the workspace they look like, with why, and
 * the choice to merge them, keep both or skip the incoming one — row by row or for all.
 */
export function DuplicatesTable({ duplicates, total, decisions, onRow, onAll }: Props) {
  const { t } = useTranslation('import');
  if (duplicates.length === 0) return <Text c="dimmed">{t('preview.noDuplicates')}</Text>;
  const { shown, more } = capped(duplicates, total);
  return (
    <>
      <Group gap="xs" mb="sm">
        <Text size="sm" fw={500}>
          {t('preview.forAll')}
        </Text>
        {DUPLICATE_DECISIONS.map((decision) => (
          <Button
            key={decision}
            size="xs"
            variant="default"
            aria-label={t('preview.forAllLabel', { decision: t(`preview.decision.${decision}`) })}
            onClick={() => onAll(decision)}
          >
            {t(`preview.decision.${decision}`)}
          </Button>
        ))}
      </Group>
      <Table.ScrollContainer minWidth={760}>
        <Table verticalSpacing="sm" withRowBorders>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('preview.incoming')}</Table.Th>
              <Table.Th>{t('preview.existing')}</Table.Th>
              <Table.Th w={200}>{t('preview.reason')}</Table.Th>
              <Table.Th>{t('preview.decisionColumn')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {shown.map((duplicate) => (
              <DuplicateRow key={duplicate.row} duplicate={duplicate} decision={decisionFor(decisions, duplicate.row)} onRow={onRow} />
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <MoreRows count={more} />
    </>
  );
}

interface RowProps {
  duplicate: PreviewDuplicate;
  decision: DuplicateDecision;
  onRow: (row: number, decision: DuplicateDecision) => void;
}

const DuplicateRow = memo(function DuplicateRow({ duplicate, decision, onRow }: RowProps) {
  const { t } = useTranslation('import');
  const language = useUiStore((state) => state.language);
  return (
    <Table.Tr data-row={duplicate.row}>
      <Table.Td>
        <PersonSummary person={duplicate.incoming} />
      </Table.Td>
      <Table.Td>
        <PersonSummary person={duplicate.existing} />
      </Table.Td>
      <Table.Td>
        <Group gap={4}>
          {duplicate.reasons.map((reason) => (
            <Badge key={reason} variant="dot" color="orange" tt="none" styles={REASON_BADGE}>
              {t(`preview.reasons.${reason}`)}
            </Badge>
          ))}
        </Group>
      </Table.Td>
      <Table.Td>
        <SegmentedControl
          size="xs"
          aria-label={t('preview.decisionFor', { name: previewName(duplicate.incoming, language) })}
          value={decision}
          onChange={(value) => onRow(duplicate.row, value as DuplicateDecision)}
          data={DUPLICATE_DECISIONS.map((value) => ({ value, label: t(`preview.decision.${value}`) }))}
        />
      </Table.Td>
    </Table.Tr>
  );
});
