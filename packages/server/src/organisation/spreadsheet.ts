// Reads an uploaded CSV or XLSX file into rows of text keyed by column name, with each row's
// number as a spreadsheet program shows it (the header is row 1), so errors can point at a cell.
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { AppError } from '../errors.js';
import { assertZipExpandsWithin, ZipRefused } from './zip-limits.js';

export interface SheetRow {
  /** 1-based, counting the header row. */
  row: number;
  values: Record<string, string>;
  /** Columns whose cell held a number where text was needed (e.g. an 18-digit NIP that lost digits). */
  numericCells: Set<string>;
  /** Columns whose XLSX cell held a real date, with its wall-clock reading (the workbook's fields, read as UTC). */
  dateCells: Map<string, Date>;
}

export interface SheetLimits {
  maxBytes: number;
  maxRows: number;
  /** Column names in the header, compared case-insensitively; all must be present, no others. */
  columns: readonly string[];
  required: readonly string[];
}

const fileError = (message: string) => new AppError('BAD_USER_INPUT', `file: ${message}`, 'file');

export async function readSheet(file: File, limits: SheetLimits): Promise<SheetRow[]> {
  if (file.size > limits.maxBytes) throw fileError(`is larger than ${Math.round(limits.maxBytes / 1024 / 1024)} MB; split it into smaller files.`);
  const name = file.name.toLowerCase();
  const bytes = Buffer.from(await file.arrayBuffer());
  const table = name.endsWith('.xlsx') ? await xlsxTable(bytes) : name.endsWith('.csv') ? csvTable(bytes) : null;
  if (!table) throw fileError('must be a .csv or .xlsx file.');
  const [header, ...rows] = table;
  if (!header) throw fileError('is empty.');
  const columns = header.cells.map((cell) => limits.columns.find((column) => column.toLowerCase() === cell.text.trim().toLowerCase()) ?? cell.text.trim());
  const unknown = columns.filter((column) => column !== '' && !limits.columns.includes(column));
  if (unknown.length > 0) throw fileError(`unknown column ${unknown.join(', ')}; the columns are ${limits.columns.join(', ')}.`);
  const missing = limits.required.filter((column) => !columns.includes(column));
  if (missing.length > 0) throw fileError(`the header row lacks the column ${missing.join(', ')}.`);
  const dataRows = rows.filter((row) => row.cells.some((cell) => cell.text.trim() !== ''));
  if (dataRows.length > limits.maxRows) throw fileError(`has ${dataRows.length} rows; at most ${limits.maxRows} per file.`);
  if (dataRows.length === 0) throw fileError('has no data rows below the header.');
  return dataRows.map((row) => {
    const values: Record<string, string> = Object.fromEntries(limits.columns.map((column) => [column, '']));
    const numericCells = new Set<string>();
    const dateCells = new Map<string, Date>();
    columns.forEach((column, index) => {
      const cell = row.cells[index];
      if (!column || !cell) return;
      values[column] = cell.text.trim();
      if (cell.numeric) numericCells.add(column);
      if (cell.date) dateCells.set(column, cell.date);
    });
    return { row: row.row, values, numericCells, dateCells };
  });
}

interface TableRow {
  row: number;
  cells: Array<{ text: string; numeric: boolean; date?: Date }>;
}

function csvTable(bytes: Buffer): TableRow[] {
  // No text file holds NUL (UTF-16 files do, and PostgreSQL stores no NUL in text).
  if (bytes.includes(0)) throw fileError('contains NUL bytes: it is not a UTF-8 text file (save it as "CSV UTF-8").');
  try {
    // Spreadsheet programs in Indonesian locales write ';' between fields; accept both.
    const records = parse(bytes, { bom: true, delimiter: [',', ';'], relax_column_count: true, skip_empty_lines: true, info: true }) as unknown as Array<{
      record: string[];
      info: { lines: number };
    }>;
    return records.map(({ record, info }) => ({ row: info.lines, cells: record.map((text) => ({ text, numeric: false })) }));
  } catch (error) {
    throw fileError(`is not readable as CSV (${error instanceof Error ? error.message : String(error)}).`);
  }
}

/** What an uploaded workbook may expand to: far above any real import, far below a zip bomb. */
export const XLSX_MAX_EXPANDED_BYTES = 64 * 1024 * 1024;

async function xlsxTable(bytes: Buffer): Promise<TableRow[]> {
  try {
    await assertZipExpandsWithin(bytes, XLSX_MAX_EXPANDED_BYTES);
  } catch (error) {
    if (!(error instanceof ZipRefused)) throw error;
    throw fileError(
      error.message === 'expands beyond the limit'
        ? `expands to more than ${XLSX_MAX_EXPANDED_BYTES / 1024 / 1024} MB when unpacked; it is not an ordinary workbook (a zip bomb?).`
        : `is not a readable XLSX workbook (it ${error.message}).`,
    );
  }
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    throw fileError('is not a readable XLSX workbook.');
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) throw fileError('has no worksheet.');
  const rows: TableRow[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: TableRow['cells'] = [];
    for (let index = 1; index <= row.cellCount; index++) cells.push(cellText(row.getCell(index).value));
    rows.push({ row: rowNumber, cells });
  });
  return rows;
}

function cellText(value: ExcelJS.CellValue): TableRow['cells'][number] {
  if (value === null || value === undefined) return { text: '', numeric: false };
  // Dates in XLSX are calendar dates stored as UTC midnight.
  if (value instanceof Date) return { text: value.toISOString().slice(0, 10), numeric: false, date: value };
  if (typeof value === 'number') return { text: String(value), numeric: true };
  if (typeof value === 'string' || typeof value === 'boolean') return { text: String(value), numeric: false };
  if ('richText' in value) return { text: value.richText.map((part) => part.text).join(''), numeric: false };
  if ('text' in value && typeof value.text === 'string') return { text: value.text, numeric: false };
  if ('result' in value) return cellText((value.result ?? null) as ExcelJS.CellValue);
  return { text: '', numeric: false };
}
