import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { exerciseSchema } from '../../src/lib/schemas/index.ts';
import { axeViolations, baseUrl, describeViolations, holdScripts, useBrowser } from './browser.ts';

const id = 'dx-type1-diabetes-toe-ulcer-polyneuropathy';
const exercise = exerciseSchema.parse(parse(readFileSync(resolve(import.meta.dirname, `../../quizzes/exercises/${id}.yaml`), 'utf8')));
const first = exercise.answer.diagnoses.find((d) => d.firstListed)!.code;
const others = exercise.answer.diagnoses.filter((d) => !d.firstListed).map((d) => d.code);

const session = useBrowser();

const diagnosis = (n: number) => session.page.getByRole('textbox', { name: `Diagnosis ${n}`, exact: true });

describe('a coding exercise', () => {
  it('keeps the code fields closed until its script has loaded, so nothing typed is lost', async () => {
    const release = await holdScripts(session.page);
    await session.page.goto(`${baseUrl}/exercises/${id}/`, { waitUntil: 'commit' }); // 'load' would wait for the held scripts
    await expect(diagnosis(1).isDisabled()).resolves.toBe(true);
    await expect(session.page.getByRole('button', { name: 'Check my codes' }).isDisabled()).resolves.toBe(true);
    await release();
    await expect.poll(() => diagnosis(1).isEnabled()).toBe(true);
  });

  it('grades right, mis-sequenced and malformed codes line by line, typed by keyboard', async () => {
    expect(others.length).toBeGreaterThanOrEqual(2);
    await session.page.goto(`${baseUrl}/exercises/${id}/`);
    await session.page.getByRole('heading', { name: 'Your codes' }).waitFor();

    await diagnosis(1).click(); // waits until the field is enabled
    await session.page.keyboard.type(others[0]!.replace('.', '').toLowerCase()); // no dot, lower case: still read right
    const add = session.page.getByRole('button', { name: 'Add diagnosis' });
    await add.focus();
    await session.page.keyboard.press('Enter');
    await diagnosis(2).focus();
    await session.page.keyboard.type(first);
    await add.focus();
    await session.page.keyboard.press('Enter');
    await diagnosis(3).focus();
    await session.page.keyboard.type('E1O.9?');
    await expect(diagnosis(3).evaluate((el) => document.getElementById(el.getAttribute('aria-describedby')!.split(' ')[0]!)?.textContent)).resolves.toBe('Not yet a complete ICD-10-CM code');
    await session.page.keyboard.press('Enter'); // Enter in a code field checks the answer

    const status = session.page.getByRole('status').filter({ hasText: 'Checked' });
    await expect.poll(() => status.textContent()).toMatch(/^Checked: 1 of 3 entered codes correct, \d+ missing\./);
    const verdictOf = (n: number) => diagnosis(n).evaluate((el) => document.getElementById(el.getAttribute('aria-describedby')!.split(' ')[1]!)?.textContent ?? '');
    await expect(verdictOf(1)).resolves.toMatch(/^✓ Correct\./);
    await expect(verdictOf(2)).resolves.toMatch(/Right code, wrong position\..*must be listed first/);
    await expect(verdictOf(3)).resolves.toMatch(/Not a code format\./);

    const violations = await axeViolations(session.page);
    expect(violations, describeViolations(violations)).toEqual([]);
  });

  it('has a code lookup side panel that searches by words', async () => {
    const panel = session.page.getByRole('region', { name: 'Code lookup' });
    await panel.getByRole('button', { name: 'Open the code lookup' }).click();
    await panel.getByRole('searchbox', { name: 'Search ICD-10-CM by code or words' }).fill('type 2 diabetes foot ulcer');
    await expect.poll(() => panel.getByRole('list', { name: 'Results' }).getByRole('button').allTextContents(), { timeout: 15_000 }).toContainEqual(expect.stringMatching(/^E11\.621 /));
  });

  it('keeps the attempt after a reload, and the list shows it', async () => {
    await session.page.reload();
    await expect.poll(() => diagnosis(2).inputValue()).toBe(first);
    await expect.poll(() => session.page.getByRole('status').filter({ hasText: 'restored' }).count()).toBe(1);
    await expect(session.page.getByText('Right code, wrong position.').count()).resolves.toBe(1);

    await session.page.getByRole('button', { name: 'Show the full answer' }).click();
    await expect(session.page.getByRole('heading', { name: 'The answer' }).isVisible()).resolves.toBe(true);
    for (const code of [first, ...others]) await expect(session.page.getByRole('region', { name: 'The answer' }).getByText(code, { exact: true }).count()).resolves.toBeGreaterThan(0);

    await session.page.goto(`${baseUrl}/exercises/`);
    const item = session.page.getByRole('listitem').filter({ has: session.page.getByRole('link', { name: exercise.title }) });
    await expect.poll(() => item.textContent()).toContain('Attempted');
  });

  it('filters the list and has no accessibility violations', async () => {
    await session.page.goto(`${baseUrl}/exercises/`);
    await session.page.getByRole('combobox', { name: 'Topic' }).selectOption('Anesthesia');
    await expect.poll(() => session.page.getByRole('main').getByRole('status').textContent()).toMatch(/^\d+ of \d+ exercises shown\.$/);
    const shown = await session.page.getByRole('main').getByRole('listitem').count();
    expect(shown).toBeGreaterThanOrEqual(3);
    expect(shown).toBeLessThan(20);
    const violations = await axeViolations(session.page);
    expect(violations, describeViolations(violations)).toEqual([]);
  });
});
