/**
 * A self-contained HTML page (no external assets) to build a SCS flavor name from fields and to
 * read a name back. It inlines the browser build of the flavor core (`dist/web/flavor-core.js`,
 * global `UpkeepFlavor`): the builder calls the core's validate and generate, the reader its parse
 * and describe, so the page accepts, rejects and words names exactly as the CLI does.
 */
import { type Element, PARTS } from '../core/flavor/grammar.js';
import { html, joinHtml, type SafeHtml } from './html.js';
import { renderLayout } from './layout.js';

/** The page's own glue: form fields → Flavor → core; name → core → sentence or error. */
export const FLAVOR_SCRIPT = String.raw`
const F = UpkeepFlavor;
const $ = (id) => document.getElementById(id);
function fieldValue(el, text) {
  if (el.kind === 'flag' || el.kind === 'keyword') return text === true ? true : undefined;
  if (text === '') return undefined;
  const numeric = el.kind === 'integer' || el.kind === 'multiplier' || el.kind === 'separated-integer' || el.kind === 'decimal' || (el.kind === 'generation' && el.lexeme === 'digits');
  // A number the core can check; anything else is passed on as typed, so the core rejects it.
  return numeric && /^[0-9]+(\.[0-9]+)?$/.test(text) ? Number(text) : text;
}
function flavorFromForm() {
  const flavor = { insecure: false, noEcc: false, ramOversubscribed: false, hwv: false, ib: false };
  for (const p of F.PARTS) {
    const on = $(p.id + '.on');
    if (on && !on.checked) continue;
    const target = p.target === 'root' ? flavor : (flavor[p.target] = {});
    for (const el of p.elements) {
      if (!el.key) continue;
      const input = $(p.id + '.' + el.key);
      const raw = el.kind === 'keyword' ? true : input ? (input.type === 'checkbox' ? input.checked : input.value.trim()) : '';
      const value = fieldValue(el, raw);
      if (value !== undefined) target[el.key] = value;
      else if (el.kind === 'flag') target[el.key] = false;
    }
    if (p.target === 'disk' && target.count === undefined) target.count = 1;
  }
  return flavor;
}
function build() {
  const flavor = flavorFromForm();
  const problems = F.validate(flavor, 'v3');
  if (problems.length) {
    $('name').textContent = '';
    $('build-error').textContent = problems.map((p) => p.field + ': ' + F.problemText(p)).join('\n');
    return;
  }
  $('build-error').textContent = '';
  $('name').textContent = F.generate(flavor, 'v3');
}
function read() {
  const name = $('input').value;
  const r = F.parse(name);
  const out = $('reading');
  if (name === '') out.textContent = '';
  else if (r.kind === 'not-scs') out.textContent = 'Not an SCS flavor name (no ' + F.PREFIX + ' prefix).';
  else if (r.kind === 'invalid') {
    const f = r.failure;
    out.textContent = 'Invalid at position ' + f.position + ': ' + f.message + '\n' + name + '\n' + ' '.repeat(f.position) + '^';
  } else out.textContent = r.name + ': ' + F.describe(r.flavor);
}
document.querySelector('form').addEventListener('submit', (e) => e.preventDefault());
document.querySelectorAll('form input, form select').forEach((i) => { i.addEventListener('input', build); i.addEventListener('change', build); });
$('input').addEventListener('input', read);
build();
read();
`;

function field(partId: string, el: Element): SafeHtml | undefined {
  if (!('key' in el)) return undefined;
  const id = `${partId}.${el.key}`;
  if (el.kind === 'flag') return html`<label><input type="checkbox" id="${id}"> ${el.label}</label>`;
  if (el.kind === 'keyword') return undefined;
  if (el.kind === 'choice' || el.kind === 'option' || el.kind === 'run') {
    const blank = el.kind !== 'choice' && html`<option value="">(none)</option>`;
    const options = el.values.filter((v) => v.token !== '').map((v) => html`<option value="${v.token}">${`${v.token} — ${v.label}`}</option>`);
    return html`<label>${el.label} <select id="${id}">${blank}${options}</select></label>`;
  }
  const value = el.kind === 'integer' && el.required ? '2' : el.kind === 'decimal' ? '4' : '';
  return html`<label>${el.label} <input id="${id}" size="6" value="${value}"></label>`;
}

/** The builder's fields, one fieldset a part of the name (the dashboard's flavor page shows them too). */
export function flavorFieldsets(): SafeHtml[] {
  return PARTS.map((p) => {
    const toggle = p.optional && html`<label><input type="checkbox" id="${`${p.id}.on`}"> use</label> `;
    const fields = p.elements.map((el) => field(p.id, el)).filter((f) => f !== undefined);
    return html`<fieldset><legend>${p.title}</legend>${toggle}${joinHtml(fields, ' ')}<p class="hint">${p.description}</p></fieldset>`;
  });
}

const STYLES =
  'body{font-family:system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem}fieldset{margin:.5rem 0}label{margin-right:1rem}.hint{color:#555;font-size:.9em;margin:.3rem 0}#name{font-size:1.4em;font-family:monospace}.error{color:#a00;white-space:pre-wrap}pre{background:#f4f4f4;padding:.5rem;white-space:pre-wrap;overflow-wrap:anywhere}';

/**
 * The page, complete and static; `coreScript` is the text of dist/web/flavor-core.js. Both scripts
 * are inline and allowed by their hashes in the page's Content-Security-Policy (no eval needed).
 */
export function renderFlavorPage(coreScript: string): string {
  const sections = flavorFieldsets();
  return renderLayout({
    title: 'SCS flavor names',
    styles: STYLES,
    header: html`<h1>SCS flavor names</h1>`,
    main: html`<h2>Build a name</h2>
<form>${joinHtml(sections, '\n')}</form>
<p>Name: <output id="name"></output></p>
<p id="build-error" class="error" role="alert"></p>
<h2>Read a name</h2>
<p><input id="input" size="50" placeholder="SCS-16V-64-500s_kvm_z3h"></p>
<pre id="reading"></pre>`,
    scripts: [coreScript, FLAVOR_SCRIPT],
  });
}
