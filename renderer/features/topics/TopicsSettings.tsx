import { useState } from 'react';
import { Badge, Button, Card, Group, Loader, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { IconPencil, IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { UI_LANGUAGES, pickLocalized } from '#shared/domain/lang';
import type { Topic } from '#shared/domain/topics';
import { useTopics } from '../../data/meeting-queries';
import { useUiStore } from '../../app/ui-store';
import { seededLabel } from './topic-labels';
import { TopicDialog } from './TopicDialog';

/** Editing state: closed, adding a topic, or relabelling one. */
type Editing = { topic: Topic | null } | null;

/**
 * The meeting-topic vocabulary in Settings: every topic's label in uk, ru and en, to relabel
 * (seeded ones too) or add to. Topics are never deleted: meetings keep pointing at them.
 */
export function TopicsSettings() {
  const { t } = useTranslation('settings');
  const { t: tCommon } = useTranslation();
  const language = useUiStore((state) => state.language);
  const topics = useTopics();
  const [editing, setEditing] = useState<Editing>(null);

  return (
    <Card withBorder component="section" aria-labelledby="settings-topics">
      <Group justify="space-between" align="flex-start" mb="xs" wrap="nowrap">
        <Title order={2} size="h4" id="settings-topics">
          {t('topics.title')}
        </Title>
        <Button size="xs" variant="light" leftSection={<IconPlus size={14} aria-hidden />} onClick={() => setEditing({ topic: null })}>
          {t('topics.add')}
        </Button>
      </Group>
      <Text size="sm" c="dimmed" mb="sm">
        {t('topics.intro')}
      </Text>
      {!topics ? (
        <Loader size="sm" />
      ) : (
        <Table.ScrollContainer minWidth={560}>
          <Table aria-labelledby="settings-topics" verticalSpacing={6}>
            <Table.Thead>
              <Table.Tr>
                {UI_LANGUAGES.map((lang) => (
                  <Table.Th key={lang} scope="col">
                    {tCommon(`languageNames.${lang}`)}
                  </Table.Th>
                ))}
                <Table.Th scope="col">{t('topics.origin')}</Table.Th>
                <Table.Th scope="col">
                  <VisuallyHidden>{t('topics.actions')}</VisuallyHidden>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {topics.map((topic) => {
                const name = pickLocalized(topic.label, language);
                return (
                  <Table.Tr key={topic.id}>
                    {UI_LANGUAGES.map((lang) => (
                      <Table.Td key={lang} lang={lang}>
                        {topic.label[lang] || (
                          <Text span c="dimmed" size="sm">
                            {t('topics.noLabel')}
                          </Text>
                        )}
                      </Table.Td>
                    ))}
                    <Table.Td>
                      <Badge size="sm" variant="light" color={seededLabel(topic.id) ? 'gray' : 'blue'} tt="none">
                        {t(seededLabel(topic.id) ? 'topics.builtIn' : 'topics.own')}
                      </Badge>
                    </Table.Td>
                    <Table.Td>
                      <Button
                        size="compact-sm"
                        variant="subtle"
                        leftSection={<IconPencil size={14} aria-hidden />}
                        aria-label={t('topics.editNamed', { name })}
                        onClick={() => setEditing({ topic })}
                      >
                        {t('topics.edit')}
                      </Button>
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {editing ? <TopicDialog topic={editing.topic} onClose={() => setEditing(null)} /> : null}
    </Card>
  );
}
