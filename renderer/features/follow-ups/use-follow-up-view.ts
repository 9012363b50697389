import { useLocalStorage } from '@mantine/hooks';

export type FollowUpGrouping = 'due' | 'owner';

const GROUPING_KEY = 'delegation-desk.follow-ups.grouping';
const SHOW_CLOSED_KEY = 'delegation-desk.follow-ups.show-closed';

/**
 * How the follow-ups list is shown, remembered on this computer (and kept in step across
 * windows). A value some other version wrote falls back to the default.
 */
export function useFollowUpView() {
  const [grouping, setGrouping] = useLocalStorage<FollowUpGrouping>({ key: GROUPING_KEY, defaultValue: 'due', getInitialValueInEffect: false });
  const [showClosed, setShowClosed] = useLocalStorage<boolean>({ key: SHOW_CLOSED_KEY, defaultValue: false, getInitialValueInEffect: false });
  return {
    grouping: grouping === 'owner' ? ('owner' as const) : ('due' as const),
    setGrouping,
    showClosed: showClosed === true,
    setShowClosed,
  };
}
