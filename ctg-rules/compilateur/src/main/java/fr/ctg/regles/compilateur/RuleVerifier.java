package fr.ctg.regles.compilateur;

import fr.ctg.regles.Garde;
import fr.ctg.regles.RegleInfo;
import fr.ctg.regles.RuleBase;
import fr.ctg.regles.RuleFiles;
import fr.ctg.regles.RuleProblem;
import fr.ctg.regles.Verification;

import fr.ctg.document.DocumentError;
import fr.ctg.document.DocumentReader;
import fr.ctg.document.InvalidDocumentException;
import fr.ctg.parametres.Parametres;
import fr.ctg.textes.RecueilTextes;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;

/**
 * Compiles a set of rule files with Drools' classic compiler (which reports file and line) and runs
 * the static checks an expert's directory needs before it may serve:
 * <ul>
 *   <li>compilation errors, translated into French, positioned at the file, line and column (the
 *       column is read from the message, e.g. {@code [ERR 102] Line 8:48}, or found by looking for
 *       the offending name on the line); for a decision table, at the row of the table;</li>
 *   <li>a rule base with no rule;</li>
 *   <li>a rule without {@code @id}, {@code @titre}, {@code @fondement} or {@code @source}; two rules
 *       sharing an {@code @id} with different metadata;</li>
 *   <li>a {@code .csv}/{@code .xls}/{@code .xlsx} file whose name Drools ignores (not {@code *.drl.csv}, ...);</li>
 *   <li>threshold tables that do not partition the integers (see {@link ThresholdCheck});</li>
 *   <li>a table column whose kind Drools reads by its first letter only (see {@link EnTetesDeTable});</li>
 *   <li>parameters read by a rule but defined nowhere (error), defined but read by no rule (warning);</li>
 *   <li>the sandbox: every type and member a rule names, resolved by the compiler, must be on the
 *       allow-list of {@link fr.ctg.regles.sandbox.BacASable} (a rule only decides);</li>
 *   <li>rules that look at several AO holders at once, which batch evaluation forbids (see
 *       {@link HolderIsolationCheck}).</li>
 * </ul>
 * Stateless and thread-safe.
 */
public final class RuleVerifier {
  private static final AtomicLong BUILDS = new AtomicLong();
  private static final Pattern RULE_DECL = Pattern.compile("^\\s*rule\\s+\"([^\"]+)\"");
  private static final Pattern DECLARE_DECL = Pattern.compile("^\\s*declare\\s+(?:trait\\s+)?([\\w.]+)");
  private static final Pattern FUNCTION_DECL = Pattern.compile("^\\s*function\\s+[\\w.<>\\[\\], ]+?\\s+(\\w+)\\s*\\(");

  private RuleVerifier() {}

