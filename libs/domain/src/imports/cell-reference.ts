import { RowProblem } from './header-row';

/** The column letter (B) each column the file has sits in, by the column's header (编码). */
export type ColumnLetters = Readonly<Record<string, string>>;

/**
 * The one place a problem of an upload is located: its cell (B5) filled in from the column's letter
 * when the check that found it knew only the row and the column (a duplicate, a rule across rows, a
 * database check). A column the file lacks (a missing header) keeps no cell.
 */
export function locateProblem(problem: RowProblem, letters: ColumnLetters): RowProblem {
  if (problem.cell !== undefined) return problem;
  const letter = letters[problem.column];
  return letter === undefined ? problem : { ...problem, cell: `${letter}${problem.row}` };
}

/** Where a problem is, as a clerk finds it in Excel: 第5行 B列 (编码), or 第3行 (编码) for a column the file lacks. */
export function cellReference(problem: RowProblem): string {
  const letter = problem.cell?.replace(/\d+$/, '');
  return letter === undefined
    ? `第${problem.row}行 (${problem.column})`
    : `第${problem.row}行 ${letter}列 (${problem.column})`;
}
