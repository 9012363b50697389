import { useState } from 'react';
import { Button, Card, Loader, Text, Timeline } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useMeetingTimeline } from '../../data/follow-up-queries';
import { SectionTitle } from '../../components/layout/SectionTitle';
import { MEETING_STATUS_COLOR } from '../meetings';
import { TimelineMeeting } from './TimelineMeeting';
import { useLocalToday } from './use-local-today';
import { useRevealCount } from '../../components/progressive/use-reveal-count';

/** Meetings read for the page; a long history grows on request. */
const PAGE = 30;
/** Entries drawn on opening (more than a laptop window shows); the rest of the page follows task by task. */
export const TIMELINE_FIRST_SCREEN = 8;
const TIMELINE_STEP = 8;

interface Props {
  contactId?: string;
  organizationId?: string;
}

/** Every meeting with a contact or an organization, newest first, with outcomes and open follow-ups. */
export function MeetingTimeline({ contactId, organizationId }: Props) {
  const { t } = useTranslation('timeline');
  const [shown, setShown] = useState(PAGE);
  const timeline = useMeetingTimeline(contactId !== undefined ? { contactId } : { organizationId: organizationId ?? '' }, shown);
  const today = useLocalToday();
  const titleId = `timeline-${contactId ?? organizationId}`;
  const count = timeline?.total ?? 0;
  const hidden = count - (timeline?.entries.length ?? 0);
  const revealed = useRevealCount(timeline?.entries.length ?? 0, TIMELINE_FIRST_SCREEN, TIMELINE_STEP, titleId);

  return (
    <Card withBorder component="section" aria-labelledby={titleId}>
      <SectionTitle id={titleId} count={count} countLabel={t('count', { count })} mb="md">
        {t('title')}
      </SectionTitle>
      {timeline === undefined ? (
        <Loader size="sm" />
      ) : count === 0 ? (
        <Text size="sm" c="dimmed">
          {contactId !== undefined ? t('emptyContact') : t('emptyOrganization')}
        </Text>
      ) : (
        <>
          {/* Every item "active", so each bullet takes its meeting's status colour. */}
          <Timeline bulletSize={14} lineWidth={2} active={shown}>
            {timeline.entries.slice(0, revealed).map((entry) => (
              <Timeline.Item key={entry.meeting.id} color={MEETING_STATUS_COLOR[entry.meeting.status]}>
                <TimelineMeeting entry={entry} owners={timeline.owners} today={today} />
              </Timeline.Item>
            ))}
          </Timeline>
          {hidden > 0 ? (
            <Button variant="subtle" size="xs" mt="sm" onClick={() => setShown((current) => current + PAGE)}>
              {t('showMore', { count: Math.min(hidden, PAGE) })}
            </Button>
          ) : null}
        </>
      )}
    </Card>
  );
}
