import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { axeViolations, baseUrl, describeViolations, launchBrowser } from './browser.ts';

// Lessons differ (tables, diagrams, quizzes), so each one is checked, not just one per page type.
const dist = resolve(import.meta.dirname, '../../dist/learn');
const lessonPaths = readdirSync(dist, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .flatMap((track) =>
    readdirSync(resolve(dist, track.name), { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((lesson) => `/learn/${track.name}/${lesson.name}/`),
  );

let browser: Browser;
let page: Page;
beforeAll(async () => {
  browser = await launchBrowser();
  page = await browser.newPage();
});
afterAll(async () => {
  await browser?.close();
});

describe('every lesson page', () => {
  it('exists for the whole curriculum', () => expect(lessonPaths.length).toBeGreaterThanOrEqual(28));

  it.each(lessonPaths)('%s has no axe violations, and its diagrams load', async (path) => {
    await page.goto(`${baseUrl}${path}`);
    const violations = await axeViolations(page);
    expect(violations, describeViolations(violations)).toEqual([]);
    const sources = await page.$$eval('figure.diagram img', (imgs) => imgs.map((img) => (img as HTMLImageElement).src));
    for (const src of sources) {
      const response = await page.request.get(src);
      expect(response.status(), src).toBe(200);
      expect(await response.text(), src).toMatch(/<svg[\s\S]*<title[\s>]/);
    }
  });
});
