/**
 * Renders icons/*.svg to the PNG sizes the manifest uses, in Debian's Chromium.
 * Run after editing an SVG: `npm run icons`. The PNGs are committed.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { chromium } from 'playwright-core';

const SIZES = [16, 32, 48, 128];
const VARIANTS = ['standfirst', 'standfirst-off'];

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu'],
});
try {
  const page = await browser.newPage();
  for (const variant of VARIANTS) {
    for (const size of SIZES) {
      // 16 px gets its own pixel-aligned drawing: the 128 px one turns to mush that small.
      const source = size === 16 ? `icons/${variant}-small.svg` : `icons/${variant}.svg`;
      const svg = await readFile(source, 'utf8');
      await page.setViewportSize({ width: size, height: size });
      await page.setContent(
        `<style>html,body{margin:0;background:transparent}</style>` +
          svg.replace('<svg ', `<svg style="display:block;width:${size}px;height:${size}px" `),
      );
      const png = await page.screenshot({
        omitBackground: true,
        clip: { x: 0, y: 0, width: size, height: size },
      });
      await writeFile(`icons/${variant}-${size}.png`, png);
    }
  }
} finally {
  await browser.close();
}
