import { describe, expect, it } from 'vitest';
import { baseUrl, useBrowser } from './browser.ts';

const session = useBrowser();

describe('offline, after a first visit', () => {
  it('still opens a visited lesson and a flashcard session, and a started exam keeps its answers', async () => {
    await session.page.goto(`${baseUrl}/learn/icd-10-cm/conventions/`);
    // Wait until the service worker has installed its precache and controls the page.
    await session.page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
    await session.page.reload();
    await expect.poll(() => session.page.evaluate(() => Boolean(navigator.serviceWorker.controller))).toBe(true);
    await session.page.goto(`${baseUrl}/exams/cpb-style/`);
    await session.page.getByRole('button', { name: 'Start the timed exam' }).click();
    await session.page.getByRole('heading', { name: /^Question 1 of/ }).waitFor();
    const choice = session.page.locator('.options input').first();
    if (await choice.count()) await choice.check();
    else await session.page.getByRole('textbox').first().fill('Z00.00');

    await session.context.setOffline(true);
    await session.page.goto(`${baseUrl}/learn/icd-10-cm/conventions/`);
    await expect(session.page.getByRole('heading', { level: 1 }).textContent()).resolves.toMatch(/Excludes1/);
    await session.page.goto(`${baseUrl}/flashcards/suffixes/`);
    await session.page.getByRole('region', { name: 'Flashcard' }).waitFor();
    await session.page.keyboard.press('Space');
    await expect.poll(() => session.page.locator('.fc-answer').isVisible()).toBe(true);
    await session.page.goto(`${baseUrl}/exams/cpb-style/`);
    await session.page.getByRole('heading', { name: /^Question 1 of/ }).waitFor();
    await expect(session.page.getByRole('navigation', { name: 'Questions' }).getByRole('button', { name: /^Question 1,/ }).getAttribute('aria-label')).resolves.toBe('Question 1, answered');
    await session.context.setOffline(false);
  });
});
