import { exactNumberText, readCell } from './cell-value';
import { ImportColumn } from './import-column';
import { UploadCell } from './upload-cell';

const base = { aliases: [], required: false, note: '' };
const code: ImportColumn = { ...base, header: '证书编号', type: 'code', maxLength: 100, example: 'PA-1' };
const text: ImportColumn = { ...base, header: '名称', type: 'text', maxLength: 4, example: '幸福社区' };
const year: ImportColumn = {
  ...base,
  header: '年度',
  type: 'integer',
  min: 1949,
  max: 2100,
  unit: '年',
  example: 2023,
};
const score: ImportColumn = {
  ...base,
  header: '分值',
  type: 'decimal',
  min: 0,
  max: 100,
  maxDecimals: 1,
  example: 2.5,
};
const date: ImportColumn = { ...base, header: '有效期至', type: 'date', example: '2026-12-31' };
const flag: ImportColumn = { ...base, header: '是否符合条件', type: 'boolean', example: true };
const kind: ImportColumn = {
  ...base,
  header: '类型',
  type: 'enum',
  options: [
    { value: 'URBAN', labels: ['城市社区', '城市'] },
    { value: 'RURAL', labels: ['农村社区'] },
  ],
  example: '城市社区',
};

const t = (value: string): UploadCell => ({ type: 'text', text: value });
const n = (value: number): UploadCell => ({ type: 'number', value });
const TEXT_FIX = '请在 Excel 中把该列设为“文本”格式，重新输入后再上传';

