import { ActionIcon, Button, Checkbox, Group, Popover, Stack, Text } from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconColumns } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { ReactTable } from '@tanstack/react-table';
import type { ListRow, RecordTableFeatures } from './table-features';

interface Props<Row extends ListRow> {
  table: ReactTable<RecordTableFeatures, Row>;
  onReset: () => void;
}

/** Show, hide and reorder columns; the choice is remembered with the table layout. */
export function ColumnSettings<Row extends ListRow>({ table, onReset }: Props<Row>) {
  const { t } = useTranslation();
  const columns = table.getAllLeafColumns();
  const order = columns.map((column) => column.id);

  const move = (index: number, delta: number) => {
    const next = [...order];
    const [moved] = next.splice(index, 1);
    if (moved === undefined) return;
    next.splice(index + delta, 0, moved);
    table.setColumnOrder(next);
  };

  return (
    <Popover position="bottom-end" shadow="md" trapFocus>
      <Popover.Target>
        <Button variant="default" leftSection={<IconColumns size={16} aria-hidden />}>
          {t('table.columns')}
        </Button>
      </Popover.Target>
      <Popover.Dropdown>
        <Stack gap={4} role="group" aria-label={t('table.columns')}>
          {columns.map((column, index) => {
            const label = column.columnDef.meta?.label(t) ?? column.id;
            return (
              <Group key={column.id} gap="xs" wrap="nowrap" justify="space-between">
                <Checkbox
                  label={label}
                  checked={column.getIsVisible()}
                  disabled={!column.getCanHide()}
                  onChange={(event) => column.toggleVisibility(event.currentTarget.checked)}
                />
                <Group gap={2} wrap="nowrap">
                  <ActionIcon
                    variant="subtle"
                    disabled={index === 0}
                    aria-label={t('table.moveColumnUp', { column: label })}
                    onClick={() => move(index, -1)}
                  >
                    <IconArrowUp size={14} aria-hidden />
                  </ActionIcon>
                  <ActionIcon
                    variant="subtle"
                    disabled={index === columns.length - 1}
                    aria-label={t('table.moveColumnDown', { column: label })}
                    onClick={() => move(index, 1)}
                  >
                    <IconArrowDown size={14} aria-hidden />
                  </ActionIcon>
                </Group>
              </Group>
            );
          })}
          <Text size="xs" c="dimmed" mt="xs">
            {t('table.columnsHint')}
          </Text>
          <Button variant="subtle" size="xs" onClick={onReset}>
            {t('table.resetColumns')}
          </Button>
        </Stack>
      </Popover.Dropdown>
    </Popover>
  );
}
