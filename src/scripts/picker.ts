// The kecamatan picker: suggestions from the site's list of kecamatan (fetched on first focus,
// so pages of any region stay small), and the chosen kecamatan's page on Enter or selection.
import { KECAMATAN_LIST, type KecamatanListItem } from '../lib/urls.ts';

const form = document.querySelector<HTMLFormElement>('form[data-picker]');
const input = form?.querySelector<HTMLInputElement>('input');
const list = form?.querySelector<HTMLDataListElement>('datalist');

if (form && input && list) {
  // The list of kecamatan in the page's language (/kecamatan/ or /en/kecamatan/).
  const base = new URL(form.action).pathname;
  let kecamatan: Promise<KecamatanListItem[]> | null = null;
  const load = () =>
    (kecamatan ??= fetch(KECAMATAN_LIST)
      .then((r) => r.json() as Promise<KecamatanListItem[]>)
      .then((all) => {
        list.replaceChildren(...all.map((k) => Object.assign(document.createElement('option'), { value: k.nama, label: k.kode })));
        return all;
      }));
  const normal = (s: string) => s.trim().toLocaleLowerCase('id');

  /** The one kecamatan the text names (its name, its code, or the only name containing it). */
  async function match(text: string) {
    const all = await load();
    const q = normal(text);
    const named = all.find((k) => normal(k.nama) === q || k.kode === text.trim());
    if (named) return named;
    const partial = all.filter((k) => normal(k.nama).includes(q));
    return q !== '' && partial.length === 1 ? partial[0] : undefined;
  }

  // Enter fires both `change` and `submit`: a second assignment to location would abort the
  // first navigation (net::ERR_ABORTED), so the page leaves once.
  let leaving = false;
  const go = (url: string) => {
    if (leaving) return;
    leaving = true;
    location.assign(url);
  };
  // Back from the kecamatan page may restore this page as it was left.
  addEventListener('pageshow', () => (leaving = false));

  input.addEventListener('focus', () => void load(), { once: true });
  // Picking a suggestion fires `change`; Enter submits.
  input.addEventListener('change', async () => {
    const k = await match(input.value);
    if (k) go(`${base}${k.kode}/`);
  });
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const k = await match(input.value);
    go(k ? `${base}${k.kode}/` : `${base}?q=${encodeURIComponent(input.value)}`);
  });
}
