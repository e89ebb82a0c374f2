package fr.ctg.regles.compilateur;

import fr.ctg.regles.RuleFiles;
import fr.ctg.regles.RuleProblem;

import fr.ctg.parametres.Parametre;
import fr.ctg.parametres.Parametres;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which parameters the rules read, found in their text: a parameter name is a dotted lower-case
 * name whose first segment is a rule family ({@code ao.seuil_rpe}, {@code bt.trajectoire.palier_1_taux}),
 * the families being the first segments of the defined parameters, the folders of the rule files
 * and the folders of {@code parametres/}. Comments of DRL files and {@code Notes} rows of tables do not count as a reading.
 * A name read but defined nowhere is an error; a parameter defined but read by no rule is a warning
 * (a family not written yet, a leftover), except those the fact assembly reads itself
 * ({@link #LUS_PAR_L_ASSEMBLAGE}): an exported rule set gets no warning.
 */
final class ParameterReferences {
  /** Parameters read by the Java assembly of the facts rather than by a rule. */
  static final Set<String> LUS_PAR_L_ASSEMBLAGE = Set.of(fr.ctg.regles.ao.TitulaireAO.PARAMETRE_POPULATION_REFERENCE);

  private static final Pattern NAME = Pattern.compile("(?<![\\w.$])([a-z][a-z0-9_]*)((?:\\.[a-z][a-z0-9_]*)+)(?![\\w(])");

  private ParameterReferences() {}

  /** A parameter name read by a rule, and where. */
  static final class Reference {
    final String name;
    final String path;
    final int line;
    final int column;

    Reference(String name, String path, int line, int column) {
      this.name = name;
      this.path = path;
      this.line = line;
      this.column = column;
    }
  }

  static Set<String> families(RuleFiles files, Parametres parametres) {
    Set<String> f = new HashSet<>();
    for (Parametre p : parametres.tous()) f.add(p.nom().substring(0, Math.max(0, p.nom().indexOf('.'))));
    for (String path : files.rules().keySet()) {
      String[] parts = path.split("/");
      if (parts.length >= 2) f.add(parts[parts.length - 2]);
    }
    for (String path : files.parameters().keySet()) {
      String[] parts = path.split("/");
      if (parts.length >= 3) f.add(parts[1]);
    }
    f.remove("");
    return f;
  }

  /** Every parameter name read by the rule files, in file and line order. */
  static List<Reference> references(RuleFiles files, Set<String> families) {
    List<Reference> out = new ArrayList<>();
    files.rules().forEach((path, content) -> {
      for (SourceText.Line l : SourceText.lines(path, content, false)) {
        Matcher m = NAME.matcher(l.text);
        while (m.find()) {
          int column = l.cellColumn > 0 ? l.cellColumn : m.start() + 1;
          if (families.contains(m.group(1))) out.add(new Reference(m.group(), path, l.number, column));
        }
      }
    });
    return out;
  }

  /** Rule file → the parameter names it reads, sorted. */
  static SortedMap<String, java.util.SortedSet<String>> byFile(RuleFiles files, Parametres parametres) {
    SortedMap<String, java.util.SortedSet<String>> out = new TreeMap<>();
    for (Reference r : references(files, families(files, parametres))) {
      out.computeIfAbsent(r.path, k -> new java.util.TreeSet<>()).add(r.name);
    }
    return out;
  }

  /**
   * @param ownParameters whether the parameters come with the rule files (then a parameter no rule
   *     reads is worth a warning); false when a directory without {@code parametres/} borrows the bundled ones
   */
  static List<RuleProblem> check(RuleFiles files, Parametres parametres, boolean ownParameters) {
    List<RuleProblem> out = new ArrayList<>();
    Set<String> families = families(files, parametres);
    Map<String, Reference> lus = new LinkedHashMap<>();
    for (Reference r : references(files, families)) {
      lus.putIfAbsent(r.name, r);
      if (parametres.parametre(r.name).isEmpty()) {
        out.add(RuleProblem.error(files.display(r.path), r.line, r.column, "paramètre « " + r.name
            + " » lu par une règle mais défini dans aucun fichier de parametres/"));
      }
    }
    for (Parametre p : parametres.tous()) {
      if (!ownParameters || lus.containsKey(p.nom()) || LUS_PAR_L_ASSEMBLAGE.contains(p.nom())) continue;
      String[] where = definition(files, p.nom());
      out.add(RuleProblem.warning(where[0], Integer.parseInt(where[1]), 1, "paramètre « " + p.nom()
          + " » défini mais lu par aucune règle (une famille de règles absente ? un reste ?)"));
    }
    return out;
  }

  /** {file, line} where parameter {@code nom} is defined (its key at the start of a line). */
  static String[] definition(RuleFiles files, String nom) {
    for (Map.Entry<String, byte[]> f : files.parameters().entrySet()) {
      String[] lines = files.text(f.getKey()).split("\n", -1);
      for (int i = 0; i < lines.length; i++) {
        String l = lines[i];
        if (l.startsWith(nom + ":") || l.startsWith("\"" + nom + "\"") || l.startsWith("'" + nom + "'")
            || l.strip().startsWith("\"" + nom + "\"")) {
          return new String[] {files.display(f.getKey()), String.valueOf(i + 1)};
        }
      }
    }
    return new String[] {files.display(RuleFiles.PARAMETERS_ROOT), "0"};
  }
}
