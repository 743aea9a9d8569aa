import * as m from '../src/core/match/index.js';
const [a, b, o] = process.argv.slice(2);
const opts = o ? { scoring: { ...m.SCORE_DEFAULTS, name: { ...m.NAME_DEFAULTS, ...JSON.parse(o) } } } : {};
const r = m.scorePair(a!, b!, 'Person', opts);
console.log(r.score, r.explanations.map((e) => `${e.feature} ${e.value.toFixed(3)} ${e.detail}`).join('\n'));
console.log(m.parseName(a!, { schema: 'Person' }).parts.map((p) => [p.text, p.script, p.kind, p.forms.slice(0,3).join('/')].join(':')).join(' '));
