import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { axeViolations, baseUrl, describeViolations, useBrowser } from './browser.ts';

// Lessons differ (tables, diagrams, quizzes), so each one is checked, not just one per page type.
const dist = resolve(import.meta.dirname, '../../dist/learn');
const lessonPaths = readdirSync(dist, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .flatMap((track) =>
    readdirSync(resolve(dist, track.name), { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((lesson) => `/learn/${track.name}/${lesson.name}/`),
  );

const session = useBrowser();

describe('every lesson page', () => {
  it('exists for the whole curriculum', () => expect(lessonPaths.length).toBeGreaterThanOrEqual(28));

  it.each(lessonPaths)('%s has no axe violations, and its diagrams load', async (path) => {
    await session.page.goto(`${baseUrl}${path}`);
    const violations = await axeViolations(session.page);
    expect(violations, describeViolations(violations)).toEqual([]);
    const sources = await session.page.$$eval('figure.diagram img', (imgs) => imgs.map((img) => (img as HTMLImageElement).src));
    for (const src of sources) {
      const response = await session.page.request.get(src);
      expect(response.status(), src).toBe(200);
      expect(await response.text(), src).toMatch(/<svg[\s\S]*<title[\s>]/);
    }
  });
});
