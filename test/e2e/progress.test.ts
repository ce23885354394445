import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { axeViolations, baseUrl, describeViolations, useBrowser } from './browser.ts';

const session = useBrowser({ acceptDownloads: true });

const lessonsRow = () => session.page.getByRole('table', { name: 'Lessons completed by track' }).getByRole('row', { name: /^CPT / });
/** A row's cells as text, e.g. "CPT|1|9|11%". */
const cells = async () => (await lessonsRow().locator('th, td').allTextContents()).join('|');
const systemTable = () => session.page.getByRole('table', { name: /Exercise score by code system/ });

describe('the progress dashboard', () => {
  it('changes when a lesson is completed and an exercise is checked', async () => {
    await session.page.goto(`${baseUrl}/progress/`);
    await session.page.locator('[data-ready]').waitFor();
    await expect(cells()).resolves.toBe('CPT|0|9|0%');

    await session.page.goto(`${baseUrl}/learn/cpt/modifiers/`);
    const mark = session.page.getByRole('button', { name: 'Mark this lesson complete' });
    await expect.poll(() => mark.isEnabled()).toBe(true);
    await mark.click();
    await expect.poll(() => session.page.getByRole('button', { name: '✓ Lesson complete' }).count()).toBe(1);

    await session.page.goto(`${baseUrl}/exercises/dx-colles-fracture-ladder-fall/`);
    await session.page.getByRole('heading', { name: 'Your codes' }).waitFor();
    await session.page.getByRole('textbox', { name: 'Diagnosis 1', exact: true }).fill('S52.531A');
    await session.page.getByRole('button', { name: 'Check my codes' }).click();
    await expect.poll(() => session.page.getByRole('status').filter({ hasText: 'Checked' }).count()).toBe(1);

    await session.page.goto(`${baseUrl}/progress/`);
    await session.page.locator('[data-ready]').waitFor();
    await expect(cells()).resolves.toBe('CPT|1|9|11%');
    await expect(systemTable().getByRole('row', { name: /^ICD-10-CM / }).count()).resolves.toBe(1);
    const violations = await axeViolations(session.page);
    expect(violations, describeViolations(violations)).toEqual([]);
  });

  it('exports, clears and imports everything back', async () => {
    const downloading = session.page.waitForEvent('download');
    await session.page.getByRole('button', { name: 'Export all data (JSON)' }).click();
    const file = await (await downloading).path();
    const backup = readFileSync(file, 'utf8');
    expect(JSON.parse(backup).format).toBe('codeprep-backup');

    await session.page.getByRole('button', { name: 'Clear all data…' }).click();
    await session.page.getByRole('button', { name: 'Yes, delete everything' }).click();
    await expect.poll(cells).toBe('CPT|0|9|0%');

    await session.page.getByLabel('Import a backup…').setInputFiles({ name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from(backup.slice(0, 40)) });
    await expect.poll(() => session.page.getByRole('status').filter({ hasText: 'Nothing was changed' }).count()).toBe(1);

    await session.page.getByLabel('Import a backup…').setInputFiles({ name: 'backup.json', mimeType: 'application/json', buffer: Buffer.from(backup) });
    await expect.poll(() => session.page.getByText(/will add \d+ records and replace 0/).count()).toBe(1);
    await session.page.getByRole('button', { name: 'Import', exact: true }).click();
    await expect.poll(cells).toBe('CPT|1|9|11%');
    await expect(systemTable().getByRole('row', { name: /^ICD-10-CM / }).count()).resolves.toBe(1);
  });
});
