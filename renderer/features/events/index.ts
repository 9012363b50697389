// PLACEHOLDER exports — the events helper replaces these with real pages.
export const EventsPage = () => null;
export const EventCreatePage = () => null;
export const EventDetailPage = () => null;
export const EventEditPage = () => null;
export const TodayPage = () => null;
