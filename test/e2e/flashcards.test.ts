import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { axeViolations, baseUrl, describeViolations, launchBrowser } from './browser.ts';

let browser: Browser;
let page: Page;
beforeAll(async () => {
  browser = await launchBrowser();
  page = await (await browser.newContext()).newPage();
});
afterAll(async () => {
  await browser?.close();
});

describe('flashcards', () => {
  it('reviews a deck by keyboard: space to flip, 1-4 to rate', async () => {
    await page.goto(`${baseUrl}/flashcards/prefixes/`);
    const card = page.getByRole('region', { name: 'Flashcard' });
    await card.waitFor();
    await expect(page.locator('.fc-progress').textContent()).resolves.toMatch(/^Card 1 of 20$/);
    const firstPrompt = await card.locator('.fc-prompt').textContent();
    await page.keyboard.press('Space');
    await expect.poll(() => card.locator('.fc-answer').isVisible()).toBe(true);
    await expect(page.getByRole('group', { name: 'How well did you know it?' }).getByRole('button').count()).resolves.toBe(4);
    const violations = await axeViolations(page);
    expect(violations, describeViolations(violations)).toEqual([]);
    await page.keyboard.press('3');
    await expect.poll(() => page.locator('.fc-progress').textContent()).toBe('Card 2 of 20');
    expect(await card.locator('.fc-prompt').textContent()).not.toBe(firstPrompt);
    await page.keyboard.press('Space');
    await page.keyboard.press('1'); // again: comes back later in the session
    await expect.poll(() => page.locator('.fc-progress').textContent()).toBe('Card 3 of 21');
  });

  it('remembers the schedule: the deck list shows what was learned, and cram mode changes nothing', async () => {
    await page.goto(`${baseUrl}/flashcards/`);
    const item = page.getByRole('listitem').filter({ has: page.getByRole('link', { name: 'Medical prefixes' }) });
    // Two cards were studied: both left the "new" pile (the one rated Again is due again within minutes).
    await expect.poll(() => item.locator('.deck-counts').textContent()).toMatch(/^\d+ due · \d+ new · \d+ cards$/);
    const [, , fresh, total] = /^(\d+) due · (\d+) new · (\d+) cards$/.exec((await item.locator('.deck-counts').textContent())!)!.map(Number);
    expect(fresh).toBe(total! - 2);
    const before = await item.locator('.deck-counts').textContent();
    await page.goto(`${baseUrl}/flashcards/prefixes/`);
    await page.getByRole('radio', { name: /Cram every card/ }).check();
    await page.keyboard.press('Space');
    await page.keyboard.press('4');
    await page.goto(`${baseUrl}/flashcards/`);
    await expect.poll(() => item.locator('.deck-counts').textContent()).toBe(before);
  });
});
