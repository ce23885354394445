import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { axeViolations, baseUrl, describeViolations, launchBrowser } from './browser.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const pageTypes: [string, string][] = [
  ['home', '/'],
  ['all lessons', '/learn/'],
  ['track index', '/learn/icd-10-cm/'],
  ['lesson', '/learn/icd-10-cm/structure-and-index/'],
  ['glossary', '/glossary/'],
  ['certification path', '/paths/cca/'],
  ['about & sources', '/about/'],
  ['authoring guide', '/authoring/'],
  ['code page', '/lookup/icd10cm/E11.621/'],
  ['404', '/no-such-page/'],
  ['exercise list', '/exercises/'],
  ['exercise', '/exercises/dx-colles-fracture-ladder-fall/'],
];

describe.each(['light', 'dark'] as const)('axe-core in %s mode', (colorScheme) => {
  it.each(pageTypes)('%s page has no violations', async (_name, path) => {
    const page = await browser.newPage({ colorScheme });
    await page.goto(`${baseUrl}${path}`);
    const violations = await axeViolations(page);
    await page.close();
    expect(violations, describeViolations(violations)).toEqual([]);
  });
});

describe('lesson pages', () => {
  it('stay readable on a phone without sideways scrolling', async () => {
    const page = await browser.newPage({ viewport: { width: 375, height: 800 } });
    await page.goto(`${baseUrl}/learn/icd-10-cm/structure-and-index/`);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    await page.close();
    expect(overflow).toBeLessThanOrEqual(0);
  });

  it('have a print stylesheet that hides navigation', async () => {
    const page = await browser.newPage();
    await page.goto(`${baseUrl}/learn/icd-10-cm/structure-and-index/`);
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('navigation', { name: 'Main' }).isVisible()).resolves.toBe(false);
    await expect(page.getByRole('heading', { level: 1 }).isVisible()).resolves.toBe(true);
    await page.close();
  });
});
