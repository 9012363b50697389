import { Anchor, Group } from '@mantine/core';
import { Link } from 'react-router';

export interface RecordLink {
  id: string;
  label: string;
}

/** Links to records ("/contacts/<id>"), comma-separated and wrapping like text. */
export function RecordLinks({ basePath, links }: { basePath: string; links: readonly RecordLink[] }) {
  return (
    <Group gap={4} component="span" wrap="wrap">
      {links.map((link, index) => (
        <span key={link.id}>
          <Anchor component={Link} to={`${basePath}/${link.id}`} size="sm">
            {link.label}
          </Anchor>
          {index < links.length - 1 ? ',' : null}
        </span>
      ))}
    </Group>
  );
}
