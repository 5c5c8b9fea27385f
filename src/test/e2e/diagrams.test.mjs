// An analyst opens every diagram: bpmn-js (the modeler's own renderer) imports it without warnings and draws
// every element. A screenshot of each lands in $E2E_SCREENSHOTS (default: the system temp dir).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { createRequire } from 'node:module';
import { launch } from './browser.mjs';

const require = createRequire(import.meta.url);
const viewer = readFileSync(require.resolve('bpmn-js/dist/bpmn-navigated-viewer.production.min.js'), 'utf8');
const processes = new URL('../../../processes/', import.meta.url).pathname;
const shots = process.env.E2E_SCREENSHOTS ?? tmpdir();

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

for (const file of readdirSync(processes).filter(f => f.endsWith('.bpmn'))) {
  test(`${file} opens and renders like in the modeler`, async () => {
    const page = await browser.newPage({ viewport: { width: 1600, height: 900 } });
    await page.setContent('<div id="canvas" style="width:1600px;height:900px"></div>');
    await page.addScriptTag({ content: viewer });
    const result = await page.evaluate(async (xml) => {
      const bpmn = new window.BpmnJS({ container: '#canvas' });
      const { warnings } = await bpmn.importXML(xml);
      bpmn.get('canvas').zoom('fit-viewport');
      const registry = bpmn.get('elementRegistry');
      return {
        warnings: warnings.map(w => w.message),
        drawn: registry.getAll().filter(e => e.type !== 'bpmn:Process' && e.type !== 'label').length,
      };
    }, readFileSync(join(processes, file), 'utf8'));
    await page.screenshot({ path: join(shots, `${file}.png`) });
    await page.close();
    assert.deepEqual(result.warnings, []);
    assert.ok(result.drawn > 3, `only ${result.drawn} elements drawn`);
  });
}
