import { SCHEMA_VERSIONS } from './schema';

/** The schema this build writes: the last entry of the ordered list. Backups record it; restores accept up to it. */
export const CURRENT_SCHEMA_VERSION: number = Math.max(...SCHEMA_VERSIONS.map(({ version }) => version));
