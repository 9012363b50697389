export { BackupSettings } from './BackupSettings';
export { EventBundleDialog } from './EventBundleDialog';
