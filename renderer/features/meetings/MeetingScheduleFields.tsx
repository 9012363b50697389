import { useState } from 'react';
import { Anchor, Group, Select, Stack, Text } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { TimePicker, type TimePickerProps } from '@mantine/dates';
import { useTranslation } from 'react-i18next';
import { meetingTimeZone, type MeetingInput } from '#shared/domain/meeting';
import { localTimeZone } from '../../app/format';
import { IsoDateInput } from '../../components/record-form/IsoDateInput';
import { TimeZoneSelect } from '../../components/record-form/TimeZoneSelect';
import { useEventOptions } from './use-event-options';
import { useMeetingTimeText } from './use-meeting-time';
import { addHour } from './wall-time-math';

/** Event, date, start and end, and the zone they are in (the event's unless told otherwise). */
export function MeetingScheduleFields({ form }: { form: UseFormReturnType<MeetingInput> }) {
  const { t } = useTranslation('meetings');
  const values = form.values;
  const { eventsById, options } = useEventOptions(values.eventId);
  const event = values.eventId ? (eventsById.get(values.eventId) ?? null) : null;
  const [ownZoneOpen, setOwnZoneOpen] = useState(values.eventId !== null && values.timeZone !== '');
  const zone = meetingTimeZone(values, event);
  const { meeting: own, local } = useMeetingTimeText(values, zone);

  const chooseEvent = (eventId: string | null) => {
    const previous = values.eventId ? eventsById.get(values.eventId) : undefined;
    const next = eventId ? eventsById.get(eventId) : undefined;
    if (next) {
      // The event's venue replaces an empty one or the previous event's, never one typed in.
      const venue = values.place.venue.trim() === '' || values.place.venue === previous?.venue ? next.venue : values.place.venue;
      form.setValues({ eventId, timeZone: '', date: values.date || next.startDate, place: { ...values.place, venue } });
      setOwnZoneOpen(false);
    } else {
      // Without an event the meeting needs its own zone: keep the one its times were in.
      form.setValues({ eventId: null, timeZone: values.timeZone || previous?.timeZone || localTimeZone() });
    }
  };

  // Always 24-hour, whatever the system's locale: programmes and the stored 'HH:MM' are.
  const timeProps: Partial<TimePickerProps> = {
    format: '24h',
    withAsterisk: true,
    withDropdown: true,
    minutesStep: 5,
    w: 130,
    hoursInputLabel: t('form.hours'),
    minutesInputLabel: t('form.minutes'),
  };
  const zoneField = (
    <TimeZoneSelect
      label={t('fields.timeZone')}
      withAsterisk={!event}
      clearable={Boolean(event)}
      description={event ? t('form.ownZoneHint') : t('form.timeZoneHint')}
      {...form.getInputProps('timeZone')}
      onDate={values.date}
      onChange={(timeZone) => form.setFieldValue('timeZone', timeZone)}
    />
  );

  return (
    <Stack gap="sm">
      <Select
        label={t('fields.event')}
        description={t('form.eventHint')}
        placeholder={t('form.noEvent')}
        data={options}
        value={values.eventId}
        onChange={chooseEvent}
        searchable
        clearable
        nothingFoundMessage="—"
        error={form.errors.eventId}
      />
      <Group align="flex-start" gap="sm" wrap="wrap">
        <IsoDateInput label={t('fields.date')} withAsterisk w={200} {...form.getInputProps('date')} />
        <TimePicker
          label={t('fields.startTime')}
          {...timeProps}
          {...form.getInputProps('startTime')}
          onChange={(startTime) => {
            // A new meeting gets an hour until told otherwise.
            form.setValues(values.endTime ? { startTime } : { startTime, endTime: addHour(startTime) });
          }}
        />
        <TimePicker label={t('fields.endTime')} {...timeProps} {...form.getInputProps('endTime')} />
      </Group>
      {event && !ownZoneOpen ? (
        <Group gap={6} wrap="wrap">
          <Text size="sm">{t('form.eventZone', { zone: own.zoneName ? `${own.zoneName}, ${event.timeZone}` : event.timeZone })}</Text>
          <Anchor component="button" type="button" size="sm" onClick={() => setOwnZoneOpen(true)}>
            {t('form.otherZone')}
          </Anchor>
        </Group>
      ) : (
        <Stack gap={4}>
          {zoneField}
          {event ? (
            <Anchor
              component="button"
              type="button"
              size="sm"
              style={{ alignSelf: 'flex-start' }}
              onClick={() => {
                form.setFieldValue('timeZone', '');
                setOwnZoneOpen(false);
              }}
            >
              {t('form.eventZoneAgain')}
            </Anchor>
          ) : null}
        </Stack>
      )}
      {local ? (
        <Text size="sm" c="dimmed" role="status">
          {t('form.localEquivalent', { range: local.range, zone: local.zoneName })}
        </Text>
      ) : null}
    </Stack>
  );
}
