import { describe, expect, it } from 'vitest';
import { axeViolations, baseUrl, describeViolations, useBrowser } from './browser.ts';

const session = useBrowser();

describe('flashcards', () => {
  it('reviews a deck by keyboard: space to flip, 1-4 to rate', async () => {
    await session.page.goto(`${baseUrl}/flashcards/prefixes/`);
    const card = session.page.getByRole('region', { name: 'Flashcard' });
    await card.waitFor();
    await expect(session.page.locator('.fc-progress').textContent()).resolves.toMatch(/^Card 1 of 20$/);
    const firstPrompt = await card.locator('.fc-prompt').textContent();
    await session.page.keyboard.press('Space');
    await expect.poll(() => card.locator('.fc-answer').isVisible()).toBe(true);
    await expect(session.page.getByRole('group', { name: 'How well did you know it?' }).getByRole('button').count()).resolves.toBe(4);
    const violations = await axeViolations(session.page);
    expect(violations, describeViolations(violations)).toEqual([]);
    await session.page.keyboard.press('3');
    await expect.poll(() => session.page.locator('.fc-progress').textContent()).toBe('Card 2 of 20');
    expect(await card.locator('.fc-prompt').textContent()).not.toBe(firstPrompt);
    await session.page.keyboard.press('Space');
    await session.page.keyboard.press('1'); // again: comes back later in the session
    await expect.poll(() => session.page.locator('.fc-progress').textContent()).toBe('Card 3 of 21');
  });

  it('remembers the schedule: the deck list shows what was learned, and cram mode changes nothing', async () => {
    await session.page.goto(`${baseUrl}/flashcards/`);
    const item = session.page.getByRole('listitem').filter({ has: session.page.getByRole('link', { name: 'Medical prefixes' }) });
    // Two cards were studied: both left the "new" pile (the one rated Again is due again within minutes).
    await expect.poll(() => item.locator('.deck-counts').textContent()).toMatch(/^\d+ due · \d+ new · \d+ cards$/);
    const [, , fresh, total] = /^(\d+) due · (\d+) new · (\d+) cards$/.exec((await item.locator('.deck-counts').textContent())!)!.map(Number);
    expect(fresh).toBe(total! - 2);
    const before = await item.locator('.deck-counts').textContent();
    await session.page.goto(`${baseUrl}/flashcards/prefixes/`);
    await session.page.getByRole('radio', { name: /Cram every card/ }).check();
    await session.page.keyboard.press('Space');
    await session.page.keyboard.press('4');
    await session.page.goto(`${baseUrl}/flashcards/`);
    await expect.poll(() => item.locator('.deck-counts').textContent()).toBe(before);
  });
});
