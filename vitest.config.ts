import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

export default defineConfig({
  plugins: [react()],
  test: {
    include: ['shared/**/*.test.ts', 'renderer/**/*.test.{ts,tsx}', 'electron/**/*.test.ts', 'test/support/**/*.test.ts'],
    environment: 'node',
    setupFiles: ['test/setup/vitest.setup.ts'],
  },
});