describe(readCell.name, () => {
  describe('a code column', () => {
    it('should keep text exactly, after NFKC and trimming', () => {
      expect(readCell(t(' ＰＡ－2023－001 '), code)).toEqual({ value: 'PA-2023-001' });
      expect(readCell(t('123456789012345678'), code)).toEqual({ value: '123456789012345678' });
    });

    it('should take a number cell Excel kept whole, such as a 12-digit administrative code', () => {
      expect(readCell(n(110101001001), code)).toEqual({ value: '110101001001' });
      expect(readCell(n(123456789012345), code)).toEqual({ value: '123456789012345' });
    });

    it('should refuse an 18-digit number typed as a number, naming the fix', () => {
      expect(readCell(n(Number('123456789012345678')), code)).toEqual({
        problem: `数字 123456789012345680 超过 Excel 能保存的 15 位，已不是输入的值；${TEXT_FIX}`,
      });
      expect(readCell(n(1234567890123456), code)).toHaveProperty('problem');
    });

    it('should refuse the scientific form Excel writes into a CSV for a long number', () => {
      expect(readCell(t('1.23457E+17'), code)).toEqual({
        problem: `1.23457E+17 是 Excel 显示长数字的方式，末尾几位已丢失；${TEXT_FIX}`,
      });
    });

    it('should refuse a code Excel turned into a date (3-12 typed into a General cell)', () => {
      expect(readCell({ type: 'date', date: '2026-03-12' }, code)).toEqual({
        problem: '此处是 Excel 日期 (2026-03-12)；请把该列设为“文本”或“常规”格式后重新输入',
      });
    });
  });

  it('should refuse ##### that Excel writes into a CSV for a column too narrow', () => {
    expect(readCell(t('########'), date)).toEqual({
      problem: 'Excel 因列宽不够显示为 #####；请把该列拉宽后重新保存',
    });
  });

  it('should refuse a formula whose cached result is an error', () => {
    expect(readCell({ type: 'error', text: '#N/A' }, code)).toEqual({
      problem: '公式结果为 #N/A；请直接填写数值',
    });
  });

  it('should count characters as a person does and refuse text over the limit', () => {
    expect(readCell(t('𠀀𠀀𠀀𠀀'), text)).toEqual({ value: '𠀀𠀀𠀀𠀀' });
    expect(readCell(t('幸福社区东'), text)).toEqual({ problem: '最多 4 个字，此处有 5 个' });
  });

  it('should keep free text as typed (full-width punctuation and spaces inside), where a code is normalised', () => {
    const title: ImportColumn = { ...text, maxLength: 50 };
    expect(readCell(t('\u3000领导（书记），：\u3000小组 '), title)).toEqual({
      value: '领导（书记），：\u3000小组',
    });
    expect(readCell(t('ｃ－０９'), code)).toEqual({ value: 'c-09' });
  });

  describe('an integer column', () => {
    it.each<[UploadCell, number]>([
      [t('2023'), 2023],
      [t('２０２３'), 2023],
      [t('2023年'), 2023],
      [n(2023), 2023],
    ])('should read %j as %d', (cell, value) => {
      expect(readCell(cell, year)).toEqual({ value });
    });

    it.each<[UploadCell, string]>([
      [t('21'), '此处为 21'],
      [t('2023.5'), '此处为 2023.5'],
      [n(2023.5), '此处为 2023.5'],
      [t('二〇二三'), '此处为 二〇二三'],
    ])('should refuse %j', (cell, got) => {
      expect(readCell(cell, year)).toEqual({
        problem: `应填：1949 到 2100 之间的整数，如 2023，${got}`,
      });
    });

    it('should refuse a year Excel shows as a date', () => {
      expect(readCell({ type: 'date', date: '1905-07-15' }, year)).toHaveProperty('problem');
    });
  });

  it('should keep a decimal exactly as written and refuse more places than allowed', () => {
    expect(readCell(t('2.5'), score)).toEqual({ value: '2.5' });
    expect(readCell(n(2.5), score)).toEqual({ value: '2.5' });
    expect(readCell(t('2.55'), score)).toHaveProperty('problem');
    expect(readCell(t('101'), score)).toHaveProperty('problem');
  });

  describe('a date column', () => {
    it.each<[UploadCell, string]>([
      [{ type: 'date', date: '2026-12-31' }, 'a date cell'],
      [n(46387), 'a serial in a General-format cell'],
      [n(46387.5), 'a serial with a time of day'],
      [t('46387'), 'a serial written into a CSV'],
      [t('2026/12/31'), 'YYYY/M/D'],
      [t('2026年12月31日'), 'YYYY年M月D日'],
      [t('２０２６－１２－３１'), 'full-width digits'],
      [n(20261231), 'YYYYMMDD typed as a number'],
    ])('should read %j (%s) as 2026-12-31', (cell) => {
      expect(readCell(cell, date)).toEqual({ value: '2026-12-31' });
    });

    it('should refuse a day that does not exist, listing the forms it reads', () => {
      expect(readCell(t('2026-02-30'), date)).toEqual({
        problem:
          '2026-02-30 不是日历上存在的日期；应填：日期，如 2026-12-31、2026/12/31、2026年12月31日、2026.12.31、20261231 或日期单元格',
      });
      expect(readCell(t('31/12/2026'), date)).toHaveProperty(
        'problem',
        expect.stringMatching(/^无法把 31\/12\/2026 识别为日期；应填：日期/),
      );
    });
  });

  describe('a boolean column', () => {
    it.each<[UploadCell, boolean]>([
      [t('是'), true],
      [t('否'), false],
      [t('TRUE'), true],
      [t('false'), false],
      [t('1'), true],
      [t('0'), false],
      [n(1), true],
      [n(0), false],
      [{ type: 'boolean', value: true }, true],
      [{ type: 'boolean', value: false }, false],
    ])('should read %j as %s', (cell, value) => {
      expect(readCell(cell, flag)).toEqual({ value });
    });

    it('should refuse anything else', () => {
      expect(readCell(t('maybe'), flag)).toEqual({
        problem: '应填：是或否（也可填 TRUE/FALSE、1/0），此处为 maybe',
      });
    });
  });

  it('should read an enumeration by any label or its value, case ignored', () => {
    expect(readCell(t('城市社区'), kind)).toEqual({ value: 'URBAN' });
    expect(readCell(t('城市'), kind)).toEqual({ value: 'URBAN' });
    expect(readCell(t('rural'), kind)).toEqual({ value: 'RURAL' });
    expect(readCell(t('城镇'), kind)).toEqual({
      problem: '应填：城市社区、农村社区 之一（或 URBAN、RURAL），此处为 城镇',
    });
  });

  it('should treat empty and blank cells as empty', () => {
    expect(readCell(null, code)).toEqual({ empty: true });
    expect(readCell(t(' \u3000 '), code)).toEqual({ empty: true });
  });
});

describe(exactNumberText.name, () => {
  it('should give the digits only when Excel kept all of them', () => {
    expect(exactNumberText(2023)).toBe('2023');
    expect(exactNumberText(0.25)).toBe('0.25');
    expect(exactNumberText(999999999999999)).toBe('999999999999999');
    expect(exactNumberText(1e21)).toBeNull();
    expect(exactNumberText(0.1 + 0.2)).toBeNull();
    expect(exactNumberText(Number.NaN)).toBeNull();
  });
});
