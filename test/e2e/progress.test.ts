import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { axeViolations, baseUrl, describeViolations, launchBrowser } from './browser.ts';

let browser: Browser;
let context: BrowserContext;
let page: Page;
beforeAll(async () => {
  browser = await launchBrowser();
  context = await browser.newContext({ acceptDownloads: true });
  page = await context.newPage();
});
afterAll(async () => {
  await browser?.close();
});

const lessonsRow = () => page.getByRole('table', { name: 'Lessons completed by track' }).getByRole('row', { name: /^CPT / });
/** A row's cells as text, e.g. "CPT|1|9|11%". */
const cells = async () => (await lessonsRow().locator('th, td').allTextContents()).join('|');
const systemTable = () => page.getByRole('table', { name: /Exercise score by code system/ });

describe('the progress dashboard', () => {
  it('changes when a lesson is completed and an exercise is checked', async () => {
    await page.goto(`${baseUrl}/progress/`);
    await page.locator('[data-ready]').waitFor();
    await expect(cells()).resolves.toBe('CPT|0|9|0%');

    await page.goto(`${baseUrl}/learn/cpt/modifiers/`);
    const mark = page.getByRole('button', { name: 'Mark this lesson complete' });
    await expect.poll(() => mark.isEnabled()).toBe(true);
    await mark.click();
    await expect.poll(() => page.getByRole('button', { name: '✓ Lesson complete' }).count()).toBe(1);

    await page.goto(`${baseUrl}/exercises/dx-colles-fracture-ladder-fall/`);
    await page.getByRole('heading', { name: 'Your codes' }).waitFor();
    await page.getByRole('textbox', { name: 'Diagnosis 1', exact: true }).fill('S52.531A');
    await page.getByRole('button', { name: 'Check my codes' }).click();
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Checked' }).count()).toBe(1);

    await page.goto(`${baseUrl}/progress/`);
    await page.locator('[data-ready]').waitFor();
    await expect(cells()).resolves.toBe('CPT|1|9|11%');
    await expect(systemTable().getByRole('row', { name: /^ICD-10-CM / }).count()).resolves.toBe(1);
    const violations = await axeViolations(page);
    expect(violations, describeViolations(violations)).toEqual([]);
  });

  it('exports, clears and imports everything back', async () => {
    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export all data (JSON)' }).click();
    const file = await (await downloading).path();
    const backup = readFileSync(file, 'utf8');
    expect(JSON.parse(backup).format).toBe('codeprep-backup');

    await page.getByRole('button', { name: 'Clear all data…' }).click();
    await page.getByRole('button', { name: 'Yes, delete everything' }).click();
    await expect.poll(cells).toBe('CPT|0|9|0%');

    await page.getByLabel('Import a backup…').setInputFiles({ name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from(backup.slice(0, 40)) });
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Nothing was changed' }).count()).toBe(1);

    await page.getByLabel('Import a backup…').setInputFiles({ name: 'backup.json', mimeType: 'application/json', buffer: Buffer.from(backup) });
    await expect.poll(() => page.getByText(/will add \d+ records and replace 0/).count()).toBe(1);
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await expect.poll(cells).toBe('CPT|1|9|11%');
    await expect(systemTable().getByRole('row', { name: /^ICD-10-CM / }).count()).resolves.toBe(1);
  });
});
