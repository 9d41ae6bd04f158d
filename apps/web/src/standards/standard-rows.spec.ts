import { buildStandard } from '../../../../libs/domain/src/standard/standard.fixture';
import { categoriesOf, rowsOf, tableProblemOf } from './standard-rows';

describe(categoriesOf.name, () => {
  it('should give back the same categories from the table lines it made', () => {
    const { categories } = buildStandard();

    expect(categoriesOf(rowsOf(categories)).categories).toEqual(categories);
  });

  it('should group lines by category code in first-seen order and remember each item’s line', () => {
    const rows = rowsOf(buildStandard().categories);
    const moved = [rows[2], rows[0], rows[1]];

    const { categories, lineOf } = categoriesOf(moved);

    expect(categories.map((c) => [c.code, c.items.map((i) => i.code)])).toEqual([
      ['B', [rows[2].code]],
      ['A', ['A-01', 'A-02']],
    ]);
    expect(lineOf).toEqual([[1], [2, 3]]);
  });

  it('should split evidence on semicolons and line breaks', () => {
    const [row] = rowsOf(buildStandard().categories);

    expect(categoriesOf([{ ...row, evidence: '甲；乙\n丙;' }]).categories[0].items[0].evidence).toEqual([
      '甲',
      '乙',
      '丙',
    ]);
  });
});

describe(tableProblemOf.name, () => {
  it('should put an item problem on its line and column, and ignore fields that are not the table’s', () => {
    const lineOf = [[1], [2, 3]];

    expect(tableProblemOf('categories[1].items[1].maxScore', 'x', lineOf)).toEqual({
      row: 3,
      column: '分值',
      problem: 'x',
    });
    expect(tableProblemOf('categories[0].title', 'y', lineOf)).toEqual({
      row: 1,
      column: '类别',
      problem: 'y',
    });
    expect(tableProblemOf('tiers[0].minTotal', 'z', lineOf)).toBeNull();
  });
});
