// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import react from '@astrojs/react';
import contentCheck from './src/integrations/content-check.ts';

export default defineConfig({
  output: 'static',
  trailingSlash: 'always',
  integrations: [mdx(), react(), contentCheck()],
});
