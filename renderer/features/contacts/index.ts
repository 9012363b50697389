export { ContactsPage } from './ContactsPage';
export { ContactDetailPage, TagList } from './ContactDetailPage';
export { ContactCreatePage, ContactEditPage } from './ContactEditPage';
export { ContactMultiPicker, ContactPicker } from './ContactPicker';
