import { Loader } from '@mantine/core';
import { useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import {
  emptyOrganizationInput,
  organizationInputSchema,
  toOrganizationInput,
  type OrganizationInput,
} from '#shared/domain/organization';
import { organizationDisplayName } from '#shared/domain/display-name';
import { useOrganization } from '../../data/live-queries';
import { useWorkspace } from '../../data/workspace-context';
import { useUiStore } from '../../app/ui-store';
import { RecordEditor } from '../../components/record-form/RecordEditor';
import { NotFound } from '../../components/layout/NotFound';
import { OrganizationForm } from './OrganizationForm';

export function OrganizationEditPage() {
  const { id } = useParams();
  const organization = useOrganization(id);
  if (organization === undefined) return <Loader />;
  if (organization === null) return <NotFound />;
  return <OrganizationEditor key={organization.id} id={organization.id} initialValues={toOrganizationInput(organization)} />;
}

export function OrganizationCreatePage() {
  return <OrganizationEditor id={null} initialValues={emptyOrganizationInput()} />;
}

function OrganizationEditor({ id, initialValues }: { id: string | null; initialValues: OrganizationInput }) {
  const { t } = useTranslation('organizations');
  const language = useUiStore((state) => state.language);
  const { organizations } = useWorkspace();
  return (
    <RecordEditor
      id={id}
      initialValues={initialValues}
      schema={organizationInputSchema}
      draftPrefix="organization"
      basePath="/organizations"
      create={organizations.create}
      update={organizations.update}
      title={(values) =>
        id ? t('edit.title', { name: organizationDisplayName(values, language) || t('unnamed') }) : t('edit.newTitle')
      }
      renderFields={(form) => <OrganizationForm form={form} id={id} />}
    />
  );
}
