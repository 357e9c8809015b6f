// Which of the demo's screenshots the README shows, under which names in docs/screenshots.
// `DEMO_README_PICTURES=1 npm run demo` (without a display) writes them there again from a fresh run.
export const readmePicturesDir = 'docs/screenshots'

/** The demo's picture (a step id, or the panel before and after), and its name in the README's folder. */
export const readmePictures: Record<string, string> = {
  'panel-start': 'panel-start.png',
  'cc-open-api-keys': 'centercode-api-keys.png',
  'cc-source-submit': 'centercode-mapping.png',
  'tf-add-integration': 'testfairy-add-integration.png',
  'panel-done': 'panel-done.png',
}
