import { Button, Card, Group, Text, Title } from '@mantine/core';
import { IconBooks } from '@tabler/icons-react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useClauseLibraryEntries } from '../../../data/clause-library-queries';

/** The clause library's place in Settings: what it is, how big, and the way in. */
export function ClauseLibrarySettings() {
  const { t } = useTranslation('clauseLibrary');
  const entries = useClauseLibraryEntries();
  const own = entries?.filter((entry) => entry.origin === 'own').length ?? 0;
  const edited = entries?.filter((entry) => entry.origin === 'edited').length ?? 0;
  return (
    <Card withBorder component="section" aria-labelledby="settings-clause-library">
      <Title order={2} size="h4" id="settings-clause-library" mb="xs">
        {t('title')}
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        {t('settings.intro')}
      </Text>
      <Group justify="space-between" gap="sm">
        <Text size="sm">
          {entries
            ? [t('count', { count: entries.length }), edited > 0 ? t('editedCount', { count: edited }) : '', own > 0 ? t('ownCount', { count: own }) : '']
                .filter(Boolean)
                .join(' · ')
            : null}
        </Text>
        <Button component={Link} to="/settings/clauses" variant="light" leftSection={<IconBooks size={16} aria-hidden />}>
          {t('settings.open')}
        </Button>
      </Group>
    </Card>
  );
}
