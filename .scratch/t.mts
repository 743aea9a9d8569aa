import { foldText } from '../src/core/match/fold.js';
for (const s of ['Vlаdimir Putin','ОSAMA BIN LADEN','Osama bіn Lаden','Путин Владимир','Παπαδόπουλος','Vladimir Рutin','РОСС Vladimir','Иван Петров', 'ΚΑΤΟ Kim']) console.log(s, '→', foldText(s));
