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
    ['c-\u000001', 'holds the control character U+0000; retype the cell without it (at character 3)'],
    ['a\u0007b', 'holds the control character U+0007; retype the cell without it (at character 2)'],
    ['a\u0085b', 'holds the control character U+0085; retype the cell without it (at character 2)'],
    [
      '平安\ufffd区',
      'holds U+FFFD (�), a character lost when the text was converted earlier; retype it (at character 3)',
    ],
    ['a\ud800b', 'holds invalid Unicode (an unpaired surrogate U+D800) at character 2; retype the cell'],
    ['a\udc00', 'holds invalid Unicode (an unpaired surrogate U+DC00) at character 2; retype the cell'],
    ['a\uffffb', 'holds invalid Unicode (the noncharacter U+FFFF); retype the cell (at character 2)'],
    ['c-\u200b01', 'holds the invisible character U+200B; retype the cell without it (at character 3)'],
    ['c-01\u202e', 'holds the invisible character U+202E; retype the cell without it (at character 5)'],
    ['幸福\n社区', 'holds a line break or tab; keep the cell on one line (at character 3)'],
    ['幸福\t社区', 'holds a line break or tab; keep the cell on one line (at character 3)'],
  ])('should refuse %j naming what is wrong', (text, problem) => {
    expect(unreadableCharacter(text, single)).toBe(problem);
  });

  it('should keep line breaks and tabs inside a multiline cell but still refuse NUL there', () => {
    expect(unreadableCharacter('组织\n尚未\t建立', { multiline: true })).toBeNull();
    expect(unreadableCharacter('组织\n\u0000', { multiline: true })).toMatch(/U\+0000/);
  });
});
