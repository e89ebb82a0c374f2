package fr.ctg.regles;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A rule file is code: Drools runs the Java of a consequence or a decision-table cell with the
 * rights of the application. An expert's rule decides (reads facts and parameters, records a
 * finding); it never reaches the system, the files, the network, threads or reflection. Each such
 * construct is an error "une règle est du code : …". The patterns are read on the code only
 * (comments and string literals of DRL files are blanked out; a table's {@code Notes} rows are
 * skipped).
 */
final class ForbiddenConstructs {
  private static final Map<Pattern, String> PATTERNS = new java.util.LinkedHashMap<>();

  static {
    put("\\bSystem\\s*\\.", "appel à System (sortie, propriétés, arrêt de la JVM…)");
    put("\\bRuntime\\b", "accès à Runtime (lancement de programmes, arrêt de la JVM)");
    put("\\bProcessBuilder\\b", "lancement de programme (ProcessBuilder)");
    put("\\bClass\\s*\\.\\s*forName\\b", "chargement de classe par réflexion (Class.forName)");
    put("\\bjava\\s*\\.\\s*lang\\s*\\.\\s*reflect\\b", "réflexion (java.lang.reflect)");
    put("\\.\\s*getDeclared\\w*\\s*\\(", "réflexion (getDeclared…)");
    put("\\.\\s*(getMethod|getField|setAccessible)\\s*\\(", "réflexion");
    put("\\bjava\\s*\\.\\s*io\\b", "accès aux fichiers (java.io)");
    put("\\bjava\\s*\\.\\s*nio\\s*\\.\\s*file\\b", "accès aux fichiers (java.nio.file)");
    put("\\bjava\\s*\\.\\s*net\\b", "accès au réseau (java.net)");
    put("\\b(Files|Paths|FileInputStream|FileOutputStream|FileReader|FileWriter|Socket|URL|HttpClient)\\b\\s*[.(]",
        "accès aux fichiers ou au réseau");
    put("\\bThread\\b", "fil d'exécution (Thread)");
    put("\\bExecutors?\\b", "fil d'exécution (Executor)");
  }

  private static void put(String regex, String what) {
    PATTERNS.put(Pattern.compile(regex), what);
  }

  private ForbiddenConstructs() {}

  static List<RuleProblem> check(RuleFiles files) {
    List<RuleProblem> out = new ArrayList<>();
    files.rules().forEach((path, content) -> {
      for (SourceText.Line l : SourceText.lines(path, files.text(path), !path.endsWith(".csv"))) {
        for (Map.Entry<Pattern, String> p : PATTERNS.entrySet()) {
          Matcher m = p.getKey().matcher(l.text);
          if (m.find()) {
            out.add(RuleProblem.error(files.display(path), l.number, m.start() + 1,
                "une règle est du code : " + p.getValue() + " interdit dans une règle, qui ne doit que décider "
                    + "(lire les faits et les paramètres, conclure par constats.…)"));
            break;
          }
        }
      }
    });
    return out;
  }
}