  /** Compiles and checks {@code files}; the rule base is in the result iff there is no error. */
  public static Verification verify(RuleFiles files) {
    List<RuleProblem> problems = new ArrayList<>();
    Locations locations = new Locations(files);

    // Decision tables whose name Drools would not recognise.
    for (String path : files.all().keySet()) {
      if (RuleFiles.isIgnoredTable(path)) {
        problems.add(RuleProblem.error(files.display(path), 1, 1,
            "ce fichier ne sera pas lu : Drools ne reconnaît une table de décision que si son nom finit par "
                + ".drl.csv, .drl.xls ou .drl.xlsx (renommez-le, par exemple en « " + suggestName(path) + " »)"));
      }
    }

    // The same table in two formats (x.drl.csv and x.drl.xlsx, an export over an export): Drools
    // would load both, and every rule twice.
    for (String path : files.rules().keySet()) {
      String lower = path.toLowerCase(java.util.Locale.ROOT);
      if (!lower.endsWith(".drl.xlsx") && !lower.endsWith(".drl.xls")) continue;
      String csv = path.substring(0, path.lastIndexOf(".drl.") + 5) + "csv";
      if (files.rules().containsKey(csv)) {
        problems.add(RuleProblem.error(files.display(path), 0, 0, "la même table existe aussi en CSV (" + csv
            + ") : Drools chargerait les deux, et chaque règle deux fois ; gardez-en une seule"));
      }
    }

    // Parameters: those of parametres/, or the bundled ones when the directory has none.
    Parametres parametres = null;
    Map<String, byte[]> parameterFiles = new LinkedHashMap<>();
    files.parameters().forEach((k, v) -> parameterFiles.put(files.display(k), v));
    if (parameterFiles.isEmpty()) {
      parametres = DocumentReader.bundledParametres();
    } else {
      try {
        // an expert's parameter that replaces a bundled one keeps its declared type and domain
        parametres = DocumentReader.readParametres(parameterFiles, DocumentReader.bundledParametres());
      } catch (InvalidDocumentException e) {
        for (DocumentError d : e.errors()) {
          problems.add(RuleProblem.error(d.file(), d.line(), d.column(), d.pointer() + " : " + d.message()));
        }
      }
    }

    // Scope of the texts: those of textes/, or the bundled ones when the directory has none.
    RecueilTextes textes = null;
    Map<String, byte[]> textesFiles = new LinkedHashMap<>();
    files.textes().forEach((k, v) -> textesFiles.put(files.display(k), v));
    if (textesFiles.isEmpty()) {
      textes = RuleBase.textesEmbarques();
    } else {
      try {
        textes = DocumentReader.readTextes(textesFiles);
      } catch (InvalidDocumentException e) {
        for (DocumentError d : e.errors()) {
          problems.add(RuleProblem.error(d.file(), d.line(), d.column(), d.pointer() + " : " + d.message()));
        }
      }
    }

    // Text checks: parameter references, threshold tables.
    if (parametres != null) {
      problems.addAll(ParameterReferences.check(files, parametres, !parameterFiles.isEmpty()));
    }
    problems.addAll(ThresholdCheck.check(files, locations));
    problems.addAll(EnTetesDeTable.check(files, locations));

    // Spreadsheets: an unreadable workbook stops here (the compiler would not say where); a table on
    // a sheet other than the first is ignored by Drools, without a word.
    locations.illisibles.forEach((path, raison) -> problems.add(RuleProblem.error(files.display(path), 0, 0, raison)));
    locations.feuilles.forEach((path, f) -> {
      for (String cellule : f.tablesIgnorees) {
        problems.add(RuleProblem.enCellule(files.display(path), 0, 0, RuleProblem.Severity.WARNING,
            "table ignorée : Drools ne lit que la première feuille d'un classeur (« " + f.nom + " ») ; déplacez "
                + "cette table dans la première feuille, ou dans un autre fichier .drl.xlsx", cellule));
      }
    });

    // Compilation.
    KieBase kieBase = locations.illisibles.isEmpty() ? compile(files, locations, problems) : null;
    if (kieBase != null) {
      problems.addAll(sandbox(kieBase, locations));
      problems.addAll(checkMetadata(kieBase, files, locations));
      problems.addAll(HolderIsolationCheck.check(kieBase, locations));
    }
    List<RuleProblem> positionnes = locations.enCellules(problems);
    Collections.sort(positionnes);
    boolean errors = positionnes.stream().anyMatch(RuleProblem::isError);
    RuleBase base = null;
    if (!errors && kieBase != null && textes != null) {
      // Only now, once the sandbox has accepted the code as written: every loop, call and exception
      // handler of the rules' code checks the evaluation's deadline (Garde).
      fr.ctg.regles.sandbox.Bornage.instrumenter(kieBase);
      base = RuleBase.compilee(kieBase, files.fingerprint(), files.origin(), parametres, textes,
          locations.emplacements(locations.byName), locations.emplacements(locations.functions));
    }
    return Verification.of(positionnes, Optional.ofNullable(base));
  }

