import { scorePair } from '../src/core/match/index.js';
const [a, b, schema] = process.argv.slice(2);
const r = scorePair(a, b, schema);
console.log(r.score, JSON.stringify(r.explanations, null, 1));
