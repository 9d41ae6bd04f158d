/**
 * Text of a free-text cell (a name, an item's title, a reason) as the importer stores it: exactly as
 * typed — full-width punctuation （，：） and spaces inside stay, so an exported sheet reads back the
 * same — with Windows line ends as \n and no surrounding space.
 */
export function trimCellText(text: string): string {
  return text.replace(/\r\n?/g, '\n').trim();
}

/**
 * Text of a cell that a machine compares (a code, a number, a date, 是/否, a choice) and of a header:
 * Unicode NFKC (full-width ２０２３ → 2023, c-０９ → c-09, the ideographic space → a space), then trimmed.
 * Never for free text, whose full-width punctuation is part of what the clerk wrote.
 */
export function normaliseCellText(text: string): string {
  return trimCellText(text.normalize('NFKC'));
}

/** Which line breaks and tabs a column tolerates inside a cell (all other control characters are refused). */
export interface CharacterPolicy {
  /** Free text that may run over several lines (Alt+Enter in Excel), e.g. a reason. */
  multiline: boolean;
}

// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/u;
const LINE_BREAK_OR_TAB = /[\t\n\r\u2028\u2029]/u;
/** Invisible format characters (zero-width space, bidi overrides, a stray BOM …); ZWJ builds emoji. */
const INVISIBLE = /(?!\u200d)\p{Cf}/u;
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
const NONCHARACTER = /[\ufdd0-\ufdef\ufffe\uffff]/u;
/** Any character one of the checks below may refuse (in u-mode a surrogate range matches lone ones only). */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const SUSPECT = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\ud800-\udfff\ufdd0-\ufdef\ufffd-\uffff\p{Cf}]/u;

function codePoint(char: string): string {
  return `U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
}

/**
 * Why the text of a cell cannot be stored, or null: control characters (NUL …), U+FFFD (a character an
 * earlier conversion already lost), unpaired surrogates and noncharacters (invalid Unicode), invisible
 * format characters; line breaks and tabs inside a cell unless the column is multiline.
 * Checked before normalising, since NFKC would hide some of them.
 */
export function unreadableCharacter(raw: string, policy: CharacterPolicy): string | null {
  // Surrounding spaces and line breaks are trimmed away anyway; only what stays in the cell matters.
  const text = raw.trim();
  // Nearly every cell is clean: one pass decides that before the checks that name the character.
  if (!SUSPECT.test(text)) return null;
  const position = (index: number) => `第 ${index + 1} 个字符`;
  const lone = LONE_SURROGATE.exec(text);
  if (lone)
    return `含无效的 Unicode 字符（未配对的代理项 ${codePoint(lone[0])}，${position(lone.index)}）；请重新输入该单元格`;
  const checks: [RegExp, (char: string) => string][] = [
    [/\ufffd/u, () => '含 U+FFFD (�)，是之前转换编码时丢失的字符；请重新输入'],
    [CONTROL, (char) => `含控制字符 ${codePoint(char)}；请去掉后重新输入该单元格`],
    [NONCHARACTER, (char) => `含无效的 Unicode 字符（非字符 ${codePoint(char)}）；请重新输入该单元格`],
    [INVISIBLE, (char) => `含不可见字符 ${codePoint(char)}；请去掉后重新输入该单元格`],
  ];
  if (!policy.multiline) {
    checks.push([LINE_BREAK_OR_TAB, () => '含换行或制表符；该单元格只能写一行']);
  }
  for (const [pattern, message] of checks) {
    const match = pattern.exec(text);
    if (match) return `${message(match[0])}（${position(match.index)}）`;
  }
  return null;
}
