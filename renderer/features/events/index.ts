export { EventsPage } from './EventsPage';
export { EventCreatePage, EventEditPage } from './EventEditPage';
export { EventDetailPage } from './EventDetailPage';
export { TodayPage } from './TodayPage';