  private static String suggestName(String path) {
    String name = path.substring(path.lastIndexOf('/') + 1);
    int dot = name.lastIndexOf('.');
    return name.substring(0, dot) + ".drl" + name.substring(dot);
  }

  // ---------------------------------------------------------------- compilation

  private static KieBase compile(RuleFiles files, Locations locations, List<RuleProblem> problems) {
    SortedMap<String, byte[]> rules = files.rules();
    if (rules.isEmpty()) {
      problems.add(RuleProblem.error(files.display(""), 0, 0,
          "la base de règles ne contient aucun fichier de règles (.drl, .drl.csv, .drl.xlsx)"));
      return null;
    }
    KieServices ks = KieServices.Factory.get();
    ReleaseId id = ks.newReleaseId("fr.ctg.expert", "regles-" + BUILDS.incrementAndGet(), "1.0.0");
    KieFileSystem kfs = ks.newKieFileSystem();
    kfs.generateAndWritePomXML(id);
    rules.forEach((path, content) -> kfs.write("src/main/resources/" + path, content));
    KieBuilder builder = ks.newKieBuilder(kfs);
    try {
      try {
        builder.buildAll(org.drools.compiler.kie.builder.impl.DrlProject.class);
      } catch (RuntimeException e) {
        // most errors come back as messages, some are thrown (MVEL's on a consequence it cannot
        // read, e.g. a string left open; a decision table's malformed header): a positioned
        // problem too, never a stack trace
        problems.add(Diagnostics.exception(e, files, locations));
        return null;
      }
      boolean errors = false;
      for (Message m : builder.getResults().getMessages()) {
        RuleProblem p = Diagnostics.translate(m, files, locations);
        if (p == null) continue;
        problems.add(p);
        errors |= p.isError();
      }
      if (errors || builder.getResults().hasMessages(Message.Level.ERROR)) {
        return null;
      }
      KieBase base = ks.newKieContainer(id).getKieBase();
      int n = 0;
      for (KiePackage p : base.getKiePackages()) n += p.getRules().size();
      if (n == 0) {
        problems.add(RuleProblem.error(files.display(""), 0, 0,
            "la base de règles ne contient aucune règle (un fichier de table de décision mal nommé est ignoré sans message par Drools)"));
        return null;
      }
      return base;
    } finally {
      ks.getRepository().removeKieModule(id);
    }
  }

  // ---------------------------------------------------------------- sandbox

  /** The refusals of the sandbox, at the rule's file and line (the DRL line of the consequence when known). */
  private static List<RuleProblem> sandbox(KieBase base, Locations locations) {
    List<RuleProblem> problems = new ArrayList<>();
    for (fr.ctg.regles.sandbox.BacASable.Refus r : fr.ctg.regles.sandbox.BacASable.controler(base)) {
      Location at = r.regle() != null ? locations.of(r.regle())
          : r.fonction() != null ? locations.ofFunction(r.fonction())
          : r.declaration() != null ? locations.ofDeclaration(r.declaration()) : locations.of("");
      boolean table = at.file.toLowerCase(java.util.Locale.ROOT).matches(".*\\.drl\\.(csv|xls|xlsx)$");
      int line = r.ligne() > 0 && !table ? r.ligne() : at.line;
      String ou = r.regle() != null ? "règle « " + r.regle() + " » : "
          : r.fonction() != null ? "fonction « " + r.fonction() + " » : " : "";
      problems.add(RuleProblem.error(at.file, line, line == at.line ? at.column : 1, ou + r.message()));
    }
    return problems;
  }

  // ---------------------------------------------------------------- metadata

