// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import react from '@astrojs/react';
import contentCheck from './src/integrations/content-check.ts';
import serviceWorker from './src/integrations/service-worker.ts';

export default defineConfig({
  output: 'static',
  trailingSlash: 'always',
  // Plain code blocks in our own colours: the default highlighting theme fails colour contrast checks.
  markdown: { syntaxHighlight: false },
  integrations: [mdx(), react(), contentCheck(), serviceWorker()],
});
