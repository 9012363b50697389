export { VersionsPanel } from './VersionsPanel';
export { AgreementComparePage } from './AgreementComparePage';
export { versionLabel } from './version-labels';
