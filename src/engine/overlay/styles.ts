// The overlay's only styles, put in a <style> inside its shadow root (applied under a page's strict CSP when a
// content script adds it). :host rules are !important: inside a shadow tree, important declarations beat the
// page's, so no page rule can hide, move or restyle the host. The type scale, spacing and colours are the
// panel's too (tokens.css).
import tokens from './tokens.css?inline'

export const overlayCss = `${tokens}
:host {
  all: initial !important;
  display: block !important;
  position: fixed !important;
  inset: 0 !important;
  width: auto !important;
  height: auto !important;
  margin: 0 !important;
  padding: 0 !important;
  border: 0 !important;
  background: transparent !important;
  overflow: visible !important;
  pointer-events: none !important;
  z-index: 2147483647 !important;
  visibility: visible !important;
  opacity: 1 !important;
  transform: none !important;
  filter: none !important;
  color-scheme: light dark;
}
:host::backdrop { display: none !important; }

.root {
  font: 400 var(--text-l)/var(--leading) var(--font);
  color: var(--fg);
  text-align: start;
  letter-spacing: normal;
  -webkit-font-smoothing: antialiased;
}
*, *::before, *::after { box-sizing: border-box; }

.spotlight, .pick {
  position: fixed; left: 0; top: 0; width: 0; height: 0;
  pointer-events: none; border-radius: 6px; display: block;
}
.spotlight { outline: 3px solid var(--ring); outline-offset: 0; box-shadow: 0 0 0 100vmax var(--dim);
  transition: transform 120ms ease-out, width 120ms ease-out, height 120ms ease-out; }
.pick { outline: 2px dashed var(--accent); outline-offset: 1px; background: var(--pick-bg); }
.spotlight[hidden], .pick[hidden] { display: none; }

.card {
  position: fixed; left: 0; top: 0;
  width: max-content; max-width: min(360px, calc(100vw - 16px));
  pointer-events: auto;
  background: var(--bg); color: var(--fg);
  border: 1px solid var(--border); border-radius: var(--radius-card);
  box-shadow: 0 10px 30px rgba(0, 0, 0, 0.35), 0 0 0 1px rgba(0, 0, 0, 0.04);
  padding: var(--space-4) 14px;
  cursor: auto;
}
.card.docked { left: auto; top: auto; right: 16px; bottom: 16px; }
/* looking for the step's target: out of sight a moment (not a decision, only when it shows), then seen */
.card.pending { visibility: hidden; animation: tfcc-appear 0s 400ms forwards !important; }
@keyframes tfcc-appear { to { visibility: visible; } }
/* no room beside the target that covers nothing: the card says only what to do */
.card.compact { max-width: min(260px, calc(100vw - 16px)); padding: 8px 10px; }
.card.compact .sub, .card.compact .head .step { display: none; }
.card.compact .text { font-size: var(--text-l); margin-bottom: var(--space-2); }
.head { display: flex; align-items: center; justify-content: space-between; gap: 12px; margin: 0 0 6px; cursor: move; touch-action: none; user-select: none; }
.head button { cursor: pointer; }
.step { font-size: var(--text-s); font-weight: 600; color: var(--muted); text-transform: none; }
.text { margin: 0 0 var(--space-3); font-size: var(--text-xl); font-weight: 500; }
.sub { margin: 0 0 var(--space-3); font-size: var(--text-m); color: var(--muted); }
.preview { display: block; margin: 0 0 var(--space-3); padding: var(--space-2) var(--space-3); border-radius: var(--radius); background: var(--code-bg); font: var(--text-s)/1.4 var(--mono); overflow-wrap: anywhere; user-select: text; }
.warn { margin: 0 0 var(--space-3); color: var(--warn); font-weight: 600; }
.actions { display: flex; flex-wrap: wrap; gap: 6px; justify-content: flex-end; margin-top: 4px; }
.actions .spacer { flex: 1 1 auto; }

button {
  all: unset;
  box-sizing: border-box;
  font: inherit; font-size: var(--text-m); font-weight: 600; line-height: 1.2;
  padding: 7px 11px; border-radius: var(--radius); cursor: pointer;
  background: var(--btn); color: var(--fg); border: 1px solid var(--border);
  transition: background-color 120ms;
  display: inline-flex; align-items: center; justify-content: center;
}
button:hover { background: var(--btn-hover); }
button.primary { background: var(--accent); color: var(--accent-fg); border-color: var(--accent); }
button.primary:hover { background: var(--accent-hover); }
button.close { padding: 2px var(--space-3); font-size: var(--text-glyph); line-height: 1; background: transparent; border-color: transparent; color: var(--muted); }
button.close:hover { background: var(--btn); color: var(--fg); }
.head button.auto { margin-left: auto; padding: 2px var(--space-3); font-size: var(--text-s); }
button:focus-visible, .card:focus-visible { outline: 3px solid var(--ring); outline-offset: 2px; }

.card.pill { display: flex; align-items: center; gap: 10px; padding: 6px 6px 6px 14px; border-radius: 999px; }
.card.pill .step { font-size: var(--text-m); }

.sr-only { position: absolute; width: 1px; height: 1px; margin: -1px; padding: 0; border: 0;
  overflow: hidden; clip: rect(0 0 0 0); clip-path: inset(50%); white-space: nowrap; }

@media (prefers-reduced-motion: reduce) {
  *, *::before, *::after { transition: none !important; animation: none !important; }
}
`
