import { useMemo, useState, type ChangeEvent } from 'react';
import { applyImport, clearAll, exportAll, planImport, type ImportPlan } from '../../lib/storage/backup.ts';
import { browserStorage } from '../browser-storage.ts';

/** Export, import (with a preview of what changes) and clear-all of the learner's data. */
export default function DataTools({ onChange }: { onChange: () => void }) {
  const storage = useMemo(() => browserStorage(), []);
  const [plan, setPlan] = useState<Extract<ImportPlan, { ok: true }> | null>(null);
  const [message, setMessage] = useState('');
  const [confirmClear, setConfirmClear] = useState(false);

  const download = () => {
    const blob = new Blob([JSON.stringify(exportAll(storage), null, 1)], { type: 'application/json' });
    const a = document.createElement('a');
    a.href = URL.createObjectURL(blob);
    a.download = `codeprep-backup-${new Date().toISOString().slice(0, 10)}.json`;
    a.click();
    URL.revokeObjectURL(a.href);
    setMessage(`Exported ${storage.keys().length} records.`);
  };
  const choose = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    const result = planImport(storage, await file.text());
    if (!result.ok) {
      setPlan(null);
      setMessage(result.message);
    } else {
      setPlan(result);
      setMessage('');
    }
  };
  const apply = () => {
    if (!plan) return;
    const done = applyImport(storage, plan);
    setMessage(done.ok ? `Imported: ${plan.added.length} added, ${plan.changed.length} replaced, ${plan.unchanged.length} already the same.` : done.message);
    setPlan(null);
    onChange();
  };
  return (
    <section className="data-tools" aria-labelledby="data-tools-title">
      <h2 id="data-tools-title">Your data</h2>
      <p>Everything stays in this browser. Export a backup to move it to another browser or keep it safe.</p>
      <p>
        <button type="button" onClick={download}>Export all data (JSON)</button>{' '}
        <label className="file-button">Import a backup… <input type="file" accept="application/json,.json" onChange={choose} className="visually-hidden" /></label>{' '}
        <button type="button" className="danger" onClick={() => setConfirmClear(true)}>Clear all data…</button>
      </p>
      {plan && (
        <div className="confirm" role="group" aria-labelledby="import-summary">
          <p id="import-summary">
            This backup from {new Date(plan.backup.exportedAt).toLocaleString()} will add {plan.added.length} records and replace {plan.changed.length}; {plan.unchanged.length} are already the same and {plan.kept.length} records not in the file stay as they are.
          </p>
          <button type="button" onClick={() => setPlan(null)}>Cancel</button> <button type="button" onClick={apply}>Import</button>
        </div>
      )}
      {confirmClear && (
        <div className="confirm" role="group" aria-labelledby="clear-question">
          <p id="clear-question"><strong>Delete all your progress, attempts and flashcard schedules from this browser? This cannot be undone.</strong></p>
          <button type="button" autoFocus onClick={() => setConfirmClear(false)}>Cancel</button>{' '}
          <button type="button" className="danger" onClick={() => { const n = clearAll(storage); setConfirmClear(false); setMessage(`Deleted ${n} records.`); onChange(); }}>Yes, delete everything</button>
        </div>
      )}
      <p role="status">{message}</p>
    </section>
  );
}
