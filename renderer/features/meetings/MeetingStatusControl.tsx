import { useState } from 'react';
import { Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { MEETING_STATUSES, toMeetingInput, type Meeting, type MeetingStatus } from '#shared/domain/meeting';
import { useWorkspace } from '../../data/workspace-context';
import { useErrorNotifier } from '../../app/error-notifier';

/** Changes a meeting's status in place, e.g. "held" straight after it, without opening the form. */
export function MeetingStatusControl({ meeting }: { meeting: Meeting }) {
  const { t } = useTranslation('meetings');
  const { meetings } = useWorkspace();
  const notifyError = useErrorNotifier();
  const [saving, setSaving] = useState(false);

  const change = async (status: MeetingStatus) => {
    setSaving(true);
    try {
      await meetings.update(meeting.id, { ...toMeetingInput(meeting), status });
    } catch (error) {
      notifyError(error);
    } finally {
      setSaving(false);
    }
  };

  return (
    <Select
      aria-label={t('detail.changeStatus')}
      data={MEETING_STATUSES.map((status) => ({ value: status, label: t(`status.${status}`) }))}
      value={meeting.status}
      onChange={(status) => status && void change(status as MeetingStatus)}
      allowDeselect={false}
      disabled={saving || meeting.deletedAt !== null}
      w={180}
    />
  );
}
