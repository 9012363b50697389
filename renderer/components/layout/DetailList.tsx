import type { ReactNode } from 'react';
import { Text } from '@mantine/core';

export interface DetailItem {
  label: string;
  value: ReactNode;
}

/** A definition list that leaves out empty values rather than showing blanks. */
export function DetailList({ items }: { items: DetailItem[] }) {
  const filled = items.filter((item) => item.value !== '' && item.value !== null && item.value !== undefined);
  return (
    <dl className="detail-list">
      {filled.map((item) => (
        <div key={item.label} className="detail-list__row">
          <Text component="dt" size="sm" c="dimmed">
            {item.label}
          </Text>
          <Text component="dd" size="sm">
            {item.value}
          </Text>
        </div>
      ))}
    </dl>
  );
}
