/** One content file as read from disk, before validation. Paths are relative to the project root. */
export interface RawFile {
  file: string;
  /** Parsed YAML (data files) or frontmatter (MDX); undefined when it could not be parsed. */
  data: unknown;
  /** MDX body (lessons only). */
  body?: string;
  /** 1-based line of the file where the body starts, so body problems name file lines. */
  bodyLine?: number;
  /** Why the file could not be parsed. */
  parseError?: string;
}

/** Every content file the checker and the build validate. */
export interface RawContent {
  tracks: RawFile[];
  lessons: RawFile[];
  glossary: RawFile[];
  paths: RawFile[];
  cptRegistry: RawFile[];
  exercises: RawFile[];
  questions: RawFile[];
  exams: RawFile[];
  flashcards: RawFile[];
  /** Files present under public/diagrams/, as site paths (/diagrams/name.svg). */
  diagrams: Set<string>;
}

/** The id a file name gives: `content/glossary/nos.yaml` -> `nos`. */
export function baseId(file: string): string {
  return file.split('/').pop()!.replace(/\.(ya?ml|mdx?)$/, '');
}

/**
 * Splits a lesson path into track and slug: `content/lessons/cpt/02-em-office-visits.mdx`
 * -> { track: 'cpt', order: 2, slug: 'em-office-visits' }. Undefined when it does not follow the pattern.
 */
export function lessonPathParts(file: string): { track: string; order: number; slug: string } | undefined {
  const match = /(?:^|\/)lessons\/([a-z0-9-]+)\/(\d{2})-([a-z0-9-]+)\.mdx$/.exec(file);
  if (!match) return undefined;
  return { track: match[1]!, order: Number(match[2]), slug: match[3]! };
}

/** The lesson id (`<track>/<slug>`) of a lesson file, or undefined when its name is not NN-slug.mdx. */
export function lessonIdOf(file: string): string | undefined {
  const parts = lessonPathParts(file);
  return parts && `${parts.track}/${parts.slug}`;
}
