package fr.ctg.regles.compilateur;

import java.util.ArrayList;
import java.util.List;

/**
 * The text of rule files as the checks read it: DRL with comments (and, on request, string
 * literals) blanked out, positions kept; decision tables without their {@code Notes} rows.
 */
final class SourceText {
  private SourceText() {}

  /** One line of checked text, with its number (from 1) in the file. */
  static final class Line {
    final int number;
    final String text;
    /** For a spreadsheet, the column (from 1) of the cell this text is; 0 for a line of a text file. */
    final int cellColumn;

    Line(int number, String text) {
      this(number, text, 0);
    }

    Line(int number, String text, int cellColumn) {
      this.number = number;
      this.text = text;
      this.cellColumn = cellColumn;
    }
  }

  /**
   * As {@link #lines(String, String, boolean)}, and for a spreadsheet table ({@code .drl.xlsx},
   * {@code .drl.xls}) one line per non-empty cell of the sheet Drools reads (rows other than
   * {@code Notes}), numbered by its row, with its column; an unreadable workbook gives no lines
   * (the compiler reports it).
   */
  static List<Line> lines(String path, byte[] content, boolean blankStrings) {
    String lower = path.toLowerCase(java.util.Locale.ROOT);
    if (!lower.endsWith(".xlsx") && !lower.endsWith(".xls")) {
      return lines(path, new String(content, java.nio.charset.StandardCharsets.UTF_8), blankStrings);
    }
    List<Line> out = new ArrayList<>();
    DecisionTables.Feuille f;
    try {
      f = DecisionTables.feuille(content);
    } catch (IllegalArgumentException e) {
      return out;
    }
    for (DecisionTables.CsvRecord r : f.lignes) {
      if (!r.cells.isEmpty() && r.cells.get(0).strip().equals("Notes")) continue;
      for (int i = 0; i < r.cells.size(); i++) {
        if (!r.cells.get(i).isEmpty()) out.add(new Line(r.line, r.cells.get(i), r.columns.get(i)));
      }
    }
    return out;
  }

  /**
   * The lines of a rule file to check: a DRL's code (comments blanked; string literals blanked too
   * when {@code blankStrings}), or a CSV table's rows other than {@code Notes}. Spreadsheets: see
   * {@link #lines(String, byte[], boolean)}.
   */
  static List<Line> lines(String path, String text, boolean blankStrings) {
    List<Line> out = new ArrayList<>();
    String lower = path.toLowerCase(java.util.Locale.ROOT);
    if (lower.endsWith(".csv")) {
      String[] lines = text.split("\n", -1);
      for (int i = 0; i < lines.length; i++) {
        String l = lines[i];
        if (l.startsWith("Notes,") || l.startsWith("\"Notes\",")) continue;
        out.add(new Line(i + 1, l));
      }
      return out;
    }
    if (!lower.endsWith(".drl")) return out;
    String masked = mask(text, blankStrings);
    String[] lines = masked.split("\n", -1);
    for (int i = 0; i < lines.length; i++) out.add(new Line(i + 1, lines[i]));
    return out;
  }

  /** {@code drl} with comments (and string literals if asked) replaced by spaces, newlines kept. */
  static String mask(String drl, boolean blankStrings) {
    StringBuilder b = new StringBuilder(drl);
    int n = drl.length();
    int i = 0;
    while (i < n) {
      char c = drl.charAt(i);
      if (c == '/' && i + 1 < n && drl.charAt(i + 1) == '/') {
        while (i < n && drl.charAt(i) != '\n') b.setCharAt(i++, ' ');
      } else if (c == '/' && i + 1 < n && drl.charAt(i + 1) == '*') {
        int end = drl.indexOf("*/", i + 2);
        end = end < 0 ? n : end + 2;
        for (; i < end; i++) if (drl.charAt(i) != '\n') b.setCharAt(i, ' ');
      } else if (c == '"' || c == '\'') {
        int j = i + 1;
        while (j < n && drl.charAt(j) != c && drl.charAt(j) != '\n') {
          if (drl.charAt(j) == '\\') j++;
          j++;
        }
        if (blankStrings) for (int k = i + 1; k < Math.min(j, n); k++) b.setCharAt(k, ' ');
        i = Math.min(j + 1, n);
      } else {
        i++;
      }
    }
    return b.toString();
  }
}
