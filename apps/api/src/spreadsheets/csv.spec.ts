import { formatCsv, parseCsv } from './csv';

describe(parseCsv.name, () => {
  it('should read quoted fields, doubled quotes and both line endings when a spreadsheet wrote them', () => {
    expect(parseCsv('\ufeff编码,名称\r\nc-1,"幸福, ""东""社区"\nc-2,"两\n行"\n')).toEqual([
      ['编码', '名称'],
      ['c-1', '幸福, "东"社区'],
      ['c-2', '两\n行'],
    ]);
  });

  it('should keep empty trailing fields and a last line without a newline', () => {
    expect(parseCsv('a,b,\nc,,')).toEqual([
      ['a', 'b', ''],
      ['c', '', ''],
    ]);
  });
});

describe(formatCsv.name, () => {
  it('should round-trip through parseCsv and neutralise formulas when cells hold them', () => {
    const text = formatCsv(
      ['街道', '已授牌'],
      [
        ['示范街道, 东', 5],
        ['=HYPERLINK("x")', null],
      ],
    );

    expect(text.startsWith('\ufeff')).toBe(true);
    expect(parseCsv(text)).toEqual([
      ['街道', '已授牌'],
      ['示范街道, 东', '5'],
      ['\'=HYPERLINK("x")', ''],
    ]);
  });
});
