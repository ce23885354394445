// The flashcard review screen: plain DOM over src/lib/srs, kept small (no framework on this page).
import { buildQueue, formatInterval, localDay, preview, ratingNames, review, type Rating, type StudyCard } from '../../lib/srs/index.ts';
import { readCardStates, readNewPerDay, readNewToday, writeCardState, writeNewToday } from '../../lib/storage/srs-progress.ts';
import { browserStorage } from '../browser-storage.ts';

export function startReview(root: HTMLElement, deck: string, cards: StudyCard[]): void {
  const storage = browserStorage();
  const $ = <T extends HTMLElement>(selector: string) => root.querySelector<T>(selector)!;
  const promptEl = $('.fc-prompt');
  const answerEl = $('.fc-answer');
  const exampleEl = $('.fc-example');
  const flipButton = $<HTMLButtonElement>('.fc-flip');
  const ratings = $('.fc-ratings');
  const status = $('.fc-status');
  const progress = $('.fc-progress');
  const problem = $('.fc-problem');
  const card = $('.fc-card');
  const done = $('.fc-done');
  const modeInputs = root.querySelectorAll<HTMLInputElement>('input[name="fc-mode"]');

  let mode: 'review' | 'cram' = 'review';
  let queue: StudyCard[] = [];
  let position = 0;
  let flipped = false;
  let reviewed = 0;

  const load = () => {
    const now = new Date();
    const { states, problems } = readCardStates(storage, cards.map((c) => c.key));
    problem.textContent = problems[0] ?? '';
    const allowance = readNewPerDay(storage) - readNewToday(storage, deck, localDay(now));
    queue = buildQueue(cards, states, now, { mode, newAllowance: allowance });
    position = 0;
    reviewed = 0;
    show();
  };

  const show = () => {
    flipped = false;
    const current = queue[position];
    card.hidden = !current;
    done.hidden = Boolean(current);
    progress.textContent = current ? `Card ${position + 1} of ${queue.length}${mode === 'cram' ? ' (cram: your schedule is not changed)' : ''}` : '';
    if (!current) {
      status.textContent = reviewed ? `Session finished: ${reviewed} card${reviewed === 1 ? '' : 's'} reviewed.` : 'Nothing due in this deck right now.';
      return;
    }
    promptEl.textContent = current.prompt;
    answerEl.textContent = current.answer;
    exampleEl.textContent = current.example ? `Example: ${current.example}` : '';
    answerEl.hidden = true;
    exampleEl.hidden = true;
    ratings.hidden = true;
    flipButton.hidden = false;
    flipButton.focus();
  };

  const flip = () => {
    if (flipped || !queue[position]) return;
    flipped = true;
    answerEl.hidden = false;
    exampleEl.hidden = !queue[position]!.example;
    flipButton.hidden = true;
    ratings.hidden = false;
    const now = new Date();
    const { states } = readCardStates(storage, [queue[position]!.key]);
    const next = preview(states.get(queue[position]!.key), now);
    for (const button of ratings.querySelectorAll<HTMLButtonElement>('button[data-rating]')) {
      const r = Number(button.dataset.rating) as Rating;
      button.querySelector('.fc-when')!.textContent = mode === 'cram' ? '' : formatInterval(now, next[r]);
    }
    status.textContent = `Answer: ${queue[position]!.answer}. Rate it with keys 1 to 4.`;
    ratings.querySelector<HTMLButtonElement>('button[data-rating="3"]')!.focus();
  };

  const rate = (rating: Rating) => {
    const current = queue[position];
    if (!flipped || !current) return;
    if (mode === 'review') {
      const now = new Date();
      const { states } = readCardStates(storage, [current.key]);
      const before = states.get(current.key);
      const written = writeCardState(storage, current.key, review(before, rating, now));
      if (!written.ok) problem.textContent = written.message;
      if (!before) writeNewToday(storage, deck, localDay(now), readNewToday(storage, deck, localDay(now)) + 1);
      // "Again" brings the card back later in this session.
      if (rating === 1) queue.push(current);
    }
    reviewed++;
    status.textContent = `Rated ${ratingNames[rating]}.`;
    position++;
    show();
  };

  flipButton.addEventListener('click', flip);
  ratings.addEventListener('click', (event) => {
    const button = (event.target as HTMLElement).closest<HTMLButtonElement>('button[data-rating]');
    if (button) rate(Number(button.dataset.rating) as Rating);
  });
  root.addEventListener('keydown', (event) => {
    const target = event.target as HTMLElement;
    if (target.matches('input, select, textarea')) return;
    if (event.key === ' ' && !flipped) {
      event.preventDefault();
      flip();
    } else if (['1', '2', '3', '4'].includes(event.key) && flipped) {
      event.preventDefault();
      rate(Number(event.key) as Rating);
    }
  });
  modeInputs.forEach((input) =>
    input.addEventListener('change', () => {
      mode = input.value === 'cram' ? 'cram' : 'review';
      load();
    }),
  );
  $('.fc-restart').addEventListener('click', load);
  load();
}
