import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axeViolations, baseUrl, describeViolations, holdScripts, useBrowser } from './browser.ts';

const session = useBrowser();

const hydrated = (p: Page) => p.waitForSelector('astro-island:not([ssr])', { state: 'attached' });

describe('the ICD-10-CM code lookup', () => {
  it('finds a code by words, opens it, and shows its Excludes1 note and 7th-character table', async () => {
    await session.page.goto(`${baseUrl}/lookup/`);
    await hydrated(session.page);
    await session.page.getByRole('searchbox', { name: 'Search ICD-10-CM by code or words' }).fill('fracture neck right femur closed initial');
    const first = session.page.getByRole('list', { name: 'Results' }).getByRole('button').first();
    await first.waitFor();
    await session.page.getByRole('list', { name: 'Results' }).getByRole('button', { name: /^S72\.001A / }).click();
    await session.page.waitForURL(/\/lookup\/icd10cm\/S72\.001A\/$/);
    const detail = session.page.getByRole('article');
    await expect.poll(() => detail.getByRole('heading', { name: /^Excludes1/ }).count()).toBeGreaterThan(0);
    await expect(detail.getByRole('heading', { name: '7th characters (defined at S72)' }).count()).resolves.toBe(1);
    await expect(detail.getByRole('row', { name: /^A initial encounter for closed fracture$/ }).count()).resolves.toBe(1);
    await expect(detail.getByText(/Notes below come from the FY\d{4} Tabular List/).count()).resolves.toBe(1);
    const violations = await axeViolations(session.page);
    expect(violations, describeViolations(violations)).toEqual([]);
  });

  it('opens the same code again from the deep link after a reload', async () => {
    await session.page.reload();
    await hydrated(session.page);
    await expect.poll(() => session.page.getByRole('article').getByRole('heading', { level: 2 }).textContent(), { timeout: 15_000 }).toMatch(/^S72\.001A Fracture of unspecified part of neck of right femur/);
    // A code no lesson cites has no page of its own: the site's 404 fallback opens it in the lookup.
    await session.page.goto(`${baseUrl}/lookup/icd10cm/A00.1/`);
    await session.page.waitForURL(/\/lookup\/icd10cm\/A00\.1\/$/);
    await hydrated(session.page);
    await expect.poll(() => session.page.getByRole('article').getByRole('heading', { level: 2 }).textContent(), { timeout: 15_000 }).toMatch(/^A00\.1 Cholera due to Vibrio cholerae 01, biovar eltor/);
  });

  it('keeps words typed before the page finished loading its script', async () => {
    const release = await holdScripts(session.page);
    await session.page.goto(`${baseUrl}/lookup/`, { waitUntil: 'commit' }); // 'load' would wait for the held scripts
    const box = session.page.getByRole('searchbox', { name: 'Search ICD-10-CM by code or words' });
    await box.fill('cholera eltor');
    await release();
    await hydrated(session.page);
    await expect(box.inputValue()).resolves.toBe('cholera eltor');
    await expect.poll(() => session.page.getByRole('list', { name: 'Results' }).getByRole('button').first().textContent(), { timeout: 15_000 }).toMatch(/^A00\.1 /);
  });

  it('finds a code by a word only the Alphabetic Index uses', async () => {
    // "Piles" is not in any title: it reaches K64.9 through the prebuilt index's Index words.
    await session.page.goto(`${baseUrl}/lookup/`);
    await hydrated(session.page);
    await session.page.getByRole('searchbox', { name: 'Search ICD-10-CM by code or words' }).fill('piles');
    await expect.poll(() => session.page.getByRole('list', { name: 'Results' }).getByRole('button').allTextContents(), { timeout: 15_000 }).toContainEqual(expect.stringMatching(/^K64\.9 /));
  });

  it('says a HCPCS code is no longer valid when it has been terminated', async () => {
    await session.page.goto(`${baseUrl}/lookup/`);
    await hydrated(session.page);
    await session.page.getByRole('button', { name: 'HCPCS Level II', pressed: false }).click();
    await session.page.getByRole('searchbox', { name: 'Search HCPCS Level II by code or words' }).fill('J1030');
    await session.page.getByRole('list', { name: 'Results' }).getByRole('button', { name: /^J1030 / }).click();
    await expect.poll(() => session.page.getByRole('article').textContent()).toMatch(/No longer valid: terminated \d{4}-\d{2}-\d{2}/);
  });
});
