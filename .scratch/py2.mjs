import { pinyin } from 'pinyin-pro';
let n=0, multi=0, sur=0; const syl=new Set();
const t0=Date.now();
for (let c=0x4e00;c<=0x9fff;c++){ const ch=String.fromCodePoint(c); const r=pinyin(ch,{toneType:'none',type:'array',multiple:true}); if(!r.length||r[0]===ch) continue; n++; if(r.length>1) multi++; r.forEach(x=>syl.add(x)); const s=pinyin(ch,{toneType:'none',type:'array',surname:'head'})[0]; if(s!==r[0]) sur++; }
console.log(n,multi,sur,syl.size,Date.now()-t0);
console.log([...syl].filter(s=>!/^[a-z]+$/.test(s)).slice(0,20));
console.log(pinyin('吕',{toneType:'none',type:'array',v:true}), pinyin('绿',{toneType:'none',type:'array'}));
