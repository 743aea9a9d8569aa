import { parseName, scorePair } from '../src/core/match/index.js';
for (const [a, b] of [['アフマド・サリム', 'Ahmad SALIM'], ['คาดริ จามิล', 'Qadri JAMIL'], ['คารโลส อาลวาเรส', 'Carlos ALVARES'], ['ρατζαμπ νταιιουμπ','Rajab DAYYUB']]) {
  console.log(a, scorePair(a, b, 'Person').score, parseName(a, { schema: 'Person' }).parts.map((p) => `${p.text}:${p.script}:${p.forms.join('/')}`));
}
