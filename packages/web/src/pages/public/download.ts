// Open data downloads, generated in the browser from the very figures on the page.

export type Cell = string | number | boolean | null;
export interface DataTable {
  /** File name without extension. */
  name: string;
  columns: string[];
  rows: Cell[][];
}

// Text that a spreadsheet program would run as a formula (=, +, -, @, tab, CR first) gets a leading
// apostrophe (OWASP's advice on CSV injection); numbers stay numbers.
const FORMULA_START = /^[=+\-@\t\r]/;

const csvCell = (cell: Cell) => {
  if (cell === null) return '';
  const text = typeof cell === 'string' && FORMULA_START.test(cell) ? `'${cell}` : String(cell);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};

/** RFC 4180 CSV with a header row; an empty cell is a withheld or missing figure. */
export function toCsv(table: DataTable): string {
  return [table.columns, ...table.rows].map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

export function toJson(table: DataTable, meta: Record<string, string>): string {
  const rows = table.rows.map((row) => Object.fromEntries(table.columns.map((column, index) => [column, row[index] ?? null])));
  return JSON.stringify({ ...meta, licence: 'CC-BY-4.0', rows }, null, 2);
}

export const dataUrl = (type: string, content: string) => `data:${type};charset=utf-8,${encodeURIComponent(content)}`;
