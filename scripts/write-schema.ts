// Writes schema/scenario.schema.json from the schema object the reader uses.
import { writeFileSync } from 'node:fs';
import { SCENARIO_SCHEMA } from '../src/core/ingest/scenario-schema.js';

writeFileSync('schema/scenario.schema.json', JSON.stringify(SCENARIO_SCHEMA, null, 2) + '\n');
