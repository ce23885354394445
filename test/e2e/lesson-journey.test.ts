import { describe, expect, it } from 'vitest';
import { baseUrl, useBrowser } from './browser.ts';

const session = useBrowser();

describe('a learner preparing for the CPC', () => {
  it('goes from the home page to a path, a lesson and the next lesson', async () => {
    await session.page.goto(`${baseUrl}/`);
    await session.page.getByRole('link', { name: 'Preparing for CPC' }).click();
    await expect.poll(() => session.page.url()).toBe(`${baseUrl}/paths/cpc/`);
    await expect(session.page.getByRole('heading', { level: 1 }).textContent()).resolves.toMatch(/CPC/);

    const lessons = session.page.getByRole('main').getByRole('listitem').getByRole('link');
    const firstTitle = (await lessons.first().textContent())!.trim();
    await lessons.first().click();
    await expect(session.page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(firstTitle);
    await expect(session.page.getByRole('heading', { name: 'What you will learn' }).isVisible()).resolves.toBe(true);
    await expect(session.page.getByRole('heading', { name: 'Key terms' }).isVisible()).resolves.toBe(true);

    const next = session.page.getByRole('link', { name: /^Next lesson/ });
    const nextTitle = (await next.textContent())!.replace(/^Next lesson/, '').trim();
    await next.click();
    await expect(session.page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(nextTitle);
    await expect(session.page.getByRole('link', { name: /^Previous lesson/ }).textContent()).resolves.toContain(firstTitle);
  });

  it('answers an inline quiz with the keyboard alone and reads the feedback', async () => {
    await session.page.goto(`${baseUrl}/learn/icd-10-cm/structure-and-index/`);
    const quiz = session.page.getByRole('form').first();
    const question = await quiz.getByRole('group').first();
    const radios = question.getByRole('radio');
    const count = await radios.count();
    expect(count).toBeGreaterThanOrEqual(2);

    // Reach the first option by keyboard: focus lands on the radio group, arrows move the choice.
    await radios.first().focus();
    await session.page.keyboard.press('Space');
    await expect(radios.first().isChecked()).resolves.toBe(true);
    await session.page.keyboard.press('ArrowDown');
    await expect(radios.nth(1).isChecked()).resolves.toBe(true);
    await session.page.keyboard.press('Tab');
    await expect(quiz.getByRole('button', { name: 'Check answer' }).evaluate((b) => b === document.activeElement)).resolves.toBe(true);
    await session.page.keyboard.press('Enter');

    const feedback = quiz.getByRole('status');
    await expect.poll(() => feedback.textContent()).toMatch(/^(Correct\.|Not quite\. The answer is [A-E]\.)/);
    const answer = Number(await quiz.getAttribute('data-answer'));
    const text = (await feedback.textContent())!;
    expect(text.startsWith('Correct.')).toBe(answer === 1);
  });

  it('reaches the glossary definition of a term from the keyboard', async () => {
    await session.page.goto(`${baseUrl}/learn/icd-10-cm/structure-and-index/`);
    const term = session.page.locator('.lesson-body .term-link').first();
    await term.focus();
    const description = await term.evaluate((el) => document.getElementById(el.getAttribute('aria-describedby')!)?.textContent ?? '');
    expect(description.length).toBeGreaterThan(20);
    const tip = session.page.locator('.lesson-body .term-tip').first();
    await expect(tip.isVisible()).resolves.toBe(true);
    await session.page.keyboard.press('Escape');
    await expect(tip.isVisible()).resolves.toBe(false);
  });
});
