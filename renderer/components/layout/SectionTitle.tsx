import type { ReactNode } from 'react';
import { Badge, Group, Title, type MantineSpacing } from '@mantine/core';

interface Props {
  /** The heading's id, for the section's aria-labelledby. */
  id: string;
  children: ReactNode;
  /** How many items the section holds: shown in a badge when there are any. */
  count?: number;
  /** What the count means, read out instead of the bare number ("3 follow-ups"). */
  countLabel?: string;
  /** 'alert' for a section that wants attention (overdue), 'muted' for one that does not. */
  tone?: 'alert' | 'normal' | 'muted';
  mb?: MantineSpacing | number;
}

const TITLE_COLOR = { alert: 'red.8', normal: undefined, muted: 'dimmed' } as const;

/** A section's h2 with the number of its items beside it. */
export function SectionTitle({ id, children, count = 0, countLabel, tone = 'normal', mb = 'sm' }: Props) {
  return (
    <Group gap="xs" mb={mb}>
      <Title order={2} size="h4" id={id} c={TITLE_COLOR[tone]}>
        {children}
      </Title>
      {count > 0 ? (
        <Badge variant="light" color={tone === 'alert' ? 'red' : 'gray'} aria-label={countLabel}>
          {count}
        </Badge>
      ) : null}
    </Group>
  );
}
