import { useMemo, useState } from 'react';
import { Anchor, List, MultiSelect, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { Agreement } from '#shared/domain/agreement';
import { useWorkspace } from '../../../data/workspace-context';
import { useLiveMeetings } from '../../../data/meeting-queries';
import { useLinkedMeetings } from '../../../data/agreement-queries';
import { useUiStore } from '../../../app/ui-store';
import { useErrorNotifier } from '../../../app/error-notifier';
import { meetingOptionLabel } from '../meeting-options';

/** The meetings where the agreement was discussed: linked and unlinked here, each a link to it. */
export function AgreementMeetings({ agreement }: { agreement: Agreement }) {
  const { t } = useTranslation('agreements');
  const language = useUiStore((state) => state.language);
  const { agreements } = useWorkspace();
  const notifyError = useErrorNotifier();
  const meetings = useLiveMeetings();
  const linked = useLinkedMeetings(agreement.meetingIds);
  const [saving, setSaving] = useState(false);
  const untitled = t('untitledMeeting');

  const options = useMemo(() => {
    const all = new Map((meetings ?? []).map((meeting) => [meeting.id, meeting]));
    // A linked meeting in the Trash stays listed, so unlinking it is possible.
    for (const meeting of linked ?? []) all.set(meeting.id, meeting);
    return [...all.values()].reverse().map((meeting) => ({ value: meeting.id, label: meetingOptionLabel(meeting, language, untitled) }));
  }, [meetings, linked, language, untitled]);

  const change = async (meetingIds: string[]) => {
    setSaving(true);
    try {
      await agreements.patch(agreement.id, { meetingIds });
    } catch (error) {
      notifyError(error);
    } finally {
      setSaving(false);
    }
  };

  return (
    <Stack gap="md">
      <MultiSelect
        label={t('form.linkedMeetings')}
        description={t('form.linkedMeetingsHint')}
        data={options}
        value={agreement.meetingIds}
        onChange={(ids) => void change(ids)}
        searchable
        clearable
        disabled={saving || agreement.deletedAt !== null}
        nothingFoundMessage="—"
        maw={640}
      />
      {linked && linked.length > 0 ? (
        <List spacing="xs" aria-label={t('meetings.linked')}>
          {linked.map((meeting) => (
            <List.Item key={meeting.id}>
              <Anchor component={Link} to={`/meetings/${meeting.id}`}>
                {meetingOptionLabel(meeting, language, untitled)}
              </Anchor>
              {meeting.deletedAt !== null ? (
                <Text span c="dimmed" size="sm">
                  {` · ${t('meetings.inTrash')}`}
                </Text>
              ) : null}
            </List.Item>
          ))}
        </List>
      ) : (
        <Text c="dimmed">{t('meetings.none')}</Text>
      )}
    </Stack>
  );
}
