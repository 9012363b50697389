export { SyncTargetsSettings } from './SyncTargetsSettings';
export { OutboxPage } from './OutboxPage';
export { OutboxBadge, OutboxHeaderBadge } from './OutboxBadge';
