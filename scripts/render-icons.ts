// Renders src/icon/icon.svg to the PNG sizes the manifests name, with Debian's Chromium.
// Run after changing the SVG: `npm run icons`. The PNGs are committed; builds do not render them.
import { readFileSync } from 'node:fs'
import { chromium } from 'playwright-core'

const sizes = [16, 32, 48, 128]
const svg = readFileSync('src/icon/icon.svg', 'utf8')
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] })
try {
  for (const size of sizes) {
    const page = await browser.newPage({ viewport: { width: size, height: size } })
    await page.setContent(`<style>html,body{margin:0;background:transparent}svg{display:block;width:${size}px;height:${size}px}</style>${svg}`)
    await page.screenshot({ path: `public/icons/icon-${size}.png`, omitBackground: true })
    await page.close()
  }
} finally {
  await browser.close()
}
console.log(`public/icons/icon-{${sizes.join(',')}}.png written`)
