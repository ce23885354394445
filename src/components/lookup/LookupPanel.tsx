import { lazy, Suspense, useState } from 'react';
import { useHydrated } from '../use-hydrated.ts';

// The lookup's code and data load only when the learner opens the panel.
const CodeLookup = lazy(() => import('./CodeLookup.tsx'));

/** The code lookup as a side panel (exercises) or the open-book panel (mock exams). */
export default function LookupPanel({ label }: { label: string }) {
  const [open, setOpen] = useState(false);
  const hydrated = useHydrated();
  return (
    <section className="lookup-panel" aria-label={label}>
      <button type="button" className="secondary" aria-expanded={open} disabled={!hydrated} onClick={() => setOpen(!open)}>
        {open ? `Hide the ${label.toLowerCase()}` : `Open the ${label.toLowerCase()}`}
      </button>
      {open && (
        <Suspense fallback={<p role="status">Loading the code lookup…</p>}>
          <CodeLookup mode="panel" cptNotes={{}} />
        </Suspense>
      )}
    </section>
  );
}
