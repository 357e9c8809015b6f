// The overlay's only styles, put in a <style> inside its shadow root (applied under a page's strict CSP when a
// content script adds it). :host rules are !important: inside a shadow tree, important declarations beat the
// page's, so no page rule can hide, move or restyle the host.
export const overlayCss = `
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
  --bg: #ffffff; --fg: #16181d; --muted: #4a5160; --border: #c9ced8; --btn: #f1f3f7; --btn-hover: #e3e7ee;
  --accent: #1f5fd6; --accent-hover: #174cb0; --accent-fg: #ffffff; --warn: #9a3412; --ring: #ffb300;
  --dim: rgba(12, 14, 20, 0.45);
  font: 400 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
  color: var(--fg);
  text-align: start;
  letter-spacing: normal;
  -webkit-font-smoothing: antialiased;
}
@media (prefers-color-scheme: dark) {
  .root {
    --bg: #1c1f26; --fg: #f2f4f8; --muted: #b8bfcc; --border: #464d5c; --btn: #2b303a; --btn-hover: #373d49;
    --accent: #6ea2ff; --accent-hover: #8fb6ff; --accent-fg: #0b1020; --warn: #fdba74;
    --dim: rgba(0, 0, 0, 0.55);
  }
}
*, *::before, *::after { box-sizing: border-box; }

.spotlight, .pick {
  position: fixed; left: 0; top: 0; width: 0; height: 0;
  pointer-events: none; border-radius: 6px; display: block;
}
.spotlight { outline: 3px solid var(--ring); outline-offset: 0; box-shadow: 0 0 0 100vmax var(--dim);
  transition: transform 120ms ease-out, width 120ms ease-out, height 120ms ease-out; }
.pick { outline: 2px dashed var(--accent); outline-offset: 1px; background: rgba(31, 95, 214, 0.12); }
.spotlight[hidden], .pick[hidden] { display: none; }

.card {
  position: fixed; left: 0; top: 0;
  width: max-content; max-width: min(360px, calc(100vw - 16px));
  pointer-events: auto;
  background: var(--bg); color: var(--fg);
  border: 1px solid var(--border); border-radius: 10px;
  box-shadow: 0 10px 30px rgba(0, 0, 0, 0.35), 0 0 0 1px rgba(0, 0, 0, 0.04);
  padding: 12px 14px 12px;
  cursor: auto;
}
.card.docked { left: auto; top: auto; right: 16px; bottom: 16px; }
/* looking for the step's target: out of sight a moment (not a decision, only when it shows), then seen */
.card.pending { visibility: hidden; animation: tfcc-appear 0s 400ms forwards !important; }
@keyframes tfcc-appear { to { visibility: visible; } }
/* no room beside the target that covers nothing: the card says only what to do */
.card.compact { max-width: min(260px, calc(100vw - 16px)); padding: 8px 10px; }
.card.compact .sub, .card.compact .head .step { display: none; }
.card.compact .text { font-size: 14px; margin-bottom: 6px; }
.head { display: flex; align-items: center; justify-content: space-between; gap: 12px; margin: 0 0 6px; cursor: move; touch-action: none; user-select: none; }
.head button { cursor: pointer; }
.step { font-size: 12px; font-weight: 600; color: var(--muted); text-transform: none; }
.text { margin: 0 0 8px; font-size: 15px; font-weight: 500; }
.sub { margin: 0 0 8px; color: var(--muted); }
.preview { display: block; margin: 0 0 8px; padding: 6px 8px; border-radius: 6px; background: var(--preview-bg, rgba(127, 127, 127, 0.12)); font: 12px/1.4 ui-monospace, monospace; overflow-wrap: anywhere; user-select: text; }
.warn { margin: 0 0 8px; color: var(--warn); font-weight: 600; }
.actions { display: flex; flex-wrap: wrap; gap: 6px; justify-content: flex-end; margin-top: 4px; }
.actions .spacer { flex: 1 1 auto; }

button {
  all: unset;
  box-sizing: border-box;
  font: inherit; font-size: 13px; font-weight: 600; line-height: 1.2;
  padding: 7px 11px; border-radius: 6px; cursor: pointer;
  background: var(--btn); color: var(--fg); border: 1px solid var(--border);
  transition: background-color 120ms;
  display: inline-flex; align-items: center; justify-content: center;
}
button:hover { background: var(--btn-hover); }
button.primary { background: var(--accent); color: var(--accent-fg); border-color: var(--accent); }
button.primary:hover { background: var(--accent-hover); }
button.close { padding: 2px 8px; font-size: 18px; line-height: 1; background: transparent; border-color: transparent; color: var(--muted); }
button.close:hover { background: var(--btn); color: var(--fg); }
button:focus-visible, .card:focus-visible { outline: 3px solid var(--ring); outline-offset: 2px; }

.card.pill { display: flex; align-items: center; gap: 10px; padding: 6px 6px 6px 14px; border-radius: 999px; }
.card.pill .step { font-size: 13px; }

.sr-only { position: absolute; width: 1px; height: 1px; margin: -1px; padding: 0; border: 0;
  overflow: hidden; clip: rect(0 0 0 0); clip-path: inset(50%); white-space: nowrap; }

@media (prefers-reduced-motion: reduce) {
  *, *::before, *::after { transition: none !important; animation: none !important; }
}
`
