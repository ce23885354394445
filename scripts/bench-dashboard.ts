// npm run bench: the progress dashboard with a year of simulated activity, rendered in Chromium.
import { withPreviewAndChromium } from './bench-browser.ts';

/** Seeds 365 days of activity (5,000 reviews, 200 exercise attempts, 30 exams) and times the dashboard render. */
export function dashboardRenderMs(root: string, port = 4392): Promise<number | string> {
  return withPreviewAndChromium(root, port, async (browser, base) => {
      const context = await browser.newContext({ serviceWorkers: 'block' });
      const page = await context.newPage();
      // tsx keeps function names with a __name helper; give the page one so evaluate() can run this file's functions.
      await page.addInitScript({ content: 'window.__name = function (f) { return f; };' });
      await page.goto(`${base}/404.html`);
      await page.evaluate(async () => {
        const put = (key: string, data: unknown) => localStorage.setItem(`codeprep:${key}`, JSON.stringify({ v: 1, savedAt: new Date().toISOString(), data }));
        const now = Date.now();
        const day = 86_400_000;
        // 1,000 cards with 5,000 reviews over the year.
        for (let i = 0; i < 1000; i++) {
          put(`srs:bench/card-${i}/f`, { due: new Date(now + ((i % 30) - 10) * day).toISOString(), stability: 12, difficulty: 5, elapsed_days: 3, scheduled_days: 10, learning_steps: 0, reps: 5, lapses: i % 4 === 0 ? 1 : 0, state: 2, last_review: new Date(now - (i % 365) * day).toISOString() });
        }
        const ids: string[] = await fetch('/exercises/').then((r) => r.text()).then((html) => [...html.matchAll(/\/exercises\/([a-z0-9-]+)\//g)].map((m) => m[1]!));
        const unique = [...new Set(ids)];
        let attempts = 0;
        for (const id of unique) {
          const list = [];
          for (let k = 0; k < 4 && attempts < 200; k++, attempts++) list.push({ at: new Date(now - attempts * day).toISOString(), score: (attempts % 5) / 4, allCorrect: attempts % 5 === 4, verdicts: { correct: 2, sequence: attempts % 2, modifier: attempts % 3 === 0 ? 1 : 0, 'not-billable': 1 }, entries: { diagnoses: ['E11.9'], procedures: [] } });
          put(`exercise:${id}`, { draft: { diagnoses: ['E11.9'], procedures: [] }, attempts: list, revealed: false });
        }
        const domains = ['surgery-10000', 'icd-10-cm', 'hcpcs', 'evaluation-management', 'anatomy'];
        for (const exam of ['cpc-style', 'cpc-style-two-part', 'cca-style', 'cpb-style']) {
          const history = [];
          for (let k = 0; k < 8 && history.length + (exam === 'cpb-style' ? 0 : 0) < 8; k++) history.push({ attemptId: `${exam}-${k}`, submittedAt: now - (k * 40 + 1) * day, mode: 'exam', timeFactor: 1, percent: 55 + k * 3, passed: k > 4, byDomain: domains.map((d, j) => ({ domain: d, correct: j + k, total: 10, percent: (j + k) * 10 })) });
          put(`exam-history:${exam}`, exam === 'cpb-style' ? history.slice(0, 6) : history);
        }
        for (let i = 0; i < 30; i++) put(`lesson:cpt/lesson-${i}`, { completedAt: new Date(now - i * day).toISOString() });
      });
      const times: number[] = [];
      for (let run = 0; run < 3; run++) {
        await page.goto(`${base}/progress/`);
        await page.locator('[data-ready]').waitFor();
        times.push(await page.evaluate(() => performance.getEntriesByName('codeprep:dashboard-render').at(-1)?.duration ?? -1));
      }
      return times.sort((a, b) => a - b)[1]!;
  });
}
