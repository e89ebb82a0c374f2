package fr.ctg.regles.compilateur;

import fr.ctg.regles.RuleFiles;
import fr.ctg.regles.RuleProblem;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.util.CellReference;
import org.kie.api.builder.Message;
import org.mvel2.CompileException;

/**
 * Turns a message of Drools' classic compiler into a positioned French {@link RuleProblem}: the
 * follow-up noise ("Parser returned a null Package") is dropped, the column is read from the text
 * ({@code [ERR 102] Line 8:48 …}: ANTLR counts columns from 0) or found by looking for the offending
 * name in the rule, the common messages are translated (syntax error, unknown type, unknown field or
 * property, Java errors in a consequence) and the others kept after a French lead. For a decision
 * table, Drools reports lines of the DRL it generated: they are brought back to the row of the table.
 * What the compiler throws instead of reporting (MVEL on a consequence, the table parser) is
 * positioned the same way ({@link #exception}).
 */
final class Diagnostics {
  private static final Pattern PARSER_LINE = Pattern.compile("\\[ERR (\\d+)\\] Line (\\d+):(\\d+) (.*?)(?: in rule \"?([^\"]*)\"?)?\\s*$", Pattern.DOTALL);
  private static final Pattern NO_VIABLE = Pattern.compile("no viable alternative at input '(.*)'", Pattern.DOTALL);
  private static final Pattern MISMATCHED = Pattern.compile("mismatched input '(.*?)'(?: expecting (.*))?", Pattern.DOTALL);
  private static final Pattern EXTRANEOUS = Pattern.compile("extraneous input '(.*?)'(?: expecting (.*))?", Pattern.DOTALL);
  private static final Pattern MISSING = Pattern.compile("missing (.*?) at '(.*)'", Pattern.DOTALL);
  private static final Pattern UNKNOWN_TYPE = Pattern.compile("Unable to resolve ObjectType '([^']+)'");
  private static final Pattern FIELD_READER = Pattern.compile("Field Reader does not exist for declaration '([^']+)' in '[^:']*:\\s*([^']+)'");
  private static final Pattern STRICT_METHOD = Pattern.compile("unable to resolve method using strict-mode: ([\\w.$]+)\\.([\\w$]+)\\(\\)");
  private static final Pattern ANALYSE = Pattern.compile("Unable to Analyse Expression ([^\\n]*?):?\\s*\\n");
  private static final Pattern UNKNOWN_FIELD = Pattern.compile("Unknown field (\\w+) on (?:type )?([\\w.$]+)");
  private static final Pattern COMPILATION = Pattern.compile("Rule Compilation error\\s*(.*)", Pattern.DOTALL);
  private static final Pattern JAVA_METHOD = Pattern.compile("The method (\\w+)\\((.*?)\\) is undefined for the type (\\S+)");
  private static final Pattern JAVA_VARIABLE = Pattern.compile("(\\S+) cannot be resolved to a variable");
  private static final Pattern JAVA_TYPE = Pattern.compile("(\\S+) cannot be resolved(?: to a type)?");
  private static final Pattern JAVA_MISMATCH = Pattern.compile("Type mismatch: cannot convert from (\\S+) to (\\S+)");
  private static final Pattern JAVA_FIELD = Pattern.compile("(\\S+) cannot be resolved or is not a field");
  private static final Pattern DUPLICATED_ANNOTATION = Pattern.compile("Duplicated annotation: (\\w+)");
  private static final Pattern UNEXPECTED_EXCEPTION = Pattern.compile("^Line (\\d+):(\\d+) unexpected exception at input '(.*?)'");
  private static final Pattern IMPORT = Pattern.compile("Error importing : '([^']+)'");
  /** A decision table's parser exception: {@code [path] message}, naming a cell ({@code in cell E17}, {@code Data cell B14}). */
  private static final Pattern TABLE = Pattern.compile("^\\[([^\\]]+)\\] (.*)$", Pattern.DOTALL);
  private static final Pattern CELL = Pattern.compile("cell ([A-Z]{1,3})(\\d+)");
  private static final Pattern TABLE_HEADER = Pattern.compile("^Invalid column header: (.*?), should be CONDITION, ACTION or attribute");
  private static final Pattern TABLE_BLANK = Pattern.compile("^Unexpected content \"(.*)\" in cell [A-Z]+\\d+, leave this cell blank");
  private static final Pattern TABLE_MAX = Pattern.compile("^Maximum number of (\\S+) columns is (\\d+)");
  private static final Pattern RULE_DECL = Pattern.compile("^\\s*rule\\s+\"([^\"]+)\"");

