import ExcelJS from 'exceljs';
import { exportColumns, type ExportRow } from './export-rows.ts';

/** The rows as an XLSX workbook (sheet « Indicateurs », then the query on « Paramètres »). */
export async function toXlsx(rows: ExportRow[], parameters: [string, string][]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Zéro non-recours';
  const sheet = workbook.addWorksheet('Indicateurs', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = exportColumns.map((key) => ({
    header: key,
    key,
    width: key === 'libelle' ? 48 : 16,
  }));
  sheet.getRow(1).font = { bold: true };
  for (const row of rows) sheet.addRow(row);
  const about = workbook.addWorksheet('Paramètres');
  about.columns = [
    { header: 'paramètre', key: 'name', width: 24 },
    { header: 'valeur', key: 'value', width: 48 },
  ];
  for (const [name, value] of parameters) about.addRow({ name, value });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
