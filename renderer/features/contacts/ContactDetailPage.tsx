import { Anchor, Badge, Button, Card, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { IconEdit } from '@tabler/icons-react';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { UI_LANGUAGES, pickLocalized } from '#shared/domain/lang';
import type { Contact } from '#shared/domain/contact';
import { contactDisplayName, organizationDisplayName } from '#shared/domain/display-name';
import { useContact, useOrganization } from '../../data/live-queries';
import { useUiStore } from '../../app/ui-store';
import { countryName, formatDateTime, languageName } from '../../app/format';
import { DetailList } from '../../components/layout/DetailList';
import { NotFound } from '../../components/layout/NotFound';
import { MoveToTrashButton } from '../trash/MoveToTrashButton';
import { AttachmentsPanel } from '../attachments';
import { MeetingTimeline } from '../follow-ups';

export function ContactDetailPage() {
  const { id } = useParams();
  const contact = useContact(id);
  if (contact === undefined) return <Loader />;
  if (contact === null) return <NotFound />;
  return <ContactDetail contact={contact} />;
}

function ContactDetail({ contact }: { contact: Contact }) {
  const { t } = useTranslation('contacts');
  const language = useUiStore((state) => state.language);
  const organization = useOrganization(contact.organizationId ?? undefined);
  const name = contactDisplayName(contact, language) || t('unnamed');

  const spellings = UI_LANGUAGES.map((lang) => ({
    label: t('detail.nameIn', { language: t(`languageNames.${lang}`, { ns: 'common' }) }),
    value: [contact.givenName[lang], contact.familyName[lang]].filter(Boolean).join(' '),
  }));

  return (
    <Stack gap="md">
      <Group justify="space-between" wrap="wrap">
        <div>
          <Title order={1} size="h2">
            {[pickLocalized(contact.honorific, language), name].filter(Boolean).join(' ')}
          </Title>
          <Text c="dimmed">{pickLocalized(contact.position, language)}</Text>
        </div>
        <Group>
          <Button component={Link} to={`/contacts/${contact.id}/edit`} leftSection={<IconEdit size={16} aria-hidden />}>
            {t('detail.edit')}
          </Button>
          <MoveToTrashButton kind="contacts" record={contact} name={name} listPath="/contacts">
            {t('detail.moveToTrash')}
          </MoveToTrashButton>
        </Group>
      </Group>
      {contact.deletedAt !== null ? <Badge color="gray">{t('detail.inTrash')}</Badge> : null}
      {contact.ourStaff ? <Badge variant="light">{t('detail.ourStaff')}</Badge> : null}
      <Card withBorder>
        <DetailList
          items={[
            ...spellings,
            { label: t('fields.nameOriginal'), value: contact.nameOriginal },
            {
              label: t('fields.organization'),
              value: organization ? (
                <Anchor component={Link} to={`/organizations/${organization.id}`}>
                  {organizationDisplayName(organization, language)}
                </Anchor>
              ) : (
                ''
              ),
            },
            { label: t('fields.country'), value: countryName(contact.country, language) },
            { label: t('fields.city'), value: pickLocalized(contact.city, language) },
            { label: t('fields.languages'), value: contact.languages.map((code) => languageName(code, language)).join(', ') },
            {
              label: t('fields.emails'),
              value: contact.emails.length ? (
                <Stack gap={2}>
                  {contact.emails.map((email) => (
                    <Anchor key={email} href={`mailto:${email}`}>
                      {email}
                    </Anchor>
                  ))}
                </Stack>
              ) : (
                ''
              ),
            },
            { label: t('fields.phones'), value: contact.phones.join(', ') },
            {
              label: t('fields.messengers'),
              value: contact.messengers.map((m) => `${t(`messengers.${m.kind}`)}: ${m.handle}`).join(', '),
            },
            { label: t('fields.tags'), value: contact.tags.length ? <TagList tags={contact.tags} /> : '' },
            { label: t('fields.notes'), value: contact.notes ? <span className="pre-wrap">{contact.notes}</span> : '' },
            { label: t('detail.updatedAt'), value: formatDateTime(contact.updatedAt, language) },
          ]}
        />
      </Card>
      <AttachmentsPanel ownerType="contact" ownerId={contact.id} />
      <MeetingTimeline contactId={contact.id} />
    </Stack>
  );
}

export function TagList({ tags }: { tags: readonly string[] }) {
  return (
    <Group gap={4}>
      {tags.map((tag) => (
        <Badge key={tag} variant="light" tt="none">
          {tag}
        </Badge>
      ))}
    </Group>
  );
}