  private Diagnostics() {}

  /** The problem, or null for noise. */
  static RuleProblem translate(Message m, RuleFiles files, RuleVerifier.Locations locations) {
    String text = m.getText() == null ? "" : m.getText().strip();
    if (text.startsWith("Parser returned a null Package")) return null;
    boolean error = m.getLevel() == Message.Level.ERROR;
    String path = m.getPath() == null ? "" : m.getPath().replaceFirst("^src/main/resources/", "");
    int line = m.getLine();
    int column = 0;
    Translation t = new Translation(text);
    Matcher p = PARSER_LINE.matcher(text);
    Matcher u = UNEXPECTED_EXCEPTION.matcher(text);
    if (p.find()) {
      line = Integer.parseInt(p.group(2));
      column = Integer.parseInt(p.group(3)) + 1;
    } else if (u.find()) {
      line = Integer.parseInt(u.group(1));
      column = Integer.parseInt(u.group(2)) + 1;
    }
    String ruleName = t.rule;
    if (RuleFiles.isDecisionTable(path)) {
      DecisionTables.GeneratedRule g = locations.atGeneratedLine(path, line);
      if (g == null && ruleName != null) {
        for (DecisionTables.GeneratedRule r : locations.generated.getOrDefault(path, List.of())) {
          if (r.name.equals(ruleName)) g = r;
        }
      }
      int row = g == null ? 0 : locations.row(path, g.row);
      int col = g == null ? 0 : cellColumn(locations, path, g.row, t.token);
      if (g == null && t.token != null) {
        // no generated rule (an import, a header): the first cell of the table that holds the name
        int[] at = celluleContenant(locations, path, t.token);
        if (at != null) {
          row = at[0];
          col = at[1];
        }
      }
      String msg = t.message + (g != null ? " (ligne de table « " + g.name + " »)" : "");
      return new RuleProblem(files.display(path), row, col, error ? RuleProblem.Severity.ERROR : RuleProblem.Severity.WARNING, msg);
    }
    if (path.isEmpty() || !files.all().containsKey(path)) {
      return new RuleProblem(files.display(path), line, column, error ? RuleProblem.Severity.ERROR : RuleProblem.Severity.WARNING, t.message);
    }
    String[] lines = files.text(path).split("\n", -1);
    int[] at = null;
    if (t.annotation != null && line < 1) {
      at = annotationEnDouble(lines, t.annotation);
    } else if (column == 0 && t.token != null) {
      at = find(lines, Math.max(line, 1), t.token, line < 1);
    }
    if (at != null) {
      line = at[0];
      column = at[1];
    }
    String msg = t.message;
    if (t.consequence && line >= 1 && line <= lines.length) {
      String name = ruleAt(lines, line);
      if (name != null) msg = "dans la conséquence (then) de la règle « " + name + " » : " + msg;
    }
    return new RuleProblem(files.display(path), line, column, error ? RuleProblem.Severity.ERROR : RuleProblem.Severity.WARNING, msg);
  }

  /** The French message, the name to look for in the source and the rule named by the message. */
  private static final class Translation {
    String message;
    String token;
    /** The annotation a rule declares twice (Drools does not say where). */
    String annotation;
    String rule;
    boolean consequence;

