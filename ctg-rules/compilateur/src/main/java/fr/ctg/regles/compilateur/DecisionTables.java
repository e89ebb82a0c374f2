package fr.ctg.regles.compilateur;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.drools.decisiontable.InputType;
import org.drools.decisiontable.SpreadsheetCompiler;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Reads decision tables the way Drools does ({@link SpreadsheetCompiler}: table → DRL) and keeps
 * the way back from each generated rule to its row, so that problems are shown at the row the
 * expert edits. Also a small CSV reader that knows the line each record starts on, the reader of
 * a workbook's cells (as Drools reads them: the first sheet only) and the writer of a CSV table as
 * a workbook (the same cells, byte-identical for the same table).
 */
final class DecisionTables {
  private static final Pattern RULE_VALUES = Pattern.compile("^// rule values at ([A-Z]+)(\\d+)");
  private static final Pattern RULE = Pattern.compile("^rule \"(.*)\"\\s*$");

  private DecisionTables() {}

  /** A rule generated from one row. */
  static final class GeneratedRule {
    final String name;
    /** Row of the table, from 1 (the CSV record number, or the spreadsheet row). */
    final int row;
    /** First and last line of the rule in the generated DRL, from 1. */
    final int firstLine;
    int lastLine;
    final StringBuilder text = new StringBuilder();

    GeneratedRule(String name, int row, int firstLine) {
      this.name = name;
      this.row = row;
      this.firstLine = firstLine;
    }
  }

  /** The generated DRL of a table; throws a RuntimeException of Drools when the table is unreadable. */
  static String drl(String path, byte[] content) {
    InputType type = path.toLowerCase(Locale.ROOT).endsWith(".csv") ? InputType.CSV : InputType.XLS;
    return new SpreadsheetCompiler().compile(new ByteArrayInputStream(content), type);
  }

  static List<GeneratedRule> rules(String drl) {
    List<GeneratedRule> out = new ArrayList<>();
    String[] lines = drl.split("\n", -1);
    int row = 0;
    GeneratedRule current = null;
    for (int i = 0; i < lines.length; i++) {
      String l = lines[i];
      Matcher v = RULE_VALUES.matcher(l);
      if (v.find()) {
        row = Integer.parseInt(v.group(2));
        continue;
      }
      Matcher r = RULE.matcher(l);
      if (r.find()) {
        current = new GeneratedRule(r.group(1), row, i + 1);
        out.add(current);
      }
      if (current != null) {
        current.text.append(l).append('\n');
        current.lastLine = i + 1;
        if (l.strip().equals("end")) current = null;
      }
    }
    return out;
  }

  /** One CSV record: its cells and the line (from 1) where it starts. */
  static final class CsvRecord {
    final int line;
    final List<String> cells;
    /** Column (from 1) where each cell starts on its line (exact for single-line records). */
    final List<Integer> columns;

    CsvRecord(int line, List<String> cells, List<Integer> columns) {
      this.line = line;
      this.cells = cells;
      this.columns = columns;
    }
  }

  /** RFC 4180 CSV (comma, double quotes, quoted newlines). */
  static List<CsvRecord> csv(String text) {
    List<CsvRecord> out = new ArrayList<>();
    int line = 1;
    int i = 0;
    int n = text.length();
    if (n > 0 && text.charAt(0) == '\uFEFF') i = 1;
    while (i < n) {
      int recordLine = line;
      int lineStart = i;
      List<String> cells = new ArrayList<>();
      List<Integer> cols = new ArrayList<>();
      StringBuilder cell = new StringBuilder();
      boolean quoted = false;
      cols.add(i - lineStart + 1);
      boolean endOfRecord = false;
      while (i < n && !endOfRecord) {
        char c = text.charAt(i);
        if (quoted) {
          if (c == '"') {
            if (i + 1 < n && text.charAt(i + 1) == '"') {
              cell.append('"');
              i++;
            } else {
              quoted = false;
            }
          } else {
            if (c == '\n') line++;
            cell.append(c);
          }
        } else if (c == '"') {
          quoted = true;
        } else if (c == ',') {
          cells.add(cell.toString());
          cell.setLength(0);
          cols.add(i - lineStart + 2);
        } else if (c == '\n' || c == '\r') {
          if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') i++;
          line++;
          endOfRecord = true;
        } else {
          cell.append(c);
        }
        i++;
      }
      cells.add(cell.toString());
      out.add(new CsvRecord(recordLine, cells, cols));
    }
    return out;
  }

