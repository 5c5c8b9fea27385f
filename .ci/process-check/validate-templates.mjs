// Validates every element template under processes/.camunda/element-templates against Camunda's element
// template schema (Camunda 7 flavour), the one Camunda Modeler checks templates with when it loads them.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import Ajv from 'ajv';

const require = createRequire(import.meta.url);
const schema = require('@camunda/element-templates-json-schema/resources/schema.json');
const folder = new URL('../../processes/.camunda/element-templates/', import.meta.url).pathname;

// the schema carries Modeler's own keywords (errorMessage) for its error texts; they do not validate
const ajv = new Ajv({ allErrors: true, strict: false });
const validate = ajv.compile(schema);

let failures = 0;
let count = 0;
const ids = new Set();
for (const file of readdirSync(folder).filter(f => f.endsWith('.json')).sort()) {
  let templates;
  try {
    templates = JSON.parse(readFileSync(join(folder, file), 'utf8'));
  } catch (e) {
    console.error(`${file}: not JSON: ${e.message}`);
    failures++;
    continue;
  }
  if (!validate(templates)) {
    for (const error of validate.errors) {
      console.error(`${file}: ${error.instancePath || '/'} ${error.message}`);
    }
    failures++;
    continue;
  }
  for (const template of [].concat(templates)) {
    const key = `${template.id}@${template.version ?? ''}`;
    if (ids.has(key)) {
      console.error(`${file}: template ${key} is defined twice`);
      failures++;
    }
    ids.add(key);
    count++;
  }
}
if (count === 0) {
  console.error(`no element templates found in ${folder}`);
  failures++;
}
console.log(failures === 0 ? `element templates: ${count} valid` : `element templates: ${failures} invalid`);
process.exit(failures === 0 ? 0 : 1);
