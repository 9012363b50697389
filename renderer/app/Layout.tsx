import { AppShell, Badge, Burger, Group, NavLink, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconAddressBook, IconBuilding, IconCalendarEvent, IconChecklist, IconClock, IconFileImport, IconFileText, IconSend, IconSettings, IconTrash, IconUsersGroup } from '@tabler/icons-react';
import { NavLink as RouterNavLink, Outlet, useLocation } from 'react-router';
import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from './LanguageSwitch';
import { OnlineIndicator } from './OnlineIndicator';
import { useTrash } from '../data/live-queries';
import { useExternalLinks } from './use-external-links';
import { GlobalSearch, SearchTrigger } from '../features/search/GlobalSearch';
import { DueFollowUpsBadge, useDueNotifier } from '../features/follow-ups';
import { OutboxBadge, OutboxHeaderBadge } from '../features/sync';
import { useWaitingCount } from '../data/outbox-queries';
import { useBackupSchedule } from '../features/backup/use-backup-schedule';

const SECTIONS = [
  { to: '/today', key: 'nav.today', Icon: IconClock },
  { to: '/events', key: 'nav.events', Icon: IconCalendarEvent },
  { to: '/meetings', key: 'nav.meetings', Icon: IconUsersGroup },
  { to: '/follow-ups', key: 'nav.followUps', Icon: IconChecklist },
  { to: '/agreements', key: 'nav.agreements', Icon: IconFileText },
  { to: '/contacts', key: 'nav.contacts', Icon: IconAddressBook },
  { to: '/organizations', key: 'nav.organizations', Icon: IconBuilding },
  { to: '/import', key: 'nav.import', Icon: IconFileImport },
  { to: '/outbox', key: 'nav.outbox', Icon: IconSend },
  { to: '/trash', key: 'nav.trash', Icon: IconTrash },
  { to: '/settings', key: 'nav.settings', Icon: IconSettings },
] as const;

export function Layout() {
  const { t } = useTranslation();
  const [opened, { toggle, close }] = useDisclosure();
  const location = useLocation();
  const trash = useTrash();
  const trashCount = trash?.total ?? 0;
  useExternalLinks();
  const dueFollowUps = useDueNotifier();
  const waiting = useWaitingCount();
  // Automatic backups to a folder (desktop app only) run while the app is open.
  useBackupSchedule();

  return (
    <AppShell header={{ height: 56 }} navbar={{ width: 220, breakpoint: 'sm', collapsed: { mobile: !opened } }} padding="md">
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Burger opened={opened} onClick={toggle} hiddenFrom="sm" size="sm" aria-label={t('nav.toggle')} />
            <Title order={2} size="h4">
              {t('appName')}
            </Title>
          </Group>
          <Group gap="sm" wrap="nowrap">
            <SearchTrigger />
            <OutboxHeaderBadge count={waiting} />
            <OnlineIndicator />
            <LanguageSwitch />
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs" component="nav" aria-label={t('nav.label')}>
        {SECTIONS.map(({ to, key, Icon }) => (
          <NavLink
            key={to}
            component={RouterNavLink}
            to={to}
            label={t(key)}
            leftSection={<Icon size={18} aria-hidden />}
            active={location.pathname.startsWith(to)}
            onClick={close}
            rightSection={
              to === '/follow-ups' ? (
                <DueFollowUpsBadge count={dueFollowUps} />
              ) : to === '/outbox' ? (
                <OutboxBadge count={waiting} />
              ) : to === '/trash' && trashCount > 0 ? (
                <Badge size="sm" variant="light" color="gray" aria-label={t('nav.trashCount', { count: trashCount })}>
                  {trashCount}
                </Badge>
              ) : null
            }
          />
        ))}
      </AppShell.Navbar>
      <AppShell.Main className="app-main">
        <Outlet />
      </AppShell.Main>
      <GlobalSearch />
    </AppShell>
  );
}
