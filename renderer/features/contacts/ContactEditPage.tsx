import { Loader } from '@mantine/core';
import { useParams, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { contactInputSchema, emptyContactInput, toContactInput, type ContactInput } from '#shared/domain/contact';
import { contactDisplayName } from '#shared/domain/display-name';
import { useContact } from '../../data/live-queries';
import { useWorkspace } from '../../data/workspace-context';
import { useUiStore } from '../../app/ui-store';
import { RecordEditor } from '../../components/record-form/RecordEditor';
import { NotFound } from '../../components/layout/NotFound';
import { ContactForm } from './ContactForm';

export function ContactEditPage() {
  const { id } = useParams();
  const contact = useContact(id);
  if (contact === undefined) return <Loader />;
  if (contact === null) return <NotFound />;
  return <ContactEditor key={contact.id} id={contact.id} initialValues={toContactInput(contact)} />;
}

/** `?organizationId=` pre-fills the organization, as when adding a person from its page. */
export function ContactCreatePage() {
  const [params] = useSearchParams();
  const initialValues = { ...emptyContactInput(), organizationId: params.get('organizationId') };
  return <ContactEditor id={null} initialValues={initialValues} />;
}

function ContactEditor({ id, initialValues }: { id: string | null; initialValues: ContactInput }) {
  const { t } = useTranslation('contacts');
  const language = useUiStore((state) => state.language);
  const { contacts } = useWorkspace();
  return (
    <RecordEditor
      id={id}
      initialValues={initialValues}
      schema={contactInputSchema}
      draftPrefix="contact"
      basePath="/contacts"
      create={contacts.create}
      update={contacts.update}
      title={(values) => (id ? t('edit.title', { name: contactDisplayName(values, language) || t('unnamed') }) : t('edit.newTitle'))}
      renderFields={(form) => <ContactForm form={form} />}
    />
  );
}