    Translation(String text) {
      Matcher p = PARSER_LINE.matcher(text);
      if (p.find()) {
        rule = p.group(5);
        String detail = p.group(4).strip();
        Matcher m;
        if ((m = NO_VIABLE.matcher(detail)).find()) {
          message = "erreur de syntaxe : « " + m.group(1) + " » inattendu ici";
          token = offending(m.group(1));
        } else if ((m = MISMATCHED.matcher(detail)).find()) {
          message = "erreur de syntaxe : « " + m.group(1) + " » inattendu"
              + (m.group(2) != null ? ", « " + m.group(2).strip().replace("'", "") + " » attendu" : "");
          token = offending(m.group(1));
        } else if ((m = EXTRANEOUS.matcher(detail)).find()) {
          token = offending(m.group(1));
          message = "erreur de syntaxe : « " + m.group(1) + " » en trop"
              + (m.group(2) != null ? ", « " + m.group(2).strip().replace("'", "") + " » attendu" : "");
        } else if ((m = MISSING.matcher(detail)).find()) {
          message = "erreur de syntaxe : « " + m.group(1).replace("'", "") + " » manquant avant « " + m.group(2) + " »";
        } else {
          message = "erreur de syntaxe : " + detail;
        }
        if (rule != null && !rule.isBlank()) message += " (règle « " + rule + " »)";
        return;
      }
      Matcher m;
      if ((m = UNKNOWN_TYPE.matcher(text)).find()) {
        token = m.group(1);
        message = "type inconnu « " + token + " » : vérifiez son orthographe et son import (par exemple import fr.ctg.regles.Evaluation;)";
      } else if ((m = FIELD_READER.matcher(text)).find()) {
        token = m.group(2).strip();
        message = "champ inconnu « " + token + " » (lié à " + m.group(1) + ") : le type du fait n'a pas cette propriété";
      } else if ((m = STRICT_METHOD.matcher(text)).find()) {
        token = m.group(2);
        String type = m.group(1).substring(m.group(1).lastIndexOf('.') + 1);
        message = "champ ou propriété inconnu(e) « " + token + " » du type « " + type + " »";
      } else if ((m = UNKNOWN_FIELD.matcher(text)).find()) {
        token = m.group(1);
        message = "champ ou propriété inconnu(e) « " + token + " » du type « " + m.group(2) + " »";
      } else if ((m = COMPILATION.matcher(text)).find()) {
        consequence = true;
        List<String> parts = new ArrayList<>();
        for (String l : m.group(1).split("\\R")) {
          if (l.isBlank()) continue;
          parts.add(java(l.strip()));
        }
        message = "code Java invalide : " + String.join(" ; ", parts);
      } else if ((m = ANALYSE.matcher(text + "\n")).find()) {
        token = m.group(1).strip();
        message = "expression incompréhensible « " + token + " » : " + firstLine(text.substring(m.end() - 1));
      } else if ((m = UNEXPECTED_EXCEPTION.matcher(text)).find()) {
        // the parser stopped on an internal error (its stack trace follows in the text: left out)
        message = m.group(3).equals("<eof>")
            ? "fin de fichier inattendue : une règle, une parenthèse ou une chaîne n'est pas fermée"
            : "erreur de syntaxe : « " + m.group(3) + " » inattendu ici";
        token = offending(m.group(3));
      } else if ((m = IMPORT.matcher(text)).find()) {
        token = m.group(1);
        message = "import impossible « " + token + " » : classe inconnue (vérifiez son orthographe)";
      } else if ((m = DUPLICATED_ANNOTATION.matcher(text)).find()) {
        annotation = m.group(1);
        message = "annotation @" + annotation + " en double : une règle la déclare deux fois";
      } else {
        message = "erreur de compilation : " + firstLine(text);
      }
    }

    /**
     * The offending input of a syntax error, to find the cell of a decision table it comes from (a DRL
     * file has the column in the message); null when it is no text of the table (end of input).
     */
    private static String offending(String input) {
      String t = input.strip();
      return t.isEmpty() || t.startsWith("<") && t.endsWith(">") ? null : t;
    }

    private String java(String l) {
      Matcher m;
      if ((m = JAVA_METHOD.matcher(l)).find()) {
        if (token == null) token = m.group(1);
        return "méthode inconnue « " + m.group(1) + "(" + m.group(2) + ") » pour le type " + m.group(3);
      } else if ((m = JAVA_VARIABLE.matcher(l)).find()) {
        if (token == null) token = m.group(1);
        return "variable inconnue « " + m.group(1) + " »";
      } else if ((m = JAVA_FIELD.matcher(l)).find()) {
        if (token == null) token = m.group(1);
        return "champ inconnu « " + m.group(1) + " »";
      } else if ((m = JAVA_MISMATCH.matcher(l)).find()) {
        return "types incompatibles : une valeur " + m.group(1) + " ne peut pas devenir " + m.group(2);
      } else if ((m = JAVA_TYPE.matcher(l)).find()) {
        if (token == null) token = m.group(1);
        return "nom inconnu « " + m.group(1) + " » (type non importé ?)";
      } else if (l.startsWith("Syntax error")) {
        return "erreur de syntaxe Java (" + l + ")";
      }
      return l;
    }
  }

