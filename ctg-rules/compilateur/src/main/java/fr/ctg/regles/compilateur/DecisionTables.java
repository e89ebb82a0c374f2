package fr.ctg.regles.compilateur;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.drools.decisiontable.InputType;
import org.drools.decisiontable.SpreadsheetCompiler;

/**
 * Reads decision tables the way Drools does ({@link SpreadsheetCompiler}: table → DRL) and keeps
 * the way back from each generated rule to its row, so that problems are shown at the row the
 * expert edits. Also a small CSV reader that knows the line each record starts on.
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
}
