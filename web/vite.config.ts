import preact from '@preact/preset-vite';
import { defineConfig } from 'vite';

// The dashboard is built into web/dist and served by `bloc serve`; `vite` alone proxies the API.
export default defineConfig({
  root: import.meta.dirname,
  plugins: [preact()],
  build: { outDir: 'dist', emptyOutDir: true, target: 'es2022', chunkSizeWarningLimit: 800 },
  server: { proxy: { '/api': 'http://127.0.0.1:8080' } },
});
