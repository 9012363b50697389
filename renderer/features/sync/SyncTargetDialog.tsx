import { useState } from 'react';
import { Button, Group, Input, Modal, PasswordInput, SegmentedControl, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { IconFolder } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { SYNC_TARGET_KINDS, type SyncTarget, type SyncTargetKind } from '#shared/sync/sync-target';
import { useErrorNotifier } from '../../app/error-notifier';
import { usePlatform } from '../../platform/platform-context';
import { refusedFieldIssues, translateIssues, validateWith } from '../../components/record-form/zod-errors';
import { emptyTargetForm, formValuesOf, targetFormSchema, type TargetFormValues } from './target-form';
import { useCredentialStatus } from './use-credential-status';
import { useSaveTarget, type SavedTarget } from './use-save-target';

interface Props {
  /** The target to edit, or null to add one. */
  target: SyncTarget | null;
  onClose: () => void;
  onSaved: (saved: SavedTarget) => void;
}

/** Adds a sync target or edits one; the password goes to the shell, never into the record. */
export function SyncTargetDialog({ target, onClose, onSaved }: Props) {
  const { t } = useTranslation('sync');
  const { t: tCommon } = useTranslation();
  const platform = usePlatform();
  const saveTarget = useSaveTarget();
  const notifyError = useErrorNotifier();
  const [saving, setSaving] = useState(false);
  const status = useCredentialStatus(target?.id ?? null, target?.updatedAt);
  const passwordLost = target?.kind === 'webdav' && status !== undefined && (status.credentials === 'none' || !status.known);
  // Nothing kept yet, nothing kept any more, or another account: the shell binds a password to
  // its address and user name, and never hands it to another.
  const passwordRequired = (values: TargetFormValues) =>
    values.kind === 'webdav' &&
    (target?.kind !== 'webdav' || passwordLost || values.baseUrl.trim() !== target.baseUrl || values.username.trim() !== target.username);

  const form = useForm<TargetFormValues>({
    mode: 'controlled',
    initialValues: target ? formValuesOf(target) : emptyTargetForm(),
    validate: (values) => validateWith(targetFormSchema(passwordRequired(values)), values, tCommon),
  });
  const kind = form.values.kind;

  const save = async (values: TargetFormValues) => {
    setSaving(true);
    try {
      const saved = await saveTarget(target, values);
      notifications.show({ color: 'green', message: t(target ? 'targets.saved' : 'targets.added', { name: saved.target.name }) });
      onSaved(saved);
    } catch (error) {
      const issues = refusedFieldIssues(error);
      if (issues) form.setErrors(translateIssues(issues, tCommon));
      else notifyError(error);
    } finally {
      setSaving(false);
    }
  };

  const chooseFolder = async () => {
    try {
      const folderPath = await platform.sync.chooseFolder();
      if (folderPath) form.setFieldValue('folderPath', folderPath);
    } catch (error) {
      notifyError(error);
    }
  };

  return (
    <Modal opened onClose={onClose} title={t(target ? 'form.editTitle' : 'form.addTitle')} centered size="lg">
      <form onSubmit={form.onSubmit((values) => void save(values))} noValidate>
        <Stack gap="sm">
          {!target && platform.sync.supportsFolderTargets ? (
            <Input.Wrapper label={t('form.kind')} id="sync-target-kind" labelElement="div">
              <SegmentedControl
                aria-labelledby="sync-target-kind-label"
                fullWidth
                value={kind}
                onChange={(value) => form.setFieldValue('kind', value as SyncTargetKind)}
                data={SYNC_TARGET_KINDS.map((value) => ({ value, label: t(`targets.kind.${value}`) }))}
              />
            </Input.Wrapper>
          ) : null}
          <TextInput data-autofocus required label={t('form.name')} description={t('form.nameHint')} {...form.getInputProps('name')} />
          {kind === 'webdav' ? (
            <>
              <TextInput
                required
                type="url"
                dir="ltr"
                autoComplete="url"
                label={t('form.url')}
                description={t('form.urlHint')}
                {...form.getInputProps('baseUrl')}
              />
              <TextInput required autoComplete="username" label={t('form.username')} {...form.getInputProps('username')} />
              <PasswordInput
                required={passwordRequired(form.values)}
                autoComplete="new-password"
                label={t('form.password')}
                description={passwordLost ? t('form.passwordEnterAgain') : target?.kind === 'webdav' && !passwordRequired(form.values) ? t('form.passwordKeep') : t('form.passwordHint')}
                {...form.getInputProps('password')}
              />
            </>
          ) : (
            <Input.Wrapper required label={t('form.folderPath')} labelElement="div" error={form.errors.folderPath}>
              <Group gap="sm" wrap="nowrap" mt={4}>
                <Button variant="default" leftSection={<IconFolder size={16} aria-hidden />} onClick={() => void chooseFolder()}>
                  {t('form.chooseFolder')}
                </Button>
                <Text size="sm" c={form.values.folderPath ? undefined : 'dimmed'} dir={form.values.folderPath ? 'ltr' : undefined} style={{ wordBreak: 'break-all' }}>
                  {form.values.folderPath || t('form.noFolder')}
                </Text>
              </Group>
            </Input.Wrapper>
          )}
          <TextInput label={t('form.remoteFolder')} description={t('form.remoteFolderHint')} {...form.getInputProps('remoteFolder')} />
          <Group justify="flex-end" gap="xs" mt="xs">
            <Button variant="default" onClick={onClose}>
              {t('form.cancel')}
            </Button>
            <Button type="submit" loading={saving}>
              {t('form.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
