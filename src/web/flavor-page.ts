/**
 * A self-contained HTML page (no external assets) to build a SCS flavor name from fields and to
 * read a name back into its fields. The inline script is driven by the grammar tables, serialised
 * to JSON here, so the page knows exactly the values the CLI knows.
 */
import { PARTS, PREFIX, SEPARATORS } from '../core/flavor/grammar.js';

const escapeHtml = (s: string): string => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** JSON safe inside a <script> element. */
const scriptJson = (value: unknown): string => JSON.stringify(value).replace(/</g, '\\u003c');

const SCRIPT = String.raw`
const G = JSON.parse(document.getElementById('grammar').textContent);
const S = G.separators.v2;
const $ = (id) => document.getElementById(id);
function val(p, el) { const i = $(p.id + '.' + el.key); return i ? (i.type === 'checkbox' ? i.checked : i.value.trim()) : ''; }
function build() {
  let name = G.prefix;
  for (const p of G.parts) {
    const on = $(p.id + '.on');
    if (on && !on.checked) continue;
    let piece = p.lead ? S[p.lead] : '';
    for (const el of p.elements) {
      const v = el.key ? val(p, el) : '';
      switch (el.kind) {
        case 'separator': piece += S[el.role]; break;
        case 'keyword': piece += el.token; break;
        case 'flag': if (v) piece += el.token; break;
        case 'multiplier': if (v && v !== '1') piece += v + 'x'; break;
        case 'separated-integer': if (v) piece += S.field + v; break;
        case 'generation': if (v && v !== '0') piece += v; break;
        case 'boundary': break;
        default: piece += v;
      }
    }
    name += piece;
  }
  $('name').textContent = name;
}
function read() {
  const name = $('input').value.trim();
  const out = $('reading');
  if (!name.startsWith(G.prefix)) { out.textContent = 'Not an SCS flavor name (no SCS- prefix).'; return; }
  let pos = G.prefix.length; const lines = [];
  for (const p of G.parts) {
    let q = pos; const got = [];
    if (p.lead) { if (name[q] !== S[p.lead]) { if (!p.optional) break; continue; } q++; }
    let ok = true;
    for (const el of p.elements) {
      const rest = name.slice(q);
      let m = null;
      if (el.kind === 'separator') { if (rest[0] !== S[el.role]) { ok = false; break; } q++; continue; }
      if (el.kind === 'boundary') { if (q !== name.length && rest[0] !== S.extension) ok = false; continue; }
      if (el.kind === 'choice' || el.kind === 'keyword') {
        const toks = el.kind === 'keyword' ? [el.token] : el.values.map((v) => v.token).sort((a, b) => b.length - a.length);
        m = toks.find((t) => t && rest.startsWith(t)); if (m === undefined) { ok = false; break; }
      } else if (el.kind === 'flag') m = rest[0] === el.token ? el.token : '';
      else if (el.kind === 'option') m = el.values.some((v) => v.token === rest[0]) ? rest[0] : '';
      else if (el.kind === 'run') m = (/^h*/.exec(rest) || [''])[0];
      else if (el.kind === 'multiplier') { const x = /^(\d*)x/.exec(rest); m = x ? x[0] : ''; }
      else if (el.kind === 'decimal') m = (/^[\d.]*/.exec(rest) || [''])[0];
      else if (el.kind === 'separated-integer') { const x = new RegExp('^\\' + S.field + '\\d+').exec(rest); m = x ? x[0] : ''; }
      else if (el.kind === 'generation') m = el.lexeme === 'digits' ? (/^\d*/.exec(rest) || [''])[0] : (new RegExp('^[^\\' + S.field + 'h]*').exec(rest) || [''])[0];
      else m = (/^\d*/.exec(rest) || [''])[0];
      q += m.length;
      if (m !== '') got.push(el.label + ': ' + m);
    }
    if (!ok) { if (!p.optional) break; continue; }
    lines.push(p.title + ' — ' + (got.join(', ') || 'present'));
    pos = q;
  }
  out.textContent = pos === name.length && lines.length ? lines.join('\n') : 'Not a valid name: stopped at position ' + pos + ' ("' + name.slice(pos) + '"). Use "upkeep flavor parse" for the precise reason.';
}
document.querySelectorAll('input,select').forEach((i) => i.addEventListener('input', build));
$('input').addEventListener('input', read);
build();
`;

function field(partId: string, el: (typeof PARTS)[number]['elements'][number]): string {
  if (!('key' in el)) return '';
  const id = escapeHtml(`${partId}.${el.key}`);
  const label = escapeHtml(el.label);
  if (el.kind === 'flag') return `<label><input type="checkbox" id="${id}"> ${label}</label>`;
  if (el.kind === 'keyword') return '';
  if (el.kind === 'choice' || el.kind === 'option' || el.kind === 'run') {
    const blank = el.kind === 'choice' ? '' : '<option value="">(none)</option>';
    const options = el.values.filter((v) => v.token !== '').map((v) => `<option value="${escapeHtml(v.token)}">${escapeHtml(`${v.token} — ${v.label}`)}</option>`);
    return `<label>${label} <select id="${id}">${blank}${options.join('')}</select></label>`;
  }
  const value = el.kind === 'integer' && el.required ? '2' : el.kind === 'decimal' ? '4' : '';
  return `<label>${label} <input id="${id}" size="6" value="${value}"></label>`;
}

/** The page, complete and static. */
export function renderFlavorPage(): string {
  const grammar = { prefix: PREFIX, separators: SEPARATORS, parts: PARTS };
  const sections = PARTS.map((p) => {
    const toggle = p.optional ? `<label><input type="checkbox" id="${escapeHtml(p.id)}.on"> use</label> ` : '';
    return `<fieldset><legend>${escapeHtml(p.title)}</legend>${toggle}${p.elements.map((el) => field(p.id, el)).join(' ')}<p class="hint">${escapeHtml(p.description)}</p></fieldset>`;
  });
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>SCS flavor names</title>
<style>body{font-family:system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem}fieldset{margin:.5rem 0}label{margin-right:1rem}.hint{color:#555;font-size:.9em;margin:.3rem 0}#name{font-size:1.4em;font-family:monospace}pre{background:#f4f4f4;padding:.5rem}</style>
</head>
<body>
<h1>SCS flavor names</h1>
<h2>Build a name</h2>
<form onsubmit="return false">${sections.join('\n')}</form>
<p>Name: <output id="name"></output></p>
<h2>Read a name</h2>
<p><input id="input" size="50" placeholder="SCS-16V-64-500s_kvm_z3h"></p>
<pre id="reading"></pre>
<script type="application/json" id="grammar">${scriptJson(grammar)}</script>
<script>${SCRIPT}</script>
</body>
</html>
`;
}
