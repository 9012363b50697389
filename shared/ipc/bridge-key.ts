/**
 * The global name under which the preload exposes the `Bridge` (`window.delegationDesk`).
 * Kept apart from the contract so the sandboxed preload can import it without bundling zod.
 */
export const BRIDGE_KEY = 'delegationDesk';
