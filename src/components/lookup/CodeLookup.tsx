import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { bareCode, placeCode, searchCodes, type CodeHit, type CodeIndex, type CodeRow, type HcpcsRow, type LookupMeta, type TabularOutline } from '../../lib/codesets/index.ts';
import { hcpcsData, icd10cmIndex, lookupMeta, tabularOutlineData } from './lookup-client.ts';
import { HcpcsDetail, IcdDetail } from './CodeDetail.tsx';

type System = 'icd10cm' | 'hcpcs' | 'cpt';

export interface CodeLookupProps {
  /** Page mode updates the address (/lookup/icd10cm/E11.621/) so links can be shared and reloaded. */
  mode?: 'page' | 'panel';
  initialSystem?: System;
  initialCode?: string;
  /** Our own notes for the CPT codes in the registry (never AMA text). */
  cptNotes: Record<string, string>;
}

const systemNames: Record<System, string> = { icd10cm: 'ICD-10-CM', hcpcs: 'HCPCS Level II', cpt: 'CPT' };

/** Code lookup: search ICD-10-CM and HCPCS by code or words, browse the Tabular List, read the notes. */
export default function CodeLookup({ mode = 'page', initialSystem = 'icd10cm', initialCode, cptNotes }: CodeLookupProps) {
  const uid = useId();
  const [system, setSystem] = useState<System>(initialSystem);
  const [meta, setMeta] = useState<LookupMeta | null>(null);
  const [icd, setIcd] = useState<CodeIndex | null>(null);
  const [hcpcs, setHcpcs] = useState<{ rows: HcpcsRow[]; index: CodeIndex } | null>(null);
  const [outline, setOutline] = useState<TabularOutline | null>(null);
  const [query, setQuery] = useState('');
  const [selected, setSelected] = useState<string | undefined>(initialCode);
  const [view, setView] = useState<'search' | 'browse'>('search');
  const [browse, setBrowse] = useState<{ chapter?: string; section?: string; letter?: string }>({});
  const [problem, setProblem] = useState('');
  const loadStarted = useRef(false);
  const queryInput = useRef<HTMLInputElement>(null);

  const load = () => {
    if (loadStarted.current) return;
    loadStarted.current = true;
    void lookupMeta().then(setMeta, () => setProblem('The code lookup data was not built with this site.'));
    void icd10cmIndex().then(setIcd, () => setProblem('The ICD-10-CM code list is not available.'));
    void tabularOutlineData().then(setOutline, () => setOutline(null));
    if (initialSystem === 'hcpcs') void hcpcsData().then(setHcpcs, () => undefined);
  };
  useEffect(() => {
    // Words typed into the server-rendered box before hydration are kept, not wiped.
    const typedEarly = queryInput.current?.value ?? '';
    if (typedEarly) setQuery(typedEarly);
    if (mode === 'page' || initialCode) load();
    if (mode !== 'page') return;
    // A deep link (/lookup/icd10cm/E11.621/) or the 404 fallback's /lookup/?system=...&code=... opens that code.
    const fromPath = /^\/lookup\/(icd10cm|hcpcs)\/([^/]+)\/?$/.exec(location.pathname);
    const params = new URLSearchParams(location.search);
    const sys = (fromPath?.[1] ?? params.get('system')) as System | null;
    const code = fromPath ? decodeURIComponent(fromPath[2]!) : params.get('code');
    if (sys && code && (sys === 'icd10cm' || sys === 'hcpcs')) {
      if (sys === 'hcpcs') void hcpcsData().then(setHcpcs, () => undefined);
      setSystem(sys);
      setSelected(code.toUpperCase());
      history.replaceState(null, '', `/lookup/${sys}/${code.toUpperCase()}/`);
    }
  }, [mode, initialCode]);

  const index = system === 'icd10cm' ? icd : system === 'hcpcs' ? hcpcs?.index ?? null : null;
  const results: CodeHit[] = useMemo(() => (index && query.trim() ? searchCodes(index, query, 25) : []), [index, query]);
  const rowFor = (code: string): CodeRow | undefined => {
    if (!index) return undefined;
    const at = index.bare.indexOf(bareCode(code));
    return at >= 0 ? index.rows[at] : undefined;
  };
  const selectedRow = selected ? rowFor(selected) : undefined;

  const open = (code: string) => {
    setSelected(code);
    if (mode === 'page') history.replaceState(null, '', `/lookup/${system}/${code}/`);
  };
  const switchSystem = (next: System) => {
    if (next === 'hcpcs') void hcpcsData().then(setHcpcs, () => undefined);
    setSystem(next);
    setSelected(undefined);
    setBrowse({});
    if (mode === 'page') history.replaceState(null, '', '/lookup/');
  };

  const available = system === 'icd10cm' ? meta?.icd10cm : system === 'hcpcs' ? meta?.hcpcs : true;
  const cptMatches = system === 'cpt' && query.trim() ? Object.entries(cptNotes).filter(([code, note]) => code.startsWith(query.trim()) || note.toLowerCase().includes(query.trim().toLowerCase())).slice(0, 25) : [];

  return (
    <div className={`code-lookup code-lookup-${mode}`} onFocus={load}>
      <div className="lookup-systems" role="group" aria-label="Code set">
        {(Object.keys(systemNames) as System[]).map((s) => (
          <button key={s} type="button" aria-pressed={system === s} onClick={() => switchSystem(s)}>{systemNames[s]}</button>
        ))}
      </div>
      {meta && (
        <p className="muted lookup-source">
          {system === 'icd10cm' && meta.icd10cm && `Code list: ${meta.icd10cm.label} (${meta.icd10cm.rows.toLocaleString('en-US')} codes and headers)${meta.tabular ? `; notes: FY${meta.tabular.year} Tabular List` : ''}.`}
          {system === 'hcpcs' && meta.hcpcs && `${meta.hcpcs.label}, effective ${meta.hcpcs.effectiveDate}.`}
          {system === 'cpt' && 'CPT descriptors are copyrighted by the AMA and are not shown. For codes our lessons use, you see our own plain-language note; check the official wording in your CPT book.'}
        </p>
      )}
      {problem && <p role="alert">{problem}</p>}
      {meta && !available && (
        <p className="notice">The official {systemNames[system]} file was not found when this site was built. Download it from {system === 'icd10cm' ? 'CDC' : 'CMS'}, unzip it into a folder, and build with <code>CODESETS_DIR=/path/to/folder npm start</code>.</p>
      )}
      {system !== 'cpt' && (
        <div className="lookup-views" role="group" aria-label="Search or browse">
          <button type="button" aria-pressed={view === 'search'} onClick={() => setView('search')}>Search</button>
          <button type="button" aria-pressed={view === 'browse'} onClick={() => setView('browse')}>Browse</button>
        </div>
      )}
      {(view === 'search' || system === 'cpt') && (
        <div className="lookup-search">
          <label htmlFor={`${uid}-q`}>Search {systemNames[system]} by code or words</label>
          <input ref={queryInput} id={`${uid}-q`} type="search" value={query} autoComplete="off" spellCheck={false} placeholder={system === 'icd10cm' ? 'e.g. E11.6 or diabetes foot ulcer' : system === 'hcpcs' ? 'e.g. J1100 or crutches' : 'e.g. 99213'} onChange={(e) => setQuery(e.target.value)} aria-describedby={`${uid}-count`} />
          <p id={`${uid}-count`} role="status" className="muted">
            {system === 'cpt' ? (query.trim() ? `${cptMatches.length} codes from our registry` : '') : !index ? (loadStarted.current ? 'Loading the code list…' : '') : query.trim() ? `${results.length === 25 ? '25 or more' : results.length} result${results.length === 1 ? '' : 's'}` : ''}
          </p>
          {system === 'cpt' ? (
            <ul className="lookup-results">{cptMatches.map(([code, note]) => <li key={code}><code>{code}</code> {note} <span className="muted">(our note)</span></li>)}</ul>
          ) : (
            <ul className="lookup-results" aria-label="Results">
              {results.map((hit) => (
                <li key={hit.code}>
                  <button type="button" className="link-button" aria-current={hit.code === selected ? 'true' : undefined} onClick={() => open(hit.code)}>
                    <code>{hit.code}</code> {hit.title}
                  </button>{' '}
                  <span className={`badge ${hit.valid ? 'valid' : 'not-valid'}`}>{system === 'icd10cm' ? (hit.valid ? 'billable' : 'header') : hit.valid ? 'valid' : 'no longer valid'}</span>
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
      {view === 'browse' && system === 'icd10cm' && (
        <IcdBrowse outline={outline} index={icd} state={browse} setState={setBrowse} onOpen={open} />
      )}
      {view === 'browse' && system === 'hcpcs' && hcpcs && (
        <div className="lookup-browse">
          <div role="group" aria-label="Sections by letter" className="letters">
            {[...new Set(hcpcs.rows.filter((r) => r.kind === 'code').map((r) => r.code[0]!))].sort().map((l) => (
              <button key={l} type="button" aria-pressed={browse.letter === l} onClick={() => setBrowse({ letter: l })}>{l}</button>
            ))}
            <button type="button" aria-pressed={browse.letter === 'modifiers'} onClick={() => setBrowse({ letter: 'modifiers' })}>Modifiers</button>
          </div>
          {browse.letter && (
            <ul className="lookup-results">
              {hcpcs.rows.filter((r) => (browse.letter === 'modifiers' ? r.kind === 'modifier' : r.kind === 'code' && r.code.startsWith(browse.letter!))).slice(0, 400).map((r) => (
                <li key={r.kind + r.code}><button type="button" className="link-button" onClick={() => open(r.code)}><code>{r.code}</code> {r.title}</button>{!r.valid && <span className="badge not-valid"> no longer valid</span>}</li>
              ))}
            </ul>
          )}
        </div>
      )}
      {selected && meta && system === 'icd10cm' && selectedRow && <IcdDetail row={selectedRow} meta={meta} outline={outline} onOpen={open} />}
      {selected && meta && system === 'hcpcs' && hcpcs && (() => {
        const row = hcpcs.rows.find((r) => r.code === selected.toUpperCase());
        return row ? <HcpcsDetail row={row} meta={meta} /> : null;
      })()}
      {selected && index && !selectedRow && system !== 'cpt' && <p role="alert">{selected} is not a code in {system === 'icd10cm' ? meta?.icd10cm?.label : meta?.hcpcs?.label}.</p>}
    </div>
  );
}

function IcdBrowse({ outline, index, state, setState, onOpen }: { outline: TabularOutline | null; index: CodeIndex | null; state: { chapter?: string; section?: string }; setState: (s: { chapter?: string; section?: string }) => void; onOpen: (code: string) => void }) {
  if (!outline || !index) return <p role="status">Loading the Tabular List…</p>;
  const chapter = outline.chapters.find((c) => c.number === state.chapter);
  const section = chapter?.sections.find((s) => s.id === state.section);
  // Every code in the order file is browsable: categories are placed in the block whose range holds them.
  const categories = section ? index.rows.filter((r, i) => index.bare[i]!.length === 3 && placeCode(outline, r.code)?.section.id === section.id) : [];
  return (
    <nav className="lookup-browse" aria-label="Browse the Tabular List">
      <ol className="crumbs">
        <li><button type="button" className="link-button" onClick={() => setState({})}>All chapters</button></li>
        {chapter && <li><button type="button" className="link-button" onClick={() => setState({ chapter: chapter.number })}>Chapter {chapter.number}</button></li>}
        {section && <li>{section.id}</li>}
      </ol>
      {!chapter && (
        <ul className="lookup-results">{outline.chapters.map((c) => <li key={c.number}><button type="button" className="link-button" onClick={() => setState({ chapter: c.number })}>Chapter {c.number}: {c.title}</button></li>)}</ul>
      )}
      {chapter && !section && (
        <ul className="lookup-results">{chapter.sections.map((s) => <li key={s.id}><button type="button" className="link-button" onClick={() => setState({ chapter: chapter.number, section: s.id })}>{s.title}</button></li>)}</ul>
      )}
      {section && (
        <ul className="lookup-results">
          {categories.map((r) => (
            <li key={r.code}>
              <button type="button" className="link-button" onClick={() => onOpen(r.code)}><code>{r.code}</code> {r.title}</button>
              <ul>
                {index.rows.filter((x, i) => index.bare[i]!.startsWith(r.code) && index.bare[i]!.length > 3 && index.bare[i]!.length <= 5).slice(0, 60).map((x) => (
                  <li key={x.code}><button type="button" className="link-button" onClick={() => onOpen(x.code)}><code>{x.code}</code> {x.title}</button></li>
                ))}
              </ul>
            </li>
          ))}
        </ul>
      )}
    </nav>
  );
}
