import { useEffect, useRef } from 'react';
import { notifications } from '@mantine/notifications';
import { IconBell } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { FollowUp } from '#shared/domain/follow-up';
import { pickLocalized } from '#shared/domain/lang';
import { planAnnouncements } from '#shared/domain/follow-up-schedule';
import type { DesktopNotification } from '#shared/ipc/contract';
import { useDueFollowUps, useDueNoticeClaim } from '../../data/follow-up-queries';
import { useWorkspace } from '../../data/workspace-context';
import { usePlatform } from '../../platform/platform-context';
import type { Platform } from '../../platform/platform';
import { useUiStore } from '../../app/ui-store';
import { shortened } from './follow-up-text';
import { useLocalToday } from './use-local-today';

/** Inside the app, a reminder stays long enough to be seen by someone who looked away. */
const IN_APP_REMINDER_MS = 20_000;

async function announce(platform: Platform, message: DesktopNotification): Promise<void> {
  if ((await platform.notify(message)) === 'shown') return;
  notifications.show({ title: message.title, message: message.body, color: 'orange', icon: <IconBell size={18} aria-hidden />, autoClose: IN_APP_REMINDER_MS });
}

/**
 * Announces each follow-up once when it falls due (today or earlier, on this computer's
 * date): at start, when the date changes (checked every minute) and whenever follow-ups
 * change. A desktop notification where allowed, else one inside the app. Returns how many
 * open follow-ups are due, for the navigation badge.
 */
export function useDueNotifier(): number | undefined {
  const { t } = useTranslation('followUps');
  const language = useUiStore((state) => state.language);
  const platform = usePlatform();
  const { meetings } = useWorkspace();
  const today = useLocalToday();
  const due = useDueFollowUps(today);
  const claim = useDueNoticeClaim();

  // Read when announcing: a language switch alone must not start a check.
  const context = useRef({ t, language, platform, meetings, claim });
  useEffect(() => {
    context.current = { t, language, platform, meetings, claim };
  }, [t, language, platform, meetings, claim]);

  // What is waiting to be claimed. One claiming run at a time: the check re-runs as each slice
  // is recorded, and the run picks up whatever is still pending when it finishes.
  const pending = useRef<{ ids: string[]; today: string }>({ ids: [], today });
  const running = useRef(false);
  const pendingKey = due?.unannouncedIds.join(',') ?? '';

  useEffect(() => {
    pending.current = { ids: pendingKey ? pendingKey.split(',') : [], today };
    if (running.current || pendingKey === '') return;
    running.current = true;
    // Not cancelled on unmount: what a claim returns is recorded as announced, so it must be shown.
    void (async () => {
      try {
        while (pending.current.ids.length > 0) {
          const batch = pending.current;
          pending.current = { ids: [], today: batch.today };
          const claimed = await context.current.claim(batch.ids, batch.today);
          await announceClaimed(claimed);
        }
      } catch (error) {
        console.error('[reminders] cannot record due follow-ups', error);
      } finally {
        running.current = false;
      }
    })();

    async function announceClaimed(claimed: FollowUp[]): Promise<void> {
      if (claimed.length === 0) return;
      const { t: translate, language: lang, platform: shell, meetings: meetingRepository } = context.current;
      const { separate, summarized } = planAnnouncements(claimed);
      // Only the few announced one by one need their meeting's title.
      const meetingsById = new Map((await meetingRepository.getMany([...new Set(separate.map((f) => f.meetingId))])).map((m) => [m.id, m]));
      for (const followUp of separate) {
        const meeting = meetingsById.get(followUp.meetingId);
        // A full stop would end the sentence before the meeting's name that follows it.
        const what = shortened(followUp.what, 200).replace(/[.;]+$/, '');
        const meetingTitle = meeting ? pickLocalized(meeting.title, lang) || translate('untitledMeeting') : '';
        await announce(shell, {
          title: translate('reminders.dueTitle'),
          body: meetingTitle ? translate('reminders.dueBody', { what, meeting: shortened(meetingTitle, 120) }) : what,
        });
      }
      if (summarized.length > 0) {
        await announce(shell, { title: translate('reminders.moreTitle'), body: translate('reminders.moreBody', { count: summarized.length }) });
      }
    }
  }, [pendingKey, today]);

  return due?.dueCount;
}
