// Browser side of site search: loaded on first use only (the header box imports it on focus).
import { loadSiteIndex, searchSite, type LoadedSiteIndex, type SiteIndexData, type SiteResult } from '../../lib/search/site-search.ts';

let loading: Promise<LoadedSiteIndex> | undefined;

/** Fetches and loads the index once per page. */
export function siteIndex(): Promise<LoadedSiteIndex> {
  const get = (url: string) =>
    fetch(url).then((r) => {
      if (!r.ok) throw new Error(`${url}: ${r.status}`);
      return r.json();
    });
  loading ??= Promise.all([get('/search-index.json'), get('/search-store.json')]).then(([{ index, synonyms }, store]) =>
    loadSiteIndex({ index, synonyms, store } as SiteIndexData),
  );
  return loading;
}

/** Renders one result as a link with its place and highlighted snippet (no HTML injection: text nodes only). */
export function renderResult(result: SiteResult, id: string, role?: 'option'): HTMLElement {
  const item = document.createElement(role ? 'li' : 'li');
  item.className = 'search-result';
  item.id = id;
  if (role) {
    item.setAttribute('role', role);
    item.setAttribute('aria-selected', 'false');
  }
  const link = document.createElement('a');
  link.href = result.url;
  link.textContent = result.title;
  if (role) link.tabIndex = -1;
  const where = document.createElement('span');
  where.className = 'search-where';
  where.textContent = ` · ${result.where}`;
  const text = document.createElement('p');
  text.className = 'search-snippet';
  for (const segment of result.snippet) {
    if (segment.hit) {
      const mark = document.createElement('mark');
      mark.textContent = segment.text;
      text.append(mark);
    } else text.append(segment.text);
  }
  item.append(link, where, text);
  return item;
}

export { searchSite };

/** Makes a search box a combobox with a results list: arrows move, Enter opens, Escape closes. */
export function attachCombobox(input: HTMLInputElement, list: HTMLElement, status: HTMLElement): void {
  let results: SiteResult[] = [];
  let active = -1;
  const setActive = (index: number) => {
    active = index;
    [...list.children].forEach((child, i) => child.setAttribute('aria-selected', String(i === index)));
    if (index >= 0) input.setAttribute('aria-activedescendant', list.children[index]!.id);
    else input.removeAttribute('aria-activedescendant');
  };
  const close = () => {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    setActive(-1);
  };
  const run = async () => {
    const index = await siteIndex();
    const query = input.value;
    results = searchSite(index, query, 8);
    list.replaceChildren(...results.map((r, i) => renderResult(r, `${list.id}-${i}`, 'option')));
    const open = query.trim() !== '';
    list.hidden = !open;
    input.setAttribute('aria-expanded', String(open));
    setActive(-1);
    status.textContent = open ? `${results.length === 8 ? '8 or more' : results.length} result${results.length === 1 ? '' : 's'}` : '';
  };
  input.addEventListener('input', () => void run());
  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown' && results.length) {
      event.preventDefault();
      if (list.hidden) void run();
      setActive((active + 1) % results.length);
    } else if (event.key === 'ArrowUp' && results.length) {
      event.preventDefault();
      setActive(active <= 0 ? results.length - 1 : active - 1);
    } else if (event.key === 'Enter' && active >= 0) {
      event.preventDefault();
      window.location.href = results[active]!.url;
    } else if (event.key === 'Escape') {
      if (!list.hidden) {
        event.preventDefault();
        close();
      } else input.blur();
    }
  });
  list.addEventListener('mousedown', (event) => event.preventDefault());
  input.addEventListener('blur', () => window.setTimeout(close, 100));
  if (input.value) void run();
}