  /**
   * The first sheet of a workbook, the only one Drools reads ({@code SpreadsheetCompiler} without a
   * sheet name): one record per row, empty rows included, so that record {@code i} is row
   * {@code i + 1}; a record's {@code line} is its row number and its {@code columns} the column
   * number (from 1) of each cell. Cells are read as Drools reads them (English number format,
   * {@code true}/{@code false} for booleans, formulas evaluated). Also the names of the other sheets
   * that hold a {@code RuleTable}, which Drools ignores.
   */
  static final class Feuille {
    final String nom;
    final List<CsvRecord> lignes;
    /** Sheet!cell of each {@code RuleTable} cell found on a sheet other than the first. */
    final List<String> tablesIgnorees;

    Feuille(String nom, List<CsvRecord> lignes, List<String> tablesIgnorees) {
      this.nom = nom;
      this.lignes = lignes;
      this.tablesIgnorees = tablesIgnorees;
    }

    /** {@code Feuille!C7} for row and column from 1 (the sheet name as written on its tab, unquoted). */
    String cellule(int ligne, int colonne) {
      return DecisionTables.cellule(nom, ligne - 1, colonne - 1);
    }
  }

  /** {@code Feuille!C7} for a row and column from 0. */
  static String cellule(String feuille, int ligne, int colonne) {
    return feuille + "!" + new CellReference(Math.max(ligne, 0), Math.max(colonne, 0), false, false).formatAsString();
  }

