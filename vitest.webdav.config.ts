import { defineConfig } from 'vitest/config';

/**
 * The outbox's integration tests (test/webdav): they start real WebDAV servers (rclone, Apache
 * httpd with mod_dav) as child processes, so files run one after another, with room for a
 * server to start on a busy machine. `npm run test:webdav`; part of `npm test`.
 */
export default defineConfig({
  test: {
    include: ['test/webdav/**/*.test.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
