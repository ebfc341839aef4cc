import { describe, expect, it } from 'vitest';
import { toCsv, toJson } from './download';

describe('open data downloads', () => {
  const table = { name: 't', columns: ['agency', 'received', 'suppressed'], rows: [['Dinas "A", Kota', 12, false], ['B', null, true]] };

  it('writes RFC 4180 CSV: quoted when needed, withheld figures empty', () => {
    expect(toCsv(table)).toBe('agency,received,suppressed\r\n"Dinas ""A"", Kota",12,false\r\nB,,true\r\n');
  });

  it('defuses text a spreadsheet would run as a formula, and leaves numbers alone', () => {
    const hostile = { name: 't', columns: ['agency', 'delta'], rows: [['=cmd|\' /C calc\'!A0', -3], ['+1', 2], ['-x', 0], ['@SUM(A1)', 1], ['\tTab', 1]] };
    expect(toCsv(hostile)).toBe("agency,delta\r\n'=cmd|' /C calc'!A0,-3\r\n'+1,2\r\n'-x,0\r\n'@SUM(A1),1\r\n'\tTab,1\r\n");
  });

  it('writes JSON rows by column with the licence', () => {
    expect(JSON.parse(toJson(table, { source: 'x' }))).toEqual({
      source: 'x',
      licence: 'CC-BY-4.0',
      rows: [
        { agency: 'Dinas "A", Kota', received: 12, suppressed: false },
        { agency: 'B', received: null, suppressed: true },
      ],
    });
  });
});
