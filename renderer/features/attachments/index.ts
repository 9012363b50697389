export { AttachmentsPanel } from './AttachmentsPanel';
