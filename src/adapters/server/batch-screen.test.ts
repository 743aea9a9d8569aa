import { describe, expect, it } from 'vitest';
import { rowsOf } from './batch-screen.js';

describe('batch screening input', () => {
  it("accepts the CLI's column names as well as the API's", () => {
    const cli = rowsOf({ dataset: 'sdn', csv: 'id,name,birth_date,id_number\nr1,Ann Example,1960,X1\n' });
    const api = rowsOf({ dataset: 'sdn', csv: 'key,name,birthDate,idNumber\nr1,Ann Example,1960,X1\n' });
    expect(cli).toEqual([{ key: 'r1', name: 'Ann Example', birthDate: '1960', idNumber: 'X1' }]);
    expect(api).toEqual(cli);
  });

  it('names the missing name column', () => {
    expect(() => rowsOf({ dataset: 'sdn', csv: 'who\nx\n' })).toThrow(/has no "name" column/);
  });
});