  private static List<RuleProblem> checkMetadata(KieBase base, RuleFiles files, Locations locations) {
    List<RuleProblem> problems = new ArrayList<>();
    Map<String, RegleInfo> parId = new HashMap<>();
    Map<String, String> premiere = new HashMap<>();
    List<Rule> rules = new ArrayList<>();
    for (KiePackage p : base.getKiePackages()) rules.addAll(p.getRules());
    rules.sort((a, b) -> locations.of(a.getName()).compareTo(locations.of(b.getName())));
    for (Rule r : rules) {
      Location at = locations.of(r.getName());
      Map<String, Object> md = r.getMetaData();
      List<String> manquantes = new ArrayList<>();
      for (String cle : List.of("id", "titre", "fondement", "source")) {
        Object v = md.get(cle);
        if (v == null || RegleInfo.texte(v).isBlank()) manquantes.add("@" + cle);
      }
      if (!manquantes.isEmpty()) {
        problems.add(RuleProblem.error(at.file, at.line, at.column, "la règle « " + r.getName() + " » n'a pas "
            + String.join(", ", manquantes) + " : chaque règle dit ce qu'elle décide (@titre), sur quel texte "
            + "(@fondement) et d'où vient ce texte (@source)"));
        continue;
      }
      RegleInfo info = RegleInfo.de(r);
      RegleInfo deja = parId.putIfAbsent(info.id(), info);
      if (deja == null) {
        premiere.put(info.id(), r.getName());
      } else if (!deja.equals(info)) {
        Location autre = locations.of(premiere.get(info.id()));
        problems.add(RuleProblem.error(at.file, at.line, at.column, "@id " + info.id() + " déjà utilisé par la règle « "
            + premiere.get(info.id()) + " » (" + autre.file + ":" + autre.line + ") avec d'autres @titre/@fondement/@url/@source : "
            + "les règles d'un même id doivent déclarer les mêmes métadonnées"));
      }
    }
    return problems;
  }

  // ---------------------------------------------------------------- where each rule is written

  /** A position in a rule file. */
  static final class Location implements Comparable<Location> {
    final String file;
    final int line;
    final int column;

    Location(String file, int line, int column) {
      this.file = file;
      this.line = line;
      this.column = column;
    }

    @Override
    public int compareTo(Location o) {
      int c = file.compareTo(o.file);
      return c != 0 ? c : Integer.compare(line, o.line);
    }
  }

  /**
   * Where each rule is declared: the {@code rule "..."} line of a DRL file, the row of a decision
   * table; plus, for tables, the generated DRL (to map a compiler line back to its row).
   */
  static final class Locations {
    private final RuleFiles files;
    private final Map<String, Location> byName = new HashMap<>();
    private final Map<String, Location> functions = new HashMap<>();
    private final Map<String, Location> declarations = new HashMap<>();
    final Map<String, List<DecisionTables.GeneratedRule>> generated = new TreeMap<>();
    /** The rows of each table, by path: CSV records, or the rows of a workbook's first sheet. */
    final Map<String, List<DecisionTables.CsvRecord>> csv = new TreeMap<>();
    /** The sheet Drools reads of each spreadsheet table, by path. */
    final Map<String, DecisionTables.Feuille> feuilles = new TreeMap<>();
    /** Spreadsheet tables that are no readable workbook, by path: why. */
    final Map<String, String> illisibles = new TreeMap<>();

