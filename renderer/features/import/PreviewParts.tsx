import { Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PreviewPerson } from '../../import/import-protocol';
import { useUiStore } from '../../app/ui-store';
import { previewName } from './preview-text';

/** "…and 812 more": what a capped list leaves out. */
export function MoreRows({ count }: { count: number }) {
  const { t } = useTranslation('import');
  if (count <= 0) return null;
  return (
    <Text size="sm" c="dimmed" mt="xs">
      {t('preview.more', { count })}
    </Text>
  );
}

/** A person as a duplicate's side shows them: name, then organization, emails, phones. */
export function PersonSummary({ person }: { person: PreviewPerson }) {
  const language = useUiStore((state) => state.language);
  const details = [person.organizationName, ...person.emails, ...person.phones].filter(Boolean);
  return (
    <Stack gap={0}>
      <Text size="sm" fw={600}>
        {previewName(person, language)}
      </Text>
      {details.map((detail, index) => (
        <Text key={`${index}-${detail}`} size="xs" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
          {detail}
        </Text>
      ))}
    </Stack>
  );
}
