import { Button, Menu } from '@mantine/core';
import { IconChevronDown, IconFileExport, type Icon } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

export interface ExportMenuItem<Id extends string> {
  id: Id;
  label: string;
  Icon: Icon;
}

/** A page's "Export" button and its menu of exports; the page opens the dialog of the one picked. */
export function ExportMenuButton<Id extends string>({ items, onPick }: { items: readonly ExportMenuItem<Id>[]; onPick: (id: Id) => void }) {
  const { t } = useTranslation('exports');
  return (
    <Menu position="bottom-end">
      <Menu.Target>
        <Button variant="default" leftSection={<IconFileExport size={16} aria-hidden />} rightSection={<IconChevronDown size={14} aria-hidden />}>
          {t('menu.label')}
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        {items.map(({ id, label, Icon }) => (
          <Menu.Item key={id} leftSection={<Icon size={16} aria-hidden />} onClick={() => onPick(id)}>
            {label}
          </Menu.Item>
        ))}
      </Menu.Dropdown>
    </Menu>
  );
}