    Locations(RuleFiles files) {
      this.files = files;
      files.rules().forEach((path, content) -> {
        if (RuleFiles.isDecisionTable(path)) {
          if (path.toLowerCase(java.util.Locale.ROOT).endsWith(".csv")) {
            csv.put(path, DecisionTables.csv(files.text(path)));
          } else {
            try {
              DecisionTables.Feuille f = DecisionTables.feuille(content);
              if (f.nom.isEmpty()) throw new IllegalArgumentException("classeur sans feuille : la table doit être sur la première feuille");
              feuilles.put(path, f);
              csv.put(path, f.lignes);
            } catch (IllegalArgumentException e) {
              illisibles.put(path, e.getMessage());
              return;
            }
          }
          try {
            List<DecisionTables.GeneratedRule> g = DecisionTables.rules(DecisionTables.drl(path, content));
            generated.put(path, g);
            for (DecisionTables.GeneratedRule r : g) byName.putIfAbsent(r.name, new Location(files.display(path), row(path, r.row), 1));
          } catch (RuntimeException e) {
            // unreadable table: the compiler reports it
          }
        } else {
          String[] lines = files.text(path).split("\n", -1);
          for (int i = 0; i < lines.length; i++) {
            Matcher m = RULE_DECL.matcher(lines[i]);
            if (m.find()) byName.putIfAbsent(m.group(1), new Location(files.display(path), i + 1, m.start(1)));
            Matcher f = FUNCTION_DECL.matcher(lines[i]);
            if (f.find()) functions.putIfAbsent(f.group(1), new Location(files.display(path), i + 1, f.start(1) + 1));
            Matcher d = DECLARE_DECL.matcher(lines[i]);
            if (d.find()) declarations.putIfAbsent(d.group(1), new Location(files.display(path), i + 1, d.start(1) + 1));
          }
        }
      });
    }

    /** The line where row {@code row} (from 1) of a table starts. */
    int row(String path, int row) {
      List<DecisionTables.CsvRecord> records = csv.get(path);
      if (records != null && row >= 1 && row <= records.size()) return records.get(row - 1).line;
      return row;
    }

    /**
     * {@code problems}, those at a row of a spreadsheet table positioned at their cell
     * ({@code Feuille!C7}: the row, and the column, 1 when unknown).
     */
    List<RuleProblem> enCellules(List<RuleProblem> problems) {
      Map<String, DecisionTables.Feuille> parFichier = new HashMap<>();
      feuilles.forEach((path, f) -> parFichier.put(files.display(path), f));
      List<RuleProblem> out = new ArrayList<>(problems.size());
      for (RuleProblem p : problems) {
        DecisionTables.Feuille f = parFichier.get(p.file());
        if (f == null || p.cellule().isPresent() || p.line() < 1) {
          out.add(p);
        } else {
          int colonne = Math.max(1, p.column());
          out.add(RuleProblem.enCellule(p.file(), p.line(), colonne, p.severity(), p.message(), f.cellule(p.line(), colonne)));
        }
      }
      return out;
    }

    Location ofDeclaration(String type) {
      String simple = type.substring(type.lastIndexOf('.') + 1);
      Location l = declarations.get(type);
      return l != null ? l : declarations.getOrDefault(simple, new Location(files.display(""), 0, 0));
    }

    Location ofFunction(String name) {
      return functions.getOrDefault(name, new Location(files.display(""), 0, 0));
    }

    Location of(String ruleName) {
      return byName.getOrDefault(ruleName, new Location(files.display(""), 0, 0));
    }

    /** The generated rule of table {@code path} that contains generated-DRL line {@code line}. */
    DecisionTables.GeneratedRule atGeneratedLine(String path, int line) {
      for (DecisionTables.GeneratedRule r : generated.getOrDefault(path, List.of())) {
        if (line >= r.firstLine && line <= r.lastLine) return r;
      }
      return null;
    }

    Set<String> names() {
      return new TreeSet<>(byName.keySet());
    }

    /** {@code fichier:ligne} of each name of {@code parNom} ({@code fichier:Feuille!A7} in a spreadsheet). */
    Map<String, String> emplacements(Map<String, Location> parNom) {
      Map<String, DecisionTables.Feuille> parFichier = new HashMap<>();
      feuilles.forEach((path, f) -> parFichier.put(files.display(path), f));
      Map<String, String> out = new HashMap<>();
      parNom.forEach((nom, l) -> {
        DecisionTables.Feuille f = parFichier.get(l.file);
        out.put(nom, l.file + ":" + (f != null && l.line >= 1 ? f.cellule(l.line, 1) : String.valueOf(l.line)));
      });
      return out;
    }
  }
}
