import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { baseUrl, launchBrowser } from './browser.ts';

let browser: Browser;
let context: BrowserContext;
let page: Page;
beforeAll(async () => {
  browser = await launchBrowser();
  context = await browser.newContext();
  page = await context.newPage();
});
afterAll(async () => {
  await browser?.close();
});

describe('offline, after a first visit', () => {
  it('still opens a visited lesson and a flashcard session, and a started exam keeps its answers', async () => {
    await page.goto(`${baseUrl}/learn/icd-10-cm/conventions/`);
    // Wait until the service worker has installed its precache and controls the page.
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
    await page.reload();
    await expect.poll(() => page.evaluate(() => Boolean(navigator.serviceWorker.controller))).toBe(true);
    await page.goto(`${baseUrl}/exams/cpb-style/`);
    await page.getByRole('button', { name: 'Start the timed exam' }).click();
    await page.getByRole('heading', { name: /^Question 1 of/ }).waitFor();
    const choice = page.locator('.options input').first();
    if (await choice.count()) await choice.check();
    else await page.getByRole('textbox').first().fill('Z00.00');

    await context.setOffline(true);
    await page.goto(`${baseUrl}/learn/icd-10-cm/conventions/`);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toMatch(/Excludes1/);
    await page.goto(`${baseUrl}/flashcards/suffixes/`);
    await page.getByRole('region', { name: 'Flashcard' }).waitFor();
    await page.keyboard.press('Space');
    await expect.poll(() => page.locator('.fc-answer').isVisible()).toBe(true);
    await page.goto(`${baseUrl}/exams/cpb-style/`);
    await page.getByRole('heading', { name: /^Question 1 of/ }).waitFor();
    await expect(page.getByRole('navigation', { name: 'Questions' }).getByRole('button', { name: /^Question 1,/ }).getAttribute('aria-label')).resolves.toBe('Question 1, answered');
    await context.setOffline(false);
  });
});
