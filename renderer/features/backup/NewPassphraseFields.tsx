import { PasswordInput, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { checkNewPassphrase, MIN_PASSPHRASE_LENGTH } from './passphrase-rules';

export interface NewPassphrase {
  passphrase: string;
  confirmation: string;
}

export const EMPTY_PASSPHRASE: NewPassphrase = { passphrase: '', confirmation: '' };

export function isValidNewPassphrase(value: NewPassphrase): boolean {
  return checkNewPassphrase(value.passphrase, value.confirmation).length === 0;
}

interface Props {
  value: NewPassphrase;
  onChange: (value: NewPassphrase) => void;
  /** Errors appear once the user tried to go on, not while typing the first characters. */
  showErrors: boolean;
  hint?: string;
  disabled?: boolean;
}

/** A new passphrase typed twice, with the warnings a user must read before relying on it. */
export function NewPassphraseFields({ value, onChange, showErrors, hint, disabled }: Props) {
  const { t } = useTranslation('backup');
  const problems = showErrors ? checkNewPassphrase(value.passphrase, value.confirmation) : [];
  const passphraseProblem = problems.find((p) => p.field === 'passphrase');
  const confirmationProblem = problems.find((p) => p.field === 'confirmation');
  return (
    <Stack gap="xs">
      <PasswordInput
        label={t('passphrase.label')}
        withAsterisk
        autoComplete="new-password"
        disabled={disabled}
        value={value.passphrase}
        onChange={(e) => onChange({ ...value, passphrase: e.currentTarget.value })}
        error={
          passphraseProblem?.kind === 'required'
            ? t('passphrase.required')
            : passphraseProblem?.kind === 'tooShort'
              ? t('passphrase.tooShort', { count: MIN_PASSPHRASE_LENGTH })
              : undefined
        }
        description={t('passphrase.tooShort', { count: MIN_PASSPHRASE_LENGTH })}
      />
      <PasswordInput
        label={t('passphrase.confirm')}
        withAsterisk
        autoComplete="new-password"
        disabled={disabled}
        value={value.confirmation}
        onChange={(e) => onChange({ ...value, confirmation: e.currentTarget.value })}
        error={confirmationProblem ? t('passphrase.mismatch') : undefined}
      />
      <Text size="sm" fw={600}>
        {t('passphrase.lost')}
      </Text>
      {hint ? <Text size="sm">{hint}</Text> : null}
      <Text size="sm" c="dimmed">
        {t('passphrase.noPasswords')}
      </Text>
    </Stack>
  );
}
