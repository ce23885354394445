import { useEffect, useState } from 'react';
import { notesChain, placeCode, tabularNoteKinds, type CodeRow, type HcpcsRow, type LookupMeta, type NoteEntry, type TabularOutline } from '../../lib/codesets/index.ts';
import { notesFor } from './lookup-client.ts';

const noteLabels: Record<string, string> = {
  inclusionTerm: 'Inclusion terms',
  includes: 'Includes',
  excludes1: 'Excludes1 (never coded together)',
  excludes2: 'Excludes2 (not included here; both may be coded)',
  codeFirst: 'Code first',
  useAdditionalCode: 'Use additional code',
  codeAlso: 'Code also',
  notes: 'Notes',
  sevenChrNote: '7th character note',
};

export function IcdDetail({ row, meta, outline, onOpen }: { row: CodeRow; meta: LookupMeta; outline: TabularOutline | null; onOpen: (code: string) => void }) {
  const [notes, setNotes] = useState<Record<string, NoteEntry> | null>(null);
  useEffect(() => {
    setNotes(null);
    void notesFor(row.code[0]!).then(setNotes);
  }, [row.code]);
  const where = outline ? placeCode(outline, row.code) : undefined;
  const tabularYear = meta.tabular?.year;
  const listYear = meta.icd10cm?.year;
  const chain = notes ? notesChain(notes, row.code) : undefined;
  return (
    <article className="code-detail" aria-labelledby="code-detail-title">
      <h2 id="code-detail-title"><code>{row.code}</code> {row.title}</h2>
      <p>
        <strong className={row.valid ? 'valid' : 'not-valid'}>{row.valid ? 'Billable: valid for claims' : 'Not billable: a category or subcategory header; choose a more specific code'}</strong> in {meta.icd10cm?.label}.
      </p>
      {where && (
        <p className="muted">Chapter {where.chapter.number}: {where.chapter.title} › {where.section.title}</p>
      )}
      {chain === undefined ? (
        <p role="status">Loading the Tabular List notes…</p>
      ) : !tabularYear ? (
        <p>No Tabular List file was found when this site was built, so instructional notes are not available.</p>
      ) : (
        <>
          {tabularYear !== listYear && (
            <p className="notice">Notes below come from the FY{tabularYear} Tabular List, the newest one available; the code list and billable flags are FY{listYear}. Check notes against the current Tabular List.</p>
          )}
          {!chain.exact && <p>The FY{tabularYear} Tabular List has no entry for {row.code}{chain.chain.length ? `; notes from ${chain.chain[0]!.code} and above still apply` : '; no notes are available for that year'}.</p>}
          {chain.chain.map(({ code, entry }) => {
            const kinds = tabularNoteKinds.filter((k) => entry.n[k]?.length);
            if (kinds.length === 0) return null;
            return (
              <section key={code} className="note-block" aria-label={`Notes at ${code}`}>
                <h3>Notes at <button type="button" className="link-button" onClick={() => onOpen(code)}>{code}</button> <span className="muted">{entry.t}</span></h3>
                {kinds.map((k) => (
                  <div key={k}>
                    <h4>{noteLabels[k]}</h4>
                    <ul>{entry.n[k]!.map((note, i) => <li key={i}>{note}</li>)}</ul>
                  </div>
                ))}
              </section>
            );
          })}
          {chain.seventh && (
            <section className="note-block" aria-label="7th characters">
              <h3>7th characters (defined at {chain.seventh.definedAt})</h3>
              <table>
                <caption className="visually-hidden">7th characters for {row.code}</caption>
                <thead><tr><th scope="col">Character</th><th scope="col">Meaning</th></tr></thead>
                <tbody>{Object.entries(chain.seventh.table).map(([c, m]) => <tr key={c}><th scope="row">{c}</th><td>{m}</td></tr>)}</tbody>
              </table>
            </section>
          )}
        </>
      )}
    </article>
  );
}

export function HcpcsDetail({ row, meta }: { row: HcpcsRow; meta: LookupMeta }) {
  return (
    <article className="code-detail" aria-labelledby="code-detail-title">
      <h2 id="code-detail-title"><code>{row.code}</code> {row.kind === 'modifier' ? '(modifier)' : ''}</h2>
      <p>{row.title}</p>
      <p>
        <strong className={row.valid ? 'valid' : 'not-valid'}>{row.valid ? 'Valid' : `No longer valid: terminated ${row.terminationDate}`}</strong> in {meta.hcpcs?.label}.
      </p>
      <ul className="facts">
        {row.addedDate && <li>Added: {row.addedDate}</li>}
        {row.actionEffectiveDate && <li>Latest change effective: {row.actionEffectiveDate}</li>}
        {row.terminationDate && <li>Terminated: {row.terminationDate} (kept for history; never report it for later dates of service)</li>}
      </ul>
    </article>
  );
}
