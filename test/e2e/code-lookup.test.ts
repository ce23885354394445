import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { axeViolations, baseUrl, describeViolations, launchBrowser } from './browser.ts';

let browser: Browser;
let page: Page;
beforeAll(async () => {
  browser = await launchBrowser();
  page = await browser.newPage();
});
afterAll(async () => {
  await browser?.close();
});

const hydrated = (p: Page) => p.waitForSelector('astro-island:not([ssr])', { state: 'attached' });

describe('the ICD-10-CM code lookup', () => {
  it('finds a code by words, opens it, and shows its Excludes1 note and 7th-character table', async () => {
    await page.goto(`${baseUrl}/lookup/`);
    await hydrated(page);
    await page.getByRole('searchbox', { name: 'Search ICD-10-CM by code or words' }).fill('fracture neck right femur closed initial');
    const first = page.getByRole('list', { name: 'Results' }).getByRole('button').first();
    await first.waitFor();
    await page.getByRole('list', { name: 'Results' }).getByRole('button', { name: /^S72\.001A / }).click();
    await page.waitForURL(/\/lookup\/icd10cm\/S72\.001A\/$/);
    const detail = page.getByRole('article');
    await expect.poll(() => detail.getByRole('heading', { name: /^Excludes1/ }).count()).toBeGreaterThan(0);
    await expect(detail.getByRole('heading', { name: '7th characters (defined at S72)' }).count()).resolves.toBe(1);
    await expect(detail.getByRole('row', { name: /^A initial encounter for closed fracture$/ }).count()).resolves.toBe(1);
    await expect(detail.getByText(/Notes below come from the FY\d{4} Tabular List/).count()).resolves.toBe(1);
    const violations = await axeViolations(page);
    expect(violations, describeViolations(violations)).toEqual([]);
  });

  it('opens the same code again from the deep link after a reload', async () => {
    await page.reload();
    await hydrated(page);
    await expect.poll(() => page.getByRole('article').getByRole('heading', { level: 2 }).textContent(), { timeout: 15_000 }).toMatch(/^S72\.001A Fracture of unspecified part of neck of right femur/);
    // A code no lesson cites has no page of its own: the site's 404 fallback opens it in the lookup.
    await page.goto(`${baseUrl}/lookup/icd10cm/A00.1/`);
    await page.waitForURL(/\/lookup\/icd10cm\/A00\.1\/$/);
    await hydrated(page);
    await expect.poll(() => page.getByRole('article').getByRole('heading', { level: 2 }).textContent(), { timeout: 15_000 }).toMatch(/^A00\.1 Cholera due to Vibrio cholerae 01, biovar eltor/);
  });

  it('says a HCPCS code is no longer valid when it has been terminated', async () => {
    await page.goto(`${baseUrl}/lookup/`);
    await hydrated(page);
    await page.getByRole('button', { name: 'HCPCS Level II', pressed: false }).click();
    await page.getByRole('searchbox', { name: 'Search HCPCS Level II by code or words' }).fill('J1030');
    await page.getByRole('list', { name: 'Results' }).getByRole('button', { name: /^J1030 / }).click();
    await expect.poll(() => page.getByRole('article').textContent()).toMatch(/No longer valid: terminated \d{4}-\d{2}-\d{2}/);
  });
});
