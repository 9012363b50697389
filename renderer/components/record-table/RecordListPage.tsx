import { useCallback, type ReactNode } from 'react';
import { Button, Loader } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { Link, useNavigate } from 'react-router';
import type { TableLayout } from '../../app/ui-store';
import { PageHeader } from '../layout/PageHeader';
import { EmptyWorkspace } from '../../features/sample/EmptyWorkspace';
import { RecordTable } from './RecordTable';
import type { ListRow, RecordColumn } from './table-features';

interface Props<Row extends ListRow> {
  /** "/contacts": the list's route; rows open at `${basePath}/${id}`, new records at `${basePath}/new`. */
  basePath: string;
  tableId: string;
  title: string;
  newLabel: string;
  emptyMessage: string;
  /** undefined while loading. */
  rows: Row[] | undefined;
  columns: RecordColumn<Row>[];
  defaultLayout: Partial<TableLayout>;
  countLabel: (shown: number, total: number) => string;
  searchTextOf: (row: Row) => string;
  presortedColumn?: string;
  complete: boolean;
  /** More buttons before "New"; they get the rows the table's filters leave. */
  actions?: (shownRows: () => Row[]) => ReactNode;
}

/** A section's list screen: the table, or an empty state that offers the sample workspace. */
export function RecordListPage<Row extends ListRow>(props: Props<Row>) {
  const { basePath, tableId, title, newLabel, emptyMessage, rows, columns, defaultLayout, countLabel } = props;
  const { searchTextOf, presortedColumn, complete, actions } = props;
  const navigate = useNavigate();
  const open = useCallback((row: Row) => navigate(`${basePath}/${row.id}`), [basePath, navigate]);
  const newButton = (
    <Button component={Link} to={`${basePath}/new`} leftSection={<IconPlus size={16} aria-hidden />}>
      {newLabel}
    </Button>
  );

  return (
    <div className="page page--fill">
      <PageHeader title={title} />
      {rows === undefined ? (
        <Loader />
      ) : rows.length === 0 ? (
        <EmptyWorkspace message={emptyMessage} action={newButton} />
      ) : (
        <RecordTable
          tableId={tableId}
          label={title}
          rows={rows}
          columns={columns}
          defaultLayout={defaultLayout}
          countLabel={countLabel}
          onOpen={open}
          toolbar={
            actions
              ? (shownRows: () => Row[]) => (
                  <>
                    {actions(shownRows)}
                    {newButton}
                  </>
                )
              : newButton
          }
          searchTextOf={searchTextOf}
          presortedColumn={presortedColumn}
          complete={complete}
        />
      )}
    </div>
  );
}
