/**
 * RFC 4180 CSV, small enough to own: quoted fields, doubled quotes, CRLF or LF, a UTF-8 BOM ignored.
 * `delimiter` is ',' for CSV, a tab for Excel's "Unicode 文本" and "文本文件(制表符分隔)".
 */
export function parseCsv(text: string, delimiter: ',' | '\t' = ','): string[][] {
  const input = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < input.length; i += 1) {
    const char = input[i];
    if (quoted) {
      if (char === '"' && input[i + 1] === '"') {
        field += '"';
        i += 1;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"' && field === '') quoted = true;
    else if (char === delimiter) {
      record.push(field);
      field = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && input[i + 1] === '\n') i += 1;
      records.push([...record, field]);
      record = [];
      field = '';
    } else field += char;
  }
  if (field !== '' || record.length > 0) records.push([...record, field]);
  return records;
}

/**
 * The delimiter of a text sheet: a tab when the first lines hold more tabs than commas (Excel saves
 * "Unicode 文本" tab-separated), else a comma.
 */
export function sniffDelimiter(text: string): ',' | '\t' {
  const head = text.split('\n', 20).join('\n');
  const count = (char: string) => head.split(char).length - 1;
  return count('\t') > count(',') ? '\t' : ',';
}

/** A cell a spreadsheet would run as a formula (=, +, -, @) is written with a leading apostrophe. */
function safeText(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

function csvField(value: string | number | null): string {
  if (value === null) return '';
  const text = typeof value === 'number' ? String(value) : safeText(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** CSV with a UTF-8 BOM and CRLF, so Excel opens the Chinese headers correctly. */
export function formatCsv(headers: string[], rows: (string | number | null)[][]): string {
  const lines = [headers, ...rows].map((row) => row.map(csvField).join(','));
  return `\ufeff${lines.join('\r\n')}\r\n`;
}