  /**
   * A problem for an exception the compiler threw instead of reporting a message. MVEL's
   * {@link CompileException} carries the consequence it was reading and where it stopped: the
   * consequence is looked for in the rule files (the parser hands it over with its {@code '} turned
   * into {@code "}, hence the comparison on that normalised text), and the problem put at the line
   * and column where MVEL stopped, naming the lines of the consequence; when it is not found (a
   * decision table's generated DRL), at the directory without a line. Any other exception: its first
   * line, after a French lead.
   */
  static RuleProblem exception(RuntimeException e, RuleFiles files, RuleVerifier.Locations locations) {
    CompileException mvel = null;
    for (Throwable t = e; t != null && mvel == null; t = t.getCause()) {
      if (t instanceof CompileException) mvel = (CompileException) t;
    }
    if (mvel == null) {
      String texte = String.valueOf(e.getMessage()).strip();
      Matcher table = TABLE.matcher(texte);
      if (table.matches() && files.all().containsKey(table.group(1))) {
        return celluleDeTable(table.group(1), table.group(2), files, locations);
      }
      return RuleProblem.error(files.display(""), 0, 0, "le compilateur de règles a échoué : " + firstLine(texte));
    }
    String raison = firstLine(String.valueOf(mvel.getMessage()));
    boolean chaine = raison.startsWith("unterminated string literal");
    String code = mvel.getExpr() == null ? "" : new String(mvel.getExpr()).stripTrailing();
    if (!code.isEmpty()) {
      for (String chemin : files.rules().keySet()) {
        String texte = files.text(chemin);
        int debut = texte.replace('\'', '"').indexOf(code.replace('\'', '"'));
        if (debut < 0) continue;
        int arret = debut + Math.max(0, Math.min(mvel.getCursor(), code.length() - 1));
        int[] ou = ligneEtColonne(texte, arret);
        String lignes = "lignes " + ligneEtColonne(texte, debut)[0] + " à " + ligneEtColonne(texte, debut + code.length() - 1)[0];
        String message = chaine
            ? "chaîne de caractères non fermée dans la conséquence (" + lignes + ") : un guillemet n'a pas son pendant"
            : "conséquence illisible (" + lignes + ") : " + raison;
        return RuleProblem.error(files.display(chemin), ou[0], ou[1], message);
      }
    }
    return RuleProblem.error(files.display(""), 0, 0,
        chaine ? "chaîne de caractères non fermée dans une conséquence : un guillemet n'a pas son pendant"
            : "conséquence illisible : " + raison);
  }

  /**
   * A decision table the parser refused ({@code [path] message}), at the cell the message names: for
   * a CSV file, the line and column where that cell starts; for a workbook, its row and column
   * (written {@code Feuille!E17} by {@link RuleVerifier.Locations#enCellules}). The common messages
   * are translated.
   */
  private static RuleProblem celluleDeTable(String path, String texte, RuleFiles files, RuleVerifier.Locations locations) {
    String message = firstLine(texte);
    Matcher m;
    if ((m = TABLE_HEADER.matcher(message)).find()) {
      message = "en-tête de colonne inconnu « " + m.group(1) + " » : CONDITION, ACTION ou un attribut (PRIORITY, NAME…) attendu";
    } else if (message.contains("does not have an 'ACTION' or 'CONDITION' column header")) {
      message = "code sans en-tête CONDITION ou ACTION au-dessus de lui";
    } else if ((m = TABLE_BLANK.matcher(message)).find()) {
      message = "contenu inattendu « " + m.group(1) + " » : cette cellule doit rester vide";
    } else if ((m = TABLE_MAX.matcher(message)).find()) {
      message = "une table ne peut avoir qu'au plus " + m.group(2) + " colonne(s) " + m.group(1);
    } else if (message.contains("has an empty column header")) {
      message = "cellule de données sous un en-tête de colonne vide";
    } else {
      message = "table de décision illisible : " + message;
    }
    Matcher cellule = CELL.matcher(texte);
    if (!cellule.find()) return RuleProblem.error(files.display(path), 0, 0, message);
    int colonne = CellReference.convertColStringToIndex(cellule.group(1)) + 1;
    int rang = Integer.parseInt(cellule.group(2));
    List<DecisionTables.CsvRecord> csv = locations.csv.get(path);
    if (csv != null && rang <= csv.size()) {
      DecisionTables.CsvRecord r = csv.get(rang - 1);
      // a CSV file's position is a line and column of text: the cell's name is added; a workbook's is the cell
      boolean csvTexte = path.toLowerCase(Locale.ROOT).endsWith(".csv");
      return RuleProblem.error(files.display(path), r.line, colonne <= r.columns.size() ? r.columns.get(colonne - 1) : 1,
          message + (csvTexte ? " (cellule " + cellule.group(1) + rang + ")" : ""));
    }
    return RuleProblem.error(files.display(path), rang, colonne, message);
  }

