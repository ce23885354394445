// Long browser work (reading 100,000 codes) done in slices, so the page can hydrate and take input in between.
import { parseIcd10cmCodeLines, type CodeRow } from '../../lib/codesets/index.ts';

const SLICE_MS = 12;

/**
 * Gives the browser a turn behind every task already queued (the island's own loading and hydration).
 * Not scheduler.yield(): its continuations run ahead of other tasks. MessageChannel, unlike a chain of
 * setTimeout calls, is not clamped to 4 ms.
 */
function pause(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(null);
  });
}

/** Runs a generator to its end, pausing whenever a slice has taken longer than SLICE_MS. */
export async function finishInSlices<T>(steps: Generator<void, T>): Promise<T> {
  let sliceStart = performance.now();
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    if (performance.now() - sliceStart > SLICE_MS) {
      await pause();
      sliceStart = performance.now();
    }
  }
}

function* codeLines(text: string, into: CodeRow[]): Generator<void, CodeRow[]> {
  const chunk = 1 << 19;
  for (let from = 0; from < text.length; ) {
    let to = text.indexOf('\n', from + chunk);
    if (to < 0) to = text.length;
    parseIcd10cmCodeLines(text.slice(from, to), (row) => into.push(row));
    from = to + 1;
    yield;
  }
  return into;
}

/** parseIcd10cmCodesText in slices. */
export function parseCodeListInSlices(text: string): Promise<CodeRow[]> {
  return finishInSlices(codeLines(text, []));
}
