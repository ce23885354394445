import { describe, expect, it } from 'vitest';
import { axeViolations, baseUrl, describeViolations, useBrowser } from './browser.ts';

const session = useBrowser();

describe('site search', () => {
  it('loads no search code or index on a lesson page until search is opened', async () => {
    const requested: string[] = [];
    session.page.on('request', (r) => requested.push(r.url()));
    await session.page.goto(`${baseUrl}/learn/cpt/modifiers/`);
    await session.page.waitForLoadState('networkidle');
    expect(requested.filter((u) => /search-(index|store)\.json|search-ui|lunr/.test(u))).toEqual([]);
    session.page.removeAllListeners('request');
  });

  it('searches from the header by keyboard and opens a lesson', async () => {
    await session.page.keyboard.press('/');
    const box = session.page.getByRole('combobox', { name: 'Search lessons, glossary and exercises' });
    await expect(box.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
    await session.page.keyboard.type('hyperten');
    const list = session.page.getByRole('listbox', { name: 'Search results' });
    await expect.poll(() => list.getByRole('option').count()).toBeGreaterThan(0);
    await expect.poll(() => session.page.locator('#header-search-status').textContent()).toMatch(/results?$/);
    const titles = await list.getByRole('option').locator('a').allTextContents();
    const target = titles.findIndex((t) => t.startsWith('Hypertension and'));
    expect(target).toBeGreaterThanOrEqual(0);
    for (let i = 0; i <= target; i++) await session.page.keyboard.press('ArrowDown');
    await expect(list.getByRole('option', { selected: true }).locator('a').textContent()).resolves.toBe(titles[target]);
    await session.page.keyboard.press('Enter');
    await session.page.waitForURL(/\/learn\/icd-10-cm\/hypertension\/$/);
    await expect(session.page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(titles[target]);
  });

  it('closes the results with Escape', async () => {
    await session.page.keyboard.press('/');
    await session.page.keyboard.type('modifier');
    const list = session.page.getByRole('listbox', { name: 'Search results' });
    await expect.poll(() => list.isVisible()).toBe(true);
    await session.page.keyboard.press('Escape');
    await expect.poll(() => list.isVisible()).toBe(false);
  });

  it('works from a shared URL, highlights matches, survives hostile input and has no axe violations', async () => {
    await session.page.goto(`${baseUrl}/search/?q=htn`);
    await expect.poll(() => session.page.locator('#search-page-status').textContent()).toMatch(/^\d+ results? for “htn”\.$/);
    await expect(session.page.locator('#search-page-results li').first().locator('a').textContent()).resolves.toBe('Hypertension');
    await expect(session.page.locator('#search-page-results mark').count()).resolves.toBeGreaterThan(0);
    const violations = await axeViolations(session.page);
    expect(violations, describeViolations(violations)).toEqual([]);
    for (const q of [':~^*+-', '"*', 'x'.repeat(3000)]) {
      await session.page.goto(`${baseUrl}/search/?q=${encodeURIComponent(q)}`);
      await expect.poll(() => session.page.locator('#search-page-status').textContent()).toMatch(/^0 results for/);
    }
    // Lunr field syntax is read as plain words, not as a field query.
    await session.page.goto(`${baseUrl}/search/?q=${encodeURIComponent('title:coding')}`);
    await expect.poll(() => session.page.locator('#search-page-status').textContent()).toMatch(/^\d+ results? for/);
  });
});
