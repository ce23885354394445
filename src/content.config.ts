import { readdirSync, readFileSync } from 'node:fs';
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import {
  certificationPathSchema,
  cptRegistryEntrySchema,
  cptRegistryFileSchema,
  glossaryTermSchema,
  lessonSchema,
  trackSchema,
} from './lib/schemas/index.ts';
import { lessonIdOf } from './lib/content/raw-content.ts';

const tracks = defineCollection({
  loader: glob({ pattern: '*.yaml', base: './content/tracks' }),
  schema: trackSchema,
});

const lessons = defineCollection({
  loader: glob({
    pattern: '**/*.mdx',
    base: './content/lessons',
    generateId: ({ entry }) => lessonIdOf(`lessons/${entry}`) ?? entry.replace(/\.mdx$/, ''),
  }),
  schema: lessonSchema,
});

const glossary = defineCollection({
  loader: glob({ pattern: '*.yaml', base: './content/glossary' }),
  schema: glossaryTermSchema,
});

const paths = defineCollection({
  loader: glob({ pattern: '*.yaml', base: './content/paths' }),
  schema: certificationPathSchema,
});

/** quizzes/cpt/*.yaml hold lists; each entry becomes one item keyed by its code. */
const cpt = defineCollection({
  loader: async () => {
    const dir = './quizzes/cpt';
    const files = readdirSync(dir).filter((name) => name.endsWith('.yaml'));
    return files.flatMap((name) => {
      const entries = cptRegistryFileSchema.parse(parseYaml(readFileSync(`${dir}/${name}`, 'utf8')));
      return entries.map((entry) => ({ id: entry.code, ...entry }));
    });
  },
  schema: cptRegistryEntrySchema.extend({ id: z.string() }),
});

export const collections = { tracks, lessons, glossary, paths, cpt };
