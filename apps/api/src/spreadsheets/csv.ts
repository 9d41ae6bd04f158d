/**
 * RFC 4180 CSV, small enough to own: quoted fields, doubled quotes, CRLF or LF, a UTF-8 BOM ignored.
 * `delimiter` is ',' for CSV, a tab for Excel's "Unicode 文本" and "文本文件(制表符分隔)".
 */
export function parseCsv(text: string, delimiter: ',' | '\t' = ','): string[][] {
  const input = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const records: string[][] = [];
  if (input === '') return records;
  let record: string[] = [];
  // Fields are sliced out of the input, not built a character at a time: a 200,000-row file stays cheap.
  for (let i = 0; ;) {
    const quoted = input[i] === '"' ? quotedField(input, i + 1) : { value: '', next: i };
    const end = fieldEnd(input, quoted.next, delimiter);
    record.push(quoted.value + input.slice(quoted.next, end));
    if (end >= input.length) break;
    i = end + 1;
    if (input[end] === delimiter) continue;
    if (input[end] === '\r' && input[i] === '\n') i += 1;
    records.push(record);
    record = [];
    if (i >= input.length) return records;
  }
  records.push(record);
  return records;
}

/** The value of a quoted field opened just before `start` (doubled quotes undone), and where it closes. */
function quotedField(input: string, start: number): { value: string; next: number } {
  let value = '';
  for (let from = start; ;) {
    const quote = input.indexOf('"', from);
    if (quote < 0) return { value: value + input.slice(from), next: input.length };
    if (input[quote + 1] !== '"') return { value: value + input.slice(from, quote), next: quote + 1 };
    value += input.slice(from, quote + 1);
    from = quote + 2;
  }
}

/** The index of the delimiter or line end that closes a field, or the input's length. */
function fieldEnd(input: string, from: number, delimiter: string): number {
  for (let i = from; i < input.length; i += 1) {
    const char = input[i];
    if (char === delimiter || char === '\n' || char === '\r') return i;
  }
  return input.length;
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

/**
 * A field of our CSV (comma-separated) without the apostrophe safeText put before =, +, - or @, so an
 * exported standard reads back as it was ('-道德讲堂 → -道德讲堂); any other apostrophe is the clerk's.
 */
export function unguardCsvField(field: string): string {
  return /^'[=+\-@]/.test(field) ? field.slice(1) : field;
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
