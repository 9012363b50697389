export { AgreementsPage } from './AgreementsPage';
export { AgreementCreatePage } from './AgreementCreatePage';
export { AgreementPage } from './AgreementPage';
export { AgreementPrintPage } from './AgreementPrintPage';
export { AgreementStatusBadge, AGREEMENT_STATUS_COLOR } from './AgreementStatusBadge';
