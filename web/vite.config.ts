// Builds the web app into web/dist, which `interdict serve` serves at /.
// `vite web` proxies API calls to a server on :8080 during development.
import { defineConfig } from 'vite';

const API = [
  '/networks',
  '/datasets',
  '/match',
  '/search',
  '/entities',
  '/jobs',
  '/audit',
  '/openapi.json',
  '/healthz',
];

export default defineConfig({
  root: import.meta.dirname,
  base: '/',
  build: { outDir: 'dist', emptyOutDir: true, chunkSizeWarningLimit: 1200, reportCompressedSize: false },
  server: { proxy: Object.fromEntries(API.map((p) => [p, 'http://127.0.0.1:8080'])) },
});
