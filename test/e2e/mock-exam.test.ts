import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axeViolations, baseUrl, describeViolations, useBrowser } from './browser.ts';

const session = useBrowser();

const secondsLeft = async (p: Page) => {
  const text = (await p.locator('.clock span[aria-hidden]').textContent())!;
  const [h, m, s] = text.split(':').map(Number);
  return h! * 3600 + m! * 60 + s!;
};
const navCell = (p: Page, n: number) => p.getByRole('navigation', { name: 'Questions' }).getByRole('button', { name: new RegExp(`^Question ${n},`) });

describe('the CPC-style mock exam', () => {
  it('keeps answers and rationales out of the page and the question pool until submission', async () => {
    const html = await (await fetch(`${baseUrl}/exams/cpc-style/`)).text();
    const pool = await (await fetch(`${baseUrl}/data/exams/cpc-style/questions.json`)).json();
    expect(pool.questions.length).toBeGreaterThanOrEqual(100);
    for (const q of pool.questions) {
      expect(q).not.toHaveProperty('answer');
      expect(q).not.toHaveProperty('rationale');
      expect(q).not.toHaveProperty('optionRationales');
    }
    const keys = await (await fetch(`${baseUrl}/data/exams/cpc-style/keys.json`)).json();
    expect(html).not.toContain(keys.keys[0].reference);
    expect(html).not.toContain('optionRationales');
  });

  it('starts, takes answers, flags and strikes by keyboard', async () => {
    await session.page.goto(`${baseUrl}/exams/cpc-style/`);
    await session.page.getByRole('button', { name: 'Start the timed exam' }).click();
    await session.page.getByRole('heading', { name: 'Question 1 of 100' }).waitFor();
    expect(await secondsLeft(session.page)).toBeGreaterThan(4 * 3600 - 30);

    const options = session.page.getByRole('group', { name: /Choose one answer/ }).getByRole('radio');
    await options.first().focus();
    await session.page.keyboard.press('Space');
    await expect.poll(() => options.first().isChecked()).toBe(true);
    await session.page.getByRole('button', { name: 'Next' }).focus();
    await session.page.keyboard.press('Enter');
    await session.page.getByRole('heading', { name: 'Question 2 of 100' }).waitFor();
    await session.page.getByRole('button', { name: /Flag for review/ }).focus();
    await session.page.keyboard.press('Enter');
    await session.page.getByRole('button', { name: 'Strike out option A' }).click();
    await expect.poll(() => navCell(session.page, 1).getAttribute('aria-label')).toBe('Question 1, answered');
    await expect.poll(() => navCell(session.page, 2).getAttribute('aria-label')).toBe('Question 2, not answered, flagged');
    const violations = await axeViolations(session.page);
    expect(violations, describeViolations(violations)).toEqual([]);
  });

  it('restores everything after a reload, with the timer still counting from the same deadline', async () => {
    const before = await secondsLeft(session.page);
    await session.page.waitForTimeout(1500);
    await session.page.reload();
    await session.page.getByRole('heading', { name: /^Question \d+ of 100$/ }).waitFor();
    await expect.poll(() => navCell(session.page, 1).getAttribute('aria-label')).toBe('Question 1, answered');
    await expect.poll(() => navCell(session.page, 2).getAttribute('aria-label')).toBe('Question 2, not answered, flagged');
    const after = await secondsLeft(session.page);
    expect(after).toBeLessThan(before);
    expect(before - after).toBeLessThan(15);
    await expect(session.page.getByRole('button', { name: 'Restore option A' }).or(session.page.getByRole('button', { name: 'Strike out option A', pressed: true })).count()).resolves.toBe(1);
  });

  it('has the code lookup at hand as an open-book panel', async () => {
    const panel = session.page.getByRole('region', { name: 'Code lookup' });
    await panel.getByRole('button', { name: 'Open the code lookup' }).click();
    await panel.getByRole('searchbox', { name: 'Search ICD-10-CM by code or words' }).fill('E11.621');
    await expect.poll(() => panel.getByRole('list', { name: 'Results' }).getByRole('button').first().textContent(), { timeout: 15_000 }).toMatch(/^E11\.621 Type 2 diabetes mellitus with foot ulcer/);
    await panel.getByRole('button', { name: 'Hide the code lookup' }).click();
  });

  it('tells a second tab that the attempt is open elsewhere', async () => {
    const second = await session.context.newPage();
    await second.goto(`${baseUrl}/exams/cpc-style/`);
    await expect.poll(() => second.getByText('This attempt is open in another tab').count()).toBe(1);
    await second.close();
  });

  it('submits after review and confirmation, and reports by domain', async () => {
    await session.page.getByRole('button', { name: 'Review and submit' }).click();
    await expect(session.page.getByText(/^99 unanswered, 1 flagged\.$/).count()).resolves.toBe(1);
    await session.page.getByRole('button', { name: 'Submit the exam' }).click();
    await session.page.getByRole('button', { name: 'Yes, submit' }).click();
    await session.page.getByRole('heading', { name: 'Your result' }).waitFor();
    const table = session.page.getByRole('table', { name: 'Score by domain' });
    await expect(table.getByRole('row').count()).resolves.toBe(18);
    await expect(session.page.getByRole('img', { name: /Score by domain/ }).count()).resolves.toBe(1);
    await session.page.getByRole('combobox', { name: 'Show' }).selectOption('flagged');
    await expect.poll(() => session.page.getByRole('status').filter({ hasText: 'shown' }).textContent()).toBe('1 question shown.');
    const violations = await axeViolations(session.page);
    expect(violations, describeViolations(violations)).toEqual([]);
  });

  it('submits automatically when the clock passes the deadline', async () => {
    const fresh = await session.browser.newContext();
    const p = await fresh.newPage();
    await p.clock.install();
    await p.goto(`${baseUrl}/exams/cpb-style/`);
    await p.getByRole('button', { name: 'Start the timed exam' }).click();
    await p.getByRole('heading', { name: /^Question 1 of/ }).waitFor();
    await p.clock.fastForward('04:00:05');
    await p.getByRole('heading', { name: 'Your result' }).waitFor();
    await expect(p.getByText(/submitted automatically when time ran out/).count()).resolves.toBe(1);
    await fresh.close();
  });
});
