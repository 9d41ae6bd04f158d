import { formatCsv, parseCsv, sniffDelimiter, unguardCsvField } from './csv';

describe(parseCsv.name, () => {
  it('should read quoted fields, doubled quotes and both line endings when a spreadsheet wrote them', () => {
    expect(parseCsv('\ufeff编码,名称\r\nc-1,"幸福, ""东""社区"\nc-2,"两\n行"\n')).toEqual([
      ['编码', '名称'],
      ['c-1', '幸福, "东"社区'],
      ['c-2', '两\n行'],
    ]);
  });

  it('should read blank lines as empty records, text after a closing quote, and an unclosed quote to the end', () => {
    expect(parseCsv('')).toEqual([]);
    expect(parseCsv('"x\ny",z\r\n\r\nq')).toEqual([['x\ny', 'z'], [''], ['q']]);
    expect(parseCsv('a,"b""c"d,e\n')).toEqual([['a', 'b"cd', 'e']]);
    expect(parseCsv('"open,\nx')).toEqual([['open,\nx']]);
  });

  it('should keep empty trailing fields and a last line without a newline', () => {
    expect(parseCsv('a,b,\nc,,')).toEqual([
      ['a', 'b', ''],
      ['c', '', ''],
    ]);
  });
});

describe(sniffDelimiter.name, () => {
  it("should pick a tab for Excel's tab-separated text and a comma otherwise", () => {
    expect(sniffDelimiter('2026年称号表\n编码\t名称\tkind\nc-1\t幸福, 东\tURBAN\n')).toBe('\t');
    expect(sniffDelimiter('编码,名称\nc-1,"a\tb"\n')).toBe(',');
    expect(parseCsv('编码\t名称\r\nc-1\t"幸福\t东"\r\n', '\t')).toEqual([
      ['编码', '名称'],
      ['c-1', '幸福\t东'],
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

describe(unguardCsvField.name, () => {
  it('should take off exactly the apostrophe formatCsv puts before =, +, - and @, and no other', () => {
    const cells = ['=SUM(1,2)', '-道德讲堂', '+村规民约', '@文本', "'已有撇号", "'", '普通'];
    const [written] = parseCsv(formatCsv(cells, []));

    expect(written.slice(0, 4)).toEqual(["'=SUM(1,2)", "'-道德讲堂", "'+村规民约", "'@文本"]);
    expect(written.map(unguardCsvField)).toEqual(cells);
  });
});
