import { excelSerialDay, readOfficeDate } from './office-date';

describe(readOfficeDate.name, () => {
  it.each([
    ['2026-12-31', '2026-12-31'],
    ['2026-1-5', '2026-01-05'],
    ['2026/12/31', '2026-12-31'],
    ['2026/1/5', '2026-01-05'],
    ['2026/12/31 0:00', '2026-12-31'],
    ['2026-12-31 00:00:00', '2026-12-31'],
    ['2026年12月31日', '2026-12-31'],
    ['2026 年 1 月 5 日', '2026-01-05'],
    ['2026.12.31', '2026-12-31'],
    ['20261231', '2026-12-31'],
    ['46387', '2026-12-31'],
    ['2028/2/29', '2028-02-29'],
  ])('should read %j as %s when an office wrote it so', (text, date) => {
    expect(readOfficeDate(text)).toEqual({ date });
  });

  it.each(['2026-02-30', '2026/2/29', '2026年13月1日', '2026.04.31', '20260230'])(
    'should refuse %j because no such day exists',
    (text) => {
      expect(readOfficeDate(text)).toEqual({ problem: `${text} 不是日历上存在的日期` });
    },
  );

  it.each(['12/31/2026', '31/12/2026', '2026年12月', '26/12/31', 'tomorrow', '2026-12'])(
    'should refuse %j as a form it does not read',
    (text) => {
      expect(readOfficeDate(text)).toEqual({ problem: `无法把 ${text} 识别为日期` });
    },
  );
});

describe(excelSerialDay.name, () => {
  it('should read the serial of a General-format date cell, dropping the time of day', () => {
    expect(excelSerialDay(46387)).toEqual({ date: '2026-12-31' });
    expect(excelSerialDay(46387.75)).toEqual({ date: '2026-12-31' });
    expect(excelSerialDay(45658)).toEqual({ date: '2025-01-01' });
  });

  it('should count from 1904 when the workbook says so', () => {
    expect(excelSerialDay(46387 - 1462, true)).toEqual({ date: '2026-12-31' });
  });

  it('should refuse a number that is not a five-digit serial, such as a year typed into a date column', () => {
    expect(excelSerialDay(2026)).toEqual({
      problem: '2026 不是日期；作为 Excel 日期序号须为五位数（46387 即 2026-12-31）',
    });
  });
});
