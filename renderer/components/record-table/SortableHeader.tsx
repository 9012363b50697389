import { UnstyledButton } from '@mantine/core';
import { IconArrowsSort, IconSortAscending, IconSortDescending } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Header } from '@tanstack/react-table';
import type { ListRow, RecordTableFeatures } from './table-features';

const ARIA_SORT = { asc: 'ascending', desc: 'descending' } as const;

export function SortableHeader<Row extends ListRow>({ header }: { header: Header<RecordTableFeatures, Row, unknown> }) {
  const { t } = useTranslation();
  const { column } = header;
  const label = column.columnDef.meta?.label(t) ?? column.id;
  const sorted = column.getIsSorted();
  const Icon = sorted === 'asc' ? IconSortAscending : sorted === 'desc' ? IconSortDescending : IconArrowsSort;

  return (
    <th scope="col" aria-sort={sorted ? ARIA_SORT[sorted] : 'none'}>
      {column.getCanSort() ? (
        <UnstyledButton className="record-table__sort" onClick={column.getToggleSortingHandler()}>
          <span>{label}</span>
          <Icon size={14} aria-hidden opacity={sorted ? 1 : 0.4} />
        </UnstyledButton>
      ) : (
        label
      )}
    </th>
  );
}
