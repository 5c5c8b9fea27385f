// Renders BPMN diagrams to PNG with bpmn-js, Camunda Modeler's own renderer, in headless Debian chromium, so
// that a reviewer sees an analyst's change as a picture. Usage: node render-diagrams.mjs OUT_DIR FILE.bpmn...
// Fails when a diagram does not import or imports with warnings (Modeler would show the same warnings).
import { readFileSync, mkdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { createRequire } from 'node:module';
import { chromium } from 'playwright-core';

const require = createRequire(import.meta.url);
const viewer = readFileSync(require.resolve('bpmn-js/dist/bpmn-viewer.production.min.js'), 'utf8');
const [out, ...files] = process.argv.slice(2);
if (!out || files.length === 0) {
  console.error('usage: node render-diagrams.mjs OUT_DIR FILE.bpmn...');
  process.exit(2);
}
mkdirSync(out, { recursive: true });

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run',
    '--disable-component-update', '--disable-sync'],
});
let failures = 0;
try {
  for (const file of files) {
    const page = await browser.newPage({ viewport: { width: 800, height: 600 }, deviceScaleFactor: 1.5 });
    await page.setContent('<body style="margin:0;background:#fff"><div id="canvas" style="width:100vw;height:100vh"></div></body>');
    await page.addScriptTag({ content: viewer });
    const result = await page.evaluate(async (xml) => {
      try {
        window.bpmn = new window.BpmnJS({ container: '#canvas' });
        const { warnings } = await window.bpmn.importXML(xml);
        const { inner } = window.bpmn.get('canvas').viewbox();
        return { warnings: warnings.map(w => w.message), width: inner.width, height: inner.height };
      } catch (e) {
        return { error: e.message };
      }
    }, readFileSync(file, 'utf8'));
    if (result.error || result.warnings.length > 0) {
      console.error(`${file}: ${result.error ?? result.warnings.join('; ')}`);
      failures++;
    } else {
      // the whole diagram at about 100 %, with a margin, as it looks in Modeler
      await page.setViewportSize({
        width: Math.min(Math.ceil(result.width) + 80, 4000), height: Math.min(Math.ceil(result.height) + 80, 3000),
      });
      await page.evaluate(() => {
        const canvas = window.bpmn.get('canvas');
        canvas.resized();
        canvas.zoom('fit-viewport', 'auto');
      });
      const png = join(out, basename(file).replace(/\.bpmn$/, '.png'));
      await page.screenshot({ path: png });
      console.log(`rendered ${png}`);
    }
    await page.close();
  }
} finally {
  await browser.close();
}
process.exit(failures === 0 ? 0 : 1);
