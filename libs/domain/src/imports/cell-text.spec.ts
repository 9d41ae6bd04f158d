import { normaliseCellText, trimCellText, unreadableCharacter } from './cell-text';

describe(normaliseCellText.name, () => {
  it.each([
    ['２０２３', '2023'],
    ['c-０９', 'c-09'],
    ['\u3000 平安社区\u00a0', '平安社区'],
    ['ＰＡ－２０２３－００１', 'PA-2023-001'],
    ['幸福社区（东）', '幸福社区(东)'],
    ['组织\r\n尚未建立', '组织\n尚未建立'],
  ])('should read %j as %j when a clerk typed full-width characters or stray spaces', (raw, expected) => {
    expect(normaliseCellText(raw)).toBe(expected);
  });
});

describe(trimCellText.name, () => {
  it('should keep full-width punctuation and inner spaces of free text exactly, trimming only its ends', () => {
    expect(trimCellText('\u3000成立领导小组（含书记），每季度：研究一次\u3000两次 ')).toBe(
      '成立领导小组（含书记），每季度：研究一次\u3000两次',
    );
    expect(trimCellText('组织\r\n尚未建立')).toBe('组织\n尚未建立');
  });
});

describe(unreadableCharacter.name, () => {
  const single = { multiline: false };

  it('should pass ordinary Chinese and Latin text, emoji and surrounding line breaks', () => {
    expect(unreadableCharacter(' 幸福社区 c-01 👨‍👩‍👧 \n', single)).toBeNull();
  });

  it.each([
    ['c-\u000001', '含控制字符 U+0000；请去掉后重新输入该单元格（第 3 个字符）'],
    ['a\u0007b', '含控制字符 U+0007；请去掉后重新输入该单元格（第 2 个字符）'],
    ['a\u0085b', '含控制字符 U+0085；请去掉后重新输入该单元格（第 2 个字符）'],
    ['平安\ufffd区', '含 U+FFFD (�)，是之前转换编码时丢失的字符；请重新输入（第 3 个字符）'],
    ['a\ud800b', '含无效的 Unicode 字符（未配对的代理项 U+D800，第 2 个字符）；请重新输入该单元格'],
    ['a\udc00', '含无效的 Unicode 字符（未配对的代理项 U+DC00，第 2 个字符）；请重新输入该单元格'],
    ['a\uffffb', '含无效的 Unicode 字符（非字符 U+FFFF）；请重新输入该单元格（第 2 个字符）'],
    ['c-\u200b01', '含不可见字符 U+200B；请去掉后重新输入该单元格（第 3 个字符）'],
    ['c-01\u202e', '含不可见字符 U+202E；请去掉后重新输入该单元格（第 5 个字符）'],
    ['幸福\n社区', '含换行或制表符；该单元格只能写一行（第 3 个字符）'],
    ['幸福\t社区', '含换行或制表符；该单元格只能写一行（第 3 个字符）'],
  ])('should refuse %j naming what is wrong', (text, problem) => {
    expect(unreadableCharacter(text, single)).toBe(problem);
  });

  it('should keep line breaks and tabs inside a multiline cell but still refuse NUL there', () => {
    expect(unreadableCharacter('组织\n尚未\t建立', { multiline: true })).toBeNull();
    expect(unreadableCharacter('组织\n\u0000', { multiline: true })).toMatch(/U\+0000/);
  });
});
