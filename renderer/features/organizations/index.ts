export { OrganizationsPage } from './OrganizationsPage';
export { OrganizationDetailPage } from './OrganizationDetailPage';
export { OrganizationCreatePage, OrganizationEditPage } from './OrganizationEditPage';
