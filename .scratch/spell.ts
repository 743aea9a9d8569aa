import * as current from '../src/core/match/index.js';
import { spellingFigures } from '../bench/screening.js';
import { loadLists } from '../bench/lib/lists.js';
const lists = await loadLists('/tmp/matcher-lists.sqlite');
const index = current.buildIndexSync(lists.entities);
console.log(spellingFigures((a, b, s) => current.scorePair(a, b, s, { scoring: { tokens: index } })));
console.log('no tokens', spellingFigures((a, b, s) => current.scorePair(a, b, s)));
