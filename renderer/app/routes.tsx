import { createHashRouter, Navigate } from 'react-router';
import { Layout } from './Layout';
import { ContactCreatePage, ContactDetailPage, ContactEditPage, ContactsPage } from '../features/contacts';
import {
  OrganizationCreatePage,
  OrganizationDetailPage,
  OrganizationEditPage,
  OrganizationsPage,
} from '../features/organizations';
import { EventCreatePage, EventDetailPage, EventEditPage, EventsPage, TodayPage } from '../features/events';
import { MeetingCreatePage, MeetingDetailPage, MeetingEditPage, MeetingsPage } from '../features/meetings';
import { FollowUpsPage } from '../features/follow-ups';
import { TrashPage } from '../features/trash/TrashPage';
import { SettingsPage } from '../features/settings/SettingsPage';
import { OutboxPage } from '../features/sync';
import { AgreementCreatePage, AgreementPage, AgreementPrintPage, AgreementsPage } from '../features/agreements';
import { ClauseLibraryPage } from '../features/agreements/library';
import { AgreementComparePage } from '../features/agreements/versions';
import { ReportPrintPage } from '../features/exports';
import { ImportPage } from '../features/import';

/** Hash routes, so the same build works from app:// in Electron and from any web server. */
export function createAppRouter() {
  return createHashRouter([
    {
      element: <Layout />,
      children: [
        { index: true, element: <Navigate to="/contacts" replace /> },
        { path: 'contacts', element: <ContactsPage /> },
        { path: 'contacts/new', element: <ContactCreatePage /> },
        { path: 'contacts/:id', element: <ContactDetailPage /> },
        { path: 'contacts/:id/edit', element: <ContactEditPage /> },
        { path: 'organizations', element: <OrganizationsPage /> },
        { path: 'organizations/new', element: <OrganizationCreatePage /> },
        { path: 'organizations/:id', element: <OrganizationDetailPage /> },
        { path: 'organizations/:id/edit', element: <OrganizationEditPage /> },
        { path: 'import', element: <ImportPage /> },
        { path: 'today', element: <TodayPage /> },
        { path: 'events', element: <EventsPage /> },
        { path: 'events/new', element: <EventCreatePage /> },
        { path: 'events/:id', element: <EventDetailPage /> },
        { path: 'events/:id/edit', element: <EventEditPage /> },
        { path: 'meetings', element: <MeetingsPage /> },
        { path: 'meetings/new', element: <MeetingCreatePage /> },
        { path: 'meetings/:id', element: <MeetingDetailPage /> },
        { path: 'meetings/:id/edit', element: <MeetingEditPage /> },
        { path: 'follow-ups', element: <FollowUpsPage /> },
        { path: 'agreements', element: <AgreementsPage /> },
        { path: 'agreements/new', element: <AgreementCreatePage /> },
        { path: 'agreements/:id', element: <AgreementPage /> },
        { path: 'outbox', element: <OutboxPage /> },
        { path: 'trash', element: <TrashPage /> },
        { path: 'settings', element: <SettingsPage /> },
        { path: 'settings/clauses', element: <ClauseLibraryPage /> },
        { path: 'agreements/:id/compare', element: <AgreementComparePage /> },
        { path: '*', element: <Navigate to="/contacts" replace /> },
      ],
    },
    // Outside the layout: the printed page holds the agreement and nothing of the app around it.
    { path: 'agreements/:id/print', element: <AgreementPrintPage /> },
    { path: 'exports/report/print', element: <ReportPrintPage /> },
  ]);
}
