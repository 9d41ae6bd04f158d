import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readImportRows, textCell } from '@app/domain';
import { parseCsv } from '../spreadsheets/csv';
import { IMPORT_KINDS } from './import-kinds';

/** The README's sample for a file, e.g. the ```csv block under `titles.csv`:. */
function readmeSample(kind: string): string {
  const readme = readFileSync(join(__dirname, '../../../../README.md'), 'utf8');
  const match = new RegExp(`\`${kind}\\.csv\`:\\s*\`\`\`csv\\n([\\s\\S]*?)\`\`\``).exec(readme);
  if (match === null) throw new Error(`README has no ${kind}.csv sample`);
  return match[1].replace(/^ {2}/gm, '');
}

describe('README import samples', () => {
  it.each(Object.keys(IMPORT_KINDS))(
    'should give a %s sample that reads without a problem when pasted as a file',
    (kind) => {
      const records = parseCsv(readmeSample(kind)).map((cells, index) => ({
        row: index + 1,
        cells: cells.map(textCell),
      }));

      const read = readImportRows(records, IMPORT_KINDS[kind].columns);

      expect(read.problems).toEqual([]);
      expect(read.rows).toHaveLength(1);
    },
  );
});
