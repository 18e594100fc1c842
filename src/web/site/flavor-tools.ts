/**
 * The flavor tools on the dashboard: the builder and the reader of the flavor page (the same
 * fields and script, src/web/flavor-page.ts), inside the dashboard's frame. They need JavaScript
 * (the browser build of the flavor core); without it the page says so, and the CLI does the same.
 */
import { FLAVOR_SCRIPT, flavorFieldsets } from '../flavor-page.js';
import { html, joinHtml, type SafeHtml } from '../html.js';

export const FLAVOR_TOOL_STYLES =
  '.flavor label{display:inline-block;margin-right:1rem;font-weight:400}.hint{color:#444;font-size:.9em;margin:.3rem 0}#name{font-size:1.3em;font-family:monospace;overflow-wrap:anywhere}.error{color:#a00;white-space:pre-wrap}';

/** The main content and the scripts (the core, then the page's glue), or a note when the core's build is missing. */
export function flavorTools(coreScript: string | undefined): { main: SafeHtml; scripts: readonly string[] } {
  if (!coreScript)
    return {
      main: html`<p class="empty">The flavor tools need the browser build of the flavor core (dist/web/flavor-core.js), which this build lacks: run <code>npm run build</code>. On the command line: <code>upkeep flavor parse NAME</code>, <code>upkeep flavor generate …</code>.</p>`,
      scripts: [],
    };
  return {
    main: html`<p class="note">Build an SCS flavor name (scs-0100) from its parts, or read one back, with the same code as <code>upkeep flavor</code>. These tools run in the browser (JavaScript); on the command line: <code>upkeep flavor parse NAME</code>.</p>
<noscript><p class="empty">JavaScript is off: the builder and the reader cannot run. Use <code>upkeep flavor parse NAME</code> and <code>upkeep flavor generate</code>.</p></noscript>
<h2>Build a name</h2>
<form class="flavor" aria-label="Flavor name builder">${joinHtml(flavorFieldsets(), '\n')}</form>
<p>Name: <output id="name" aria-live="polite"></output></p>
<p id="build-error" class="error" role="alert"></p>
<h2>Read a name</h2>
<p><label for="input">Flavor name</label><input id="input" size="40" placeholder="SCS-16V-64-500s_kvm_z3h" autocomplete="off" spellcheck="false"></p>
<pre id="reading" aria-live="polite"></pre>`,
    scripts: [coreScript, FLAVOR_SCRIPT],
  };
}
