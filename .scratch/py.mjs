import { pinyin } from 'pinyin-pro';
console.log(pinyin('习近平', { toneType: 'none', type: 'array' }));
console.log(pinyin('单田芳', { toneType: 'none', type: 'array', surname: 'head' }));
console.log(pinyin('曾国藩', { toneType: 'none', type: 'array', surname: 'head' }));
console.log(pinyin('重', { toneType: 'none', type: 'array', multiple: true }));
console.log(pinyin('長安海連技術有限公司', { toneType: 'none', type: 'array' }));
console.log(pinyin('金正恩', { toneType: 'none', type: 'array' }));
