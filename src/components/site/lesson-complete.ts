// The lesson-completion control; loaded when the browser is idle so the lesson itself ships almost no JavaScript.
import { isLessonComplete, setLessonComplete } from '../../lib/storage/lesson-progress.ts';
import { browserStorage } from '../browser-storage.ts';

export function attach(box: HTMLElement): void {
  const id = box.dataset.lesson!;
  const button = box.querySelector('button')!;
  const status = box.querySelector<HTMLElement>('.lesson-complete-status')!;
  const storage = browserStorage();
  const render = (done: boolean) => {
    button.setAttribute('aria-pressed', String(done));
    button.textContent = done ? '✓ Lesson complete' : 'Mark this lesson complete';
  };
  render(isLessonComplete(storage, id));
  button.addEventListener('click', () => {
    const done = button.getAttribute('aria-pressed') !== 'true';
    const written = setLessonComplete(storage, id, done);
    if (!written.ok) status.textContent = written.message;
    else {
      render(done);
      status.textContent = done ? 'Marked complete. Your progress page shows it.' : 'Marked not complete.';
    }
  });
  button.disabled = false;
}