  /** {line, column}, from 1, of offset {@code i} of {@code texte}. */
  private static int[] ligneEtColonne(String texte, int i) {
    int ligne = 1;
    for (int k = 0; k < i; k++) if (texte.charAt(k) == '\n') ligne++;
    return new int[] {ligne, i - texte.lastIndexOf('\n', i - 1)};
  }

  private static String firstLine(String s) {
    for (String l : s.split("\\R")) {
      String t = l.strip();
      if (!t.isEmpty()) return t.replaceFirst("^\\[Error: ", "").replaceFirst("\\]$", "");
    }
    return s;
  }

  /**
   * First occurrence of {@code token} as a word from line {@code from} to the end of its rule, or
   * to the end of the file when {@code partout} (the message gave no line): {line, column}.
   */
  private static int[] find(String[] lines, int from, String token, boolean partout) {
    Pattern word = Pattern.compile("(?<![\\w$])" + Pattern.quote(token) + "(?![\\w])");
    for (int i = from - 1; i < lines.length; i++) {
      Matcher m = word.matcher(lines[i]);
      if (m.find()) return new int[] {i + 1, m.start() + 1};
      if (!partout && i >= from && lines[i].strip().equals("end")) break;
    }
    return null;
  }

  /** The second {@code @annotation} of the first rule that declares it twice: {line, column}. */
  private static int[] annotationEnDouble(String[] lines, String annotation) {
    Pattern at = Pattern.compile("@" + Pattern.quote(annotation) + "\\s*\\(");
    boolean vue = false;
    for (int i = 0; i < lines.length; i++) {
      if (RULE_DECL.matcher(lines[i]).find()) vue = false;
      Matcher m = at.matcher(lines[i]);
      if (m.find()) {
        if (vue) return new int[] {i + 1, m.start() + 1};
        vue = true;
      }
    }
    return null;
  }

  private static String ruleAt(String[] lines, int line) {
    for (int i = Math.min(line, lines.length) - 1; i >= 0; i--) {
      Matcher m = RULE_DECL.matcher(lines[i]);
      if (m.find()) return m.group(1);
    }
    return null;
  }

  /** Column (from 1) of the cell of CSV row {@code row} that contains {@code token}; 1 when unknown. */
  /** {line, column} where the first cell of a table that contains {@code token} starts; null if none. */
  private static int[] celluleContenant(RuleVerifier.Locations locations, String path, String token) {
    for (DecisionTables.CsvRecord r : locations.csv.getOrDefault(path, List.of())) {
      int colonne = colonneContenant(r, token);
      if (colonne > 0) return new int[] {r.line, colonne};
    }
    return null;
  }

  /** The column where the first cell of {@code r} that contains {@code token} starts; 0 if none. */
  private static int colonneContenant(DecisionTables.CsvRecord r, String token) {
    for (int i = 0; i < r.cells.size(); i++) {
      if (r.cells.get(i).contains(token)) return r.columns.get(i);
    }
    return 0;
  }

  private static int cellColumn(RuleVerifier.Locations locations, String path, int row, String token) {
    List<DecisionTables.CsvRecord> records = locations.csv.get(path);
    if (records == null || row < 1 || row > records.size()) return 1;
    int colonne = token == null ? 0 : colonneContenant(records.get(row - 1), token);
    return colonne > 0 ? colonne : 1;
  }
}
