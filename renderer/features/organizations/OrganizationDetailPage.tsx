import { Anchor, Badge, Button, Card, Group, Loader, Stack, Table, Text, Title } from '@mantine/core';
import { IconEdit, IconUserPlus } from '@tabler/icons-react';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { UI_LANGUAGES, pickLocalized } from '#shared/domain/lang';
import type { Organization } from '#shared/domain/organization';
import { contactDisplayName, organizationDisplayName } from '#shared/domain/display-name';
import { useChildOrganizations, useOrganization, useOrganizationPeople } from '../../data/live-queries';
import { useUiStore } from '../../app/ui-store';
import { countryName, formatDateTime } from '../../app/format';
import { DetailList } from '../../components/layout/DetailList';
import { NotFound } from '../../components/layout/NotFound';
import { MoveToTrashButton } from '../trash/MoveToTrashButton';
import { TagList } from '../contacts';
import { MeetingTimeline } from '../follow-ups';
import { OrganizationAgreements } from '../agreements/related';

export function OrganizationDetailPage() {
  const { id } = useParams();
  const organization = useOrganization(id);
  if (organization === undefined) return <Loader />;
  if (organization === null) return <NotFound />;
  return <OrganizationDetail organization={organization} />;
}

function OrganizationDetail({ organization }: { organization: Organization }) {
  const { t } = useTranslation('organizations');
  const language = useUiStore((state) => state.language);
  const parent = useOrganization(organization.parentId ?? undefined);
  const name = organizationDisplayName(organization, language) || t('unnamed');

  return (
    <Stack gap="md">
      <Group justify="space-between" wrap="wrap">
        <div>
          <Title order={1} size="h2">
            {name}
          </Title>
          <Text c="dimmed">{t(`kinds.${organization.kind}`)}</Text>
        </div>
        <Group>
          <Button component={Link} to={`/organizations/${organization.id}/edit`} leftSection={<IconEdit size={16} aria-hidden />}>
            {t('detail.edit')}
          </Button>
          <MoveToTrashButton kind="organizations" record={organization} name={name} listPath="/organizations">
            {t('detail.moveToTrash')}
          </MoveToTrashButton>
        </Group>
      </Group>
      {organization.deletedAt !== null ? <Badge color="gray">{t('detail.inTrash')}</Badge> : null}
      <Card withBorder>
        <DetailList
          items={[
            ...UI_LANGUAGES.map((lang) => ({
              label: t('detail.nameIn', { language: t(`languageNames.${lang}`, { ns: 'common' }) }),
              value: organization.name[lang],
            })),
            { label: t('fields.nameOriginal'), value: organization.nameOriginal },
            { label: t('fields.shortName'), value: organization.shortName },
            {
              label: t('fields.parent'),
              value: parent ? (
                <Anchor component={Link} to={`/organizations/${parent.id}`}>
                  {organizationDisplayName(parent, language)}
                </Anchor>
              ) : (
                ''
              ),
            },
            { label: t('fields.country'), value: countryName(organization.country, language) },
            { label: t('fields.city'), value: pickLocalized(organization.city, language) },
            {
              label: t('fields.website'),
              value: organization.website ? (
                <Anchor href={organization.website} target="_blank" rel="noreferrer">
                  {organization.website}
                </Anchor>
              ) : (
                ''
              ),
            },
            { label: t('fields.tags'), value: organization.tags.length ? <TagList tags={organization.tags} /> : '' },
            { label: t('fields.notes'), value: organization.notes ? <span className="pre-wrap">{organization.notes}</span> : '' },
            { label: t('detail.updatedAt'), value: formatDateTime(organization.updatedAt, language) },
          ]}
        />
      </Card>
      <People organizationId={organization.id} />
      <Units organizationId={organization.id} />
      <OrganizationAgreements organizationId={organization.id} emptyText={t('detail.noAgreements')} />
      <MeetingTimeline organizationId={organization.id} />
    </Stack>
  );
}

function People({ organizationId }: { organizationId: string }) {
  const { t } = useTranslation('organizations');
  const language = useUiStore((state) => state.language);
  const people = useOrganizationPeople(organizationId);
  if (!people) return null;
  const sorted = [...people].sort((a, b) => (a.sortKey[language] < b.sortKey[language] ? -1 : 1));
  return (
    <Card withBorder component="section" aria-labelledby="people-title">
      <Group justify="space-between" mb="sm">
        <Title order={2} size="h4" id="people-title">
          {t('detail.people', { count: people.length })}
        </Title>
        <Button
          variant="light"
          size="xs"
          component={Link}
          to={`/contacts/new?organizationId=${organizationId}`}
          leftSection={<IconUserPlus size={14} aria-hidden />}
        >
          {t('detail.addPerson')}
        </Button>
      </Group>
      {sorted.length === 0 ? (
        <Text c="dimmed" size="sm">
          {t('detail.noPeople')}
        </Text>
      ) : (
        <Table aria-labelledby="people-title">
          <Table.Tbody>
            {sorted.map((person) => (
              <Table.Tr key={person.id}>
                <Table.Td>
                  <Anchor component={Link} to={`/contacts/${person.id}`}>
                    {contactDisplayName(person, language)}
                  </Anchor>
                </Table.Td>
                <Table.Td>{pickLocalized(person.position, language)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Card>
  );
}

function Units({ organizationId }: { organizationId: string }) {
  const { t } = useTranslation('organizations');
  const language = useUiStore((state) => state.language);
  const children = useChildOrganizations(organizationId);
  if (!children || children.length === 0) return null;
  return (
    <Card withBorder component="section" aria-labelledby="units-title">
      <Title order={2} size="h4" id="units-title" mb="sm">
        {t('detail.units')}
      </Title>
      <Stack gap={4}>
        {children.map((child) => (
          <Anchor key={child.id} component={Link} to={`/organizations/${child.id}`}>
            {organizationDisplayName(child, language)}
          </Anchor>
        ))}
      </Stack>
    </Card>
  );
}
