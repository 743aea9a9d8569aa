import { performance } from 'node:perf_hooks';
import { parseName } from '../src/core/match/normalise.js';
import { foldText } from '../src/core/match/fold.js';
import { factsOf } from '../src/core/match/facts.js';
const words = ['mohammed','ali','hassan','al','bin','abdul','rahman','ivan','petrov','company','trading'];
let big = '';
let i = 0;
while (big.length < 1_000_000) big += words[(i++ * 7) % words.length] + (i % 13) + ' ';
for (let k = 0; k < 3; k++) {
let t = performance.now(); foldText(big); console.log('fold', performance.now() - t);
t = performance.now(); parseName(big); console.log('parse', performance.now() - t);
t = performance.now(); factsOf({properties:{name:[big]}}); console.log('facts', performance.now() - t);
}
