export { MeetingAgreements, OrganizationAgreements } from './RelatedAgreements';
