import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// node_modules may be a symlink to an install shared by many generated apps: resolve packages through the link
// (so the dev server serves them from inside the project) and keep Vite's caches in the app's own folder.
export default defineConfig({
  plugins: [react()],
  cacheDir: '.vite-cache',
  resolve: { preserveSymlinks: true },
  build: { sourcemap: false },
});
