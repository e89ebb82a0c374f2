package fr.ctg.regles.compilateur;

import fr.ctg.regles.RuleFiles;

import fr.ctg.parametres.Parametres;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where each rule id is written and which parameters it reads, from the text of the rule files:
 * the {@code rule "…"} blocks of DRL files (comments ignored) and the rows of decision tables (their
 * generated rules). A parameter is "read" by a rule when its name appears in the rule's code (see
 * {@link ParameterReferences} for what a parameter name looks like). Used by the rule catalogue.
 */
public final class RuleDefinitions {
  private static final Pattern RULE_DECL = Pattern.compile("^\\s*rule\\s+\"([^\"]+)\"");
  private static final Pattern ID = Pattern.compile("@id\\(\\s*\"?([^)\"]+?)\"?\\s*\\)");
  private static final Pattern NAME = Pattern.compile("(?<![\\w.$])([a-z][a-z0-9_]*)((?:\\.[a-z][a-z0-9_]*)+)(?![\\w(])");

  private final SortedMap<String, SortedSet<String>> lieux = new TreeMap<>();
  private final SortedMap<String, SortedSet<String>> parametres = new TreeMap<>();

  private RuleDefinitions() {}

  /** The definitions of every rule id of {@code files}; {@code parametres} tells the families apart. */
  public static RuleDefinitions of(RuleFiles files, Parametres parametres) {
    RuleDefinitions d = new RuleDefinitions();
    Set<String> families = ParameterReferences.families(files, parametres);
    files.rules().forEach((path, content) -> {
      if (RuleFiles.isDecisionTable(path)) {
        List<DecisionTables.CsvRecord> csv = path.toLowerCase(java.util.Locale.ROOT).endsWith(".csv")
            ? DecisionTables.csv(files.text(path)) : List.of();
        for (DecisionTables.GeneratedRule r : DecisionTables.rules(DecisionTables.drl(path, content))) {
          String text = r.text.toString();
          Matcher id = ID.matcher(text);
          if (!id.find()) continue;
          int line = r.row >= 1 && r.row <= csv.size() ? csv.get(r.row - 1).line : r.row;
          d.add(id.group(1).strip(), path + ":" + line, text, families);
        }
      } else {
        String[] lines = SourceText.mask(files.text(path), false).split("\n", -1);
        String[] raw = files.text(path).split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
          Matcher m = RULE_DECL.matcher(raw[i]);
          if (!m.find()) continue;
          StringBuilder block = new StringBuilder();
          int j = i;
          for (; j < lines.length; j++) {
            block.append(lines[j]).append('\n');
            if (j > i && lines[j].strip().equals("end")) break;
          }
          StringBuilder header = new StringBuilder();
          for (int k = i; k <= Math.min(j, lines.length - 1); k++) header.append(raw[k]).append('\n');
          Matcher id = ID.matcher(header);
          if (id.find()) d.add(id.group(1).strip(), path + ":" + (i + 1), block.toString(), families);
        }
      }
    });
    return d;
  }

  private void add(String id, String lieu, String text, Set<String> families) {
    lieux.computeIfAbsent(id, k -> new TreeSet<>(RuleDefinitions::parLigne)).add(lieu);
    SortedSet<String> lus = parametres.computeIfAbsent(id, k -> new TreeSet<>());
    Matcher m = NAME.matcher(text);
    while (m.find()) if (families.contains(m.group(1))) lus.add(m.group());
  }

  private static int parLigne(String a, String b) {
    int ia = a.lastIndexOf(':');
    int ib = b.lastIndexOf(':');
    int c = a.substring(0, ia).compareTo(b.substring(0, ib));
    return c != 0 ? c : Integer.compare(Integer.parseInt(a.substring(ia + 1)), Integer.parseInt(b.substring(ib + 1)));
  }

  /** {@code path:line} of every rule (or table row) of id {@code id}, by file then line. */
  public List<String> lieux(String id) {
    return new ArrayList<>(lieux.getOrDefault(id, new TreeSet<>()));
  }

  /** The parameter names the rules of id {@code id} read, sorted. */
  public SortedSet<String> parametres(String id) {
    return parametres.getOrDefault(id, new TreeSet<>());
  }

  /** Every rule id found, sorted. */
  public Set<String> ids() {
    return lieux.keySet();
  }

  Map<String, SortedSet<String>> all() {
    return parametres;
  }
}
