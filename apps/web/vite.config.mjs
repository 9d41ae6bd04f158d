// The console's build: React + antd, served by the API under /console/ (see apps/api/src/console).
// JSX is compiled by Vite's own oxc transform (tsconfig "jsx": "react-jsx"), so no React plugin is needed
// for the build; `npm run dev:web` proxies the API paths to a running `make start`.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const here = (relative) => fileURLToPath(new URL(relative, import.meta.url));
const apiPort = process.env.API_PORT ?? '3000';
const apiPaths = [
  '/auth',
  '/campaigns',
  '/standards',
  '/jurisdictions',
  '/titles',
  '/inspectors',
  '/notifications',
  '/public',
  '/my',
  '/webhooks',
  '/health',
  '/docs',
];

export default defineConfig({
  root: here('.'),
  base: '/console/',
  resolve: { alias: { '@app/domain': here('../../libs/domain/src') } },
  build: {
    outDir: here('../../dist/web'),
    emptyOutDir: true,
    // One file per route plus shared vendor chunks; ECharts only in the chunks of pages with charts.
    chunkSizeWarningLimit: 1200,
    reportCompressedSize: false,
    rolldownOptions: {
      // antd's inputs import its form context, which imports rc-form's index; rc-form declares no
      // `sideEffects`, so without this every page with an input carried all of rc-form and its validator
      // (~12 kB gzipped), the inspector's check page included, though only pages with <Form> use them.
      treeshake: {
        moduleSideEffects: [
          { test: /node_modules[\\/]@rc-component[\\/](form|async-validator)[\\/]/, sideEffects: false },
        ],
      },
      // antd marks its files "use client" for React Server Components; meaningless in a browser bundle.
      onwarn(warning, warn) {
        if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
      },
    },
  },
  server: {
    proxy: Object.fromEntries(apiPaths.map((path) => [path, `http://127.0.0.1:${apiPort}`])),
  },
});