  /**
   * Reads a workbook (XLSX or XLS).
   *
   * @throws IllegalArgumentException when the content is not a readable workbook (its message says why)
   */
  static Feuille feuille(byte[] content) {
    Workbook ouvert;
    try {
      ouvert = WorkbookFactory.create(new ByteArrayInputStream(content));
    } catch (IOException | RuntimeException e) {
      throw new IllegalArgumentException("classeur illisible (XLSX attendu, enregistré par Excel ou LibreOffice) : "
          + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().strip()), e);
    }
    try (Workbook wb = ouvert) {
      // no sheet: no name (the verifier refuses it, Drools would not find the table)
      if (wb.getNumberOfSheets() == 0) return new Feuille("", List.of(), List.of());
      DataFormatter format = new DataFormatter(Locale.ENGLISH);
      FormulaEvaluator formules = wb.getCreationHelper().createFormulaEvaluator();
      Sheet premiere = wb.getSheetAt(0);
      List<CsvRecord> lignes = new ArrayList<>();
      for (int i = 0; i <= premiere.getLastRowNum(); i++) {
        Row row = premiere.getRow(i);
        List<String> cells = new ArrayList<>();
        List<Integer> cols = new ArrayList<>();
        if (row != null) {
          for (int c = 0; c < row.getLastCellNum(); c++) {
            Cell cell = row.getCell(c);
            cells.add(cell == null ? "" : valeur(cell, format, formules));
            cols.add(c + 1);
          }
        }
        lignes.add(new CsvRecord(i + 1, cells, cols));
      }
      List<String> ignorees = new ArrayList<>();
      for (int f = 1; f < wb.getNumberOfSheets(); f++) {
        Sheet autre = wb.getSheetAt(f);
        for (Row row : autre) {
          for (Cell cell : row) {
            if (cell.getCellType() == CellType.STRING && cell.getStringCellValue().strip().startsWith("RuleTable")) {
              ignorees.add(cellule(autre.getSheetName(), row.getRowNum(), cell.getColumnIndex()));
            }
          }
        }
      }
      return new Feuille(premiere.getSheetName(), lignes, ignorees);
    } catch (IOException | RuntimeException e) {
      throw new IllegalArgumentException("classeur illisible : "
          + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().strip()), e);
    }
  }

  private static String valeur(Cell cell, DataFormatter format, FormulaEvaluator formules) {
    switch (cell.getCellType()) {
      case BOOLEAN:
        return cell.getBooleanCellValue() ? "true" : "false";
      case FORMULA:
        try {
          return format.formatCellValue(cell, formules);
        } catch (RuntimeException e) {
          return format.formatCellValue(cell);
        }
      default:
        return format.formatCellValue(cell);
    }
  }

  /** The time written for every entry of an exported workbook: a fixed date, so that the bytes depend on the table only. */
  private static final LocalDateTime DATE_FIXE = LocalDateTime.of(2026, 1, 1, 0, 0);
  /** Widest column, in characters (long texts wrap). */
  private static final int LARGEUR_MAX = 60;

  /**
   * A CSV decision table as a workbook of one sheet named {@code nomFeuille}: every cell of the CSV
   * in the same row and column, as text (Drools reads them as the CSV's), the keyword rows
   * ({@code RuleSet}, {@code RuleTable}…) and the headers in bold, columns as wide as their content
   * (at most {@value #LARGEUR_MAX} characters, wrapped beyond). Deterministic: no creation date, and
   * every entry of the archive carries the same fixed date, so the same table gives the same bytes.
   */
  static byte[] classeur(String nomFeuille, List<CsvRecord> lignes) {
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      wb.getProperties().getCoreProperties().getUnderlyingProperties().setCreatedProperty(Optional.empty());
      wb.getProperties().getCoreProperties().setCreator("ctg regles exporter");
      XSSFSheet feuille = wb.createSheet(org.apache.poi.ss.util.WorkbookUtil.createSafeSheetName(nomFeuille));
      XSSFFont police = wb.createFont();
      police.setBold(true);
      XSSFCellStyle texte = wb.createCellStyle();
      texte.setWrapText(true);
      texte.setDataFormat(wb.createDataFormat().getFormat("@"));
      XSSFCellStyle enTete = wb.createCellStyle();
      enTete.cloneStyleFrom(texte);
      enTete.setFont(police);
      int[] largeurs = new int[0];
      // a RuleTable row, then Drools' four header rows: column kinds, fact types, code templates, labels
      int enTeteRestant = 0;
      for (int i = 0; i < lignes.size(); i++) {
        List<String> cells = lignes.get(i).cells;
        String premiere = cells.isEmpty() ? "" : cells.get(0).strip();
        boolean motCle = premiere.startsWith("RuleSet") || premiere.startsWith("Import") || premiere.startsWith("Variables")
            || premiere.startsWith("Notes") || premiere.startsWith("RuleTable");
        boolean gras = motCle || enTeteRestant > 0;
        enTeteRestant = premiere.startsWith("RuleTable") ? 4 : Math.max(0, enTeteRestant - 1);
        Row row = feuille.createRow(i);
        for (int c = 0; c < cells.size(); c++) {
          String v = cells.get(c);
          if (v.isEmpty()) continue;
          Cell cell = row.createCell(c, CellType.STRING);
          cell.setCellValue(v);
          cell.setCellStyle(gras ? enTete : texte);
          if (c >= largeurs.length) largeurs = java.util.Arrays.copyOf(largeurs, c + 1);
          // a note or the import list spans the row: it does not size the column it starts in
          if (!motCle || premiere.startsWith("RuleTable")) largeurs[c] = Math.max(largeurs[c], Math.min(LARGEUR_MAX, v.length() + 2));
        }
      }
      for (int c = 0; c < largeurs.length; c++) feuille.setColumnWidth(c, Math.max(10, largeurs[c]) * 256);
      ByteArrayOutputStream poi = new ByteArrayOutputStream();
      wb.write(poi);
      return horodatageFixe(poi.toByteArray());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The same archive, each entry (same order, same content) dated {@link #DATE_FIXE} whatever the clock and time zone. */
  private static byte[] horodatageFixe(byte[] zip) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream(zip.length);
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip));
        ZipOutputStream z = new ZipOutputStream(out)) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        ZipEntry copie = new ZipEntry(e.getName());
        copie.setTimeLocal(DATE_FIXE);
        z.putNextEntry(copie);
        in.transferTo(z);
        z.closeEntry();
      }
    }
    return out.toByteArray();
  }
}
