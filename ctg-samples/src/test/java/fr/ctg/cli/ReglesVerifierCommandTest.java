package fr.ctg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Broken rule files of each kind give one positioned French message and exit code 3 — and nothing
 * else on stderr, not even the English lines Drools' lexer prints there (LignesAntlr); a misnamed
 * decision table is reported rather than silently ignored.
 */
class ReglesVerifierCommandTest {
  @TempDir Path dir;

  static final String ENTETE = String.join("\n",
      "package fr.ctg.regles.test;",
      "",
      "import fr.ctg.regles.Evaluation;",
      "import fr.ctg.regles.Constats;",
      "",
      "global Constats constats;",
      "",
      "rule \"essai\"",
      "  @id(TEST-ESSAI)",
      "  @titre(\"essai\")",
      "  @fondement(\"CASF art. L.214-1-3\")",
      "  @source(\"004_6fa37c30264637ed.txt L335\")",
      "when",
      "");

  private Path regle(String corps) throws Exception {
    Path f = dir.resolve("fr/ctg/regles/test/regle.drl");
    Files.createDirectories(f.getParent());
    Files.writeString(f, corps, StandardCharsets.UTF_8);
    return f;
  }

  private static List<String> lignes(String s) {
    return s.lines().collect(Collectors.toList());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "erreur de syntaxe        | '  Evaluation($d : date,, )\nthen\nend\n'        | 14:24: erreur de syntaxe : « , » inattendu ici (règle « essai »)",
      "champ inconnu            | '  Evaluation(dateInconnue > 3)\nthen\nend\n'     | 14:14: champ ou propriété inconnu(e) « dateInconnue » du type « Evaluation »",
      "type inconnu             | '  TypeInconnu()\nthen\nend\n'                     | 14:3: type inconnu « TypeInconnu » : vérifiez son orthographe et son import",
      "chaîne non fermée        | '  Evaluation($d : date)\nthen\n  String s = \"a\" + $d + l''EPCI (\" + $d\n * dont l''EPCI\n      \"b\", $d);\nend\n' | 18:15: chaîne de caractères non fermée dans la conséquence (lignes 16 à 18) : un guillemet n'a pas son pendant",
      "variable inconnue        | '  Evaluation($inconnu contains date)\nthen\nend\n' | 14:14: champ ou propriété inconnu(e) « $inconnu » du type « Evaluation »",
      "Java faux en conséquence | '  Evaluation($d : date)\nthen\n  $d.methodeInconnue();\nend\n' | 16:6: dans la conséquence (then) de la règle « essai » : code Java invalide : méthode inconnue « methodeInconnue() » pour le type LocalDate",
      "appel interdit           | '  Evaluation($d : date)\nthen\n  System.exit(1);\nend\n'       | 8:6: règle « essai » : une règle ne doit que décider : java.lang.System.exit refusé dans la conséquence (accès au système",
      "réflexion interdite      | '  Evaluation($d : date)\nthen\n  Class.forName(String.valueOf(1));\nend\n' | 8:6: règle « essai » : une règle ne doit que décider : java.lang.Class.forName refusé dans la conséquence (réflexion)",
  })
  void uneRegleCasseeDonneUnMessagePositionneEtLeCode3(String nature, String corps, String attendu) throws Exception {
    Path f = regle(ENTETE + corps.replace("\\n", "\n"));
    CliRun r = CliRun.run("regles", "verifier", dir.toString()).expect(3);
    List<String> erreurs = lignes(r.err);
    assertEquals(1, erreurs.size(), r.err);
    assertTrue(erreurs.get(0).startsWith(f.toString().replace('\\', '/') + ":" + attendu), nature + " :\n" + r.err);
    assertTrue(r.out.contains("1 erreur(s)"), r.out);
  }

  /** Drools names the annotation but gives no line: the rule that declares it twice is found. */
  @Test
  void uneAnnotationEnDoubleEstSignaleeASaSecondeLigne() throws Exception {
    String source = "  @source(\"004_6fa37c30264637ed.txt L335\")\n";
    Path f = regle(ENTETE.replace(source, source + "  @source(\"autre\")\n") + "  Evaluation()\nthen\nend\n");
    CliRun r = CliRun.run("regles", "verifier", dir.toString()).expect(3);
    assertTrue(r.err.startsWith(f + ":13:3: annotation @source en double : une règle la déclare deux fois"), r.err);
  }

  @Test
  void uneRegleSansFondementEstRefusee() throws Exception {
    Path f = regle(ENTETE.replace("  @fondement(\"CASF art. L.214-1-3\")\n", "") + "  Evaluation()\nthen\nend\n");
    CliRun r = CliRun.run("regles", "verifier", dir.toString()).expect(3);
    assertTrue(r.err.startsWith(f + ":8:6: la règle « essai » n'a pas @fondement"), r.err);
  }

  private static String tableEmbarquee() throws Exception {
    try (InputStream in = ReglesVerifierCommandTest.class.getClassLoader()
        .getResourceAsStream("fr/ctg/regles/ao/obligations-ao.drl.csv")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  /** {@code contenu} as the AO table of the expert's directory. */
  private Path tableAO(String contenu) throws Exception {
    Path f = dir.resolve("fr/ctg/regles/ao/obligations-ao.drl.csv");
    Files.createDirectories(f.getParent());
    Files.writeString(f, contenu, StandardCharsets.UTF_8);
    return f;
  }

  @Test
  void uneTableDeSeuilsTroueeEstRefusee() throws Exception {
    // A two-sided threshold table (the AO table as it was before each obligation was defined once per
    // evaluation): « sous le seuil » becomes population < S, so a population equal to S is covered by
    // no row. The table's other problems (its fact types no longer exist) are reported too.
    String table;
    try (InputStream in = ReglesVerifierCommandTest.class.getResourceAsStream("table-seuils-partition.drl.csv")) {
      table = new String(in.readAllBytes(), StandardCharsets.UTF_8)
          .replaceFirst("(AO-PLANIFICATION sous le seuil[^\\n]*)\"PLANIFICATION, <=\"", "$1\"PLANIFICATION, <\"");
    }
    Path f = tableAO(table);
    CliRun r = CliRun.run("regles", "verifier", dir.toString()).expect(3);
    assertTrue(lignes(r.err).contains(f + ":17:1: trou dans la table de seuils de AO-PLANIFICATION (population face au paramètre "
        + "ao.seuil_planification, de valeur notée S) : aucune ligne ne couvre population = S (entre « AO-PLANIFICATION "
        + "sous le seuil » [< S] et « AO-PLANIFICATION applicable » [> S])"), r.err);
  }

  /**
   * Drools' table parser throws on a malformed table (here a header that is no keyword, so the
   * metadata below it is content where none is allowed): a French problem at the cell it names,
   * line and column of the CSV file — not a stack trace.
   */
  @Test
  void uneTableMalFormeeEstSignaleeASaCellule() throws Exception {
    Path f = tableAO(tableEmbarquee().replaceFirst("NAME,METADATA,", "NAME,ZORGLUB,"));
    CliRun r = CliRun.run("regles", "verifier", dir.toString()).expect(3);
    // the header is read by its first letter (Z: DATE-EXPIRES), which is why the metadata below it is refused
    assertEquals(List.of(f + ":10:6: avertissement : type de colonne « ZORGLUB » : Drools le lit comme DATE-EXPIRES d'après sa "
        + "première lettre ; écrivez DATE-EXPIRES (ou Z) si c'est voulu, sinon un mot-clé de Drools",
        f + ":12:2: contenu inattendu « id($param) » : cette cellule doit rester vide (cellule B12)"), lignes(r.err));
  }

  /**
   * Drools reads a column kind it does not know by its first letter: « Commentaire » becomes a
   * CONDITION without a word. The verifier warns at the cell (a warning: the base still loads).
   */
  @Test
  void unTypeDeColonneLuParSaPremiereLettreEstSignale() throws Exception {
    Path f = tableAO(tableEmbarquee().replaceFirst("METADATA,CONDITION,", "METADATA,Commentaire,"));
    CliRun r = CliRun.run("regles", "verifier", dir.toString()).expect(0);
    assertEquals(List.of(f + ":10:42: avertissement : type de colonne « Commentaire » : Drools le lit comme CONDITION d'après "
        + "sa première lettre ; écrivez CONDITION (ou C) si c'est voulu, sinon un mot-clé de Drools"), lignes(r.err));
    assertTrue(r.out.contains("0 erreur(s), 1 avertissement(s)"), r.out);
  }

  /** An import Drools cannot resolve (it gives no line): at the cell of the table that names it. */
  @Test
  void unImportInconnuDUneTableEstSignaleASaCellule() throws Exception {
    Path f = tableAO(tableEmbarquee().replaceFirst("fr.ctg.regles.Evaluation,", "fr.ctg.regles.Evaluatoin,"));
    CliRun r = CliRun.run("regles", "verifier", dir.toString()).expect(3);
    assertEquals(f + ":2:8: import impossible « fr.ctg.regles.Evaluatoin » : classe inconnue (vérifiez son orthographe)",
        lignes(r.err).get(0), r.err);
  }

  @Test
  void uneTableMalNommeeEstSignaleeAuLieuDEtreIgnoree() throws Exception {
    Path f = dir.resolve("fr/ctg/regles/ao/obligations-ao.csv");
    Files.createDirectories(f.getParent());
    Files.writeString(f, tableEmbarquee(), StandardCharsets.UTF_8);
    CliRun r = CliRun.run("regles", "verifier", dir.toString()).expect(3);
    assertTrue(r.err.contains(f + ":1:1: ce fichier ne sera pas lu : Drools ne reconnaît une table de décision que si "
        + "son nom finit par .drl.csv"), r.err);
    assertTrue(r.err.contains("la base de règles ne contient aucun fichier de règles"), r.err);
  }

  @Test
  void unParametreLuMaisNonDefiniEstUneErreur() throws Exception {
    Path f = regle(ENTETE.replace("import fr.ctg.regles.Constats;", "import fr.ctg.regles.Constats;\nimport fr.ctg.regles.ParametreEnVigueur;")
        + "  ParametreEnVigueur(nom == \"ao.seuil_inexistant\")\nthen\nend\n");
    Files.createDirectories(dir.resolve("parametres/ao"));
    Files.writeString(dir.resolve("parametres/ao/p.yaml"), "schema: ctg-parametres/1\nao.autre:\n  description: d\n  unite: u\n  type: NOMBRE\n  valeurs: []\n");
    CliRun r = CliRun.run("regles", "verifier", dir.toString()).expect(3);
    assertTrue(r.err.contains(f + ":15:30: paramètre « ao.seuil_inexistant » lu par une règle mais défini dans aucun fichier"), r.err);
  }

  @Test
  void unDossierInexistantEstUneErreurDeBase() {
    CliRun r = CliRun.run("regles", "verifier", dir.resolve("absent").toString()).expect(3);
    assertTrue(r.err.contains("dossier de règles introuvable"), r.err);
  }

  @Test
  void lExportRefuseUnDossierNonVideSaufAvecEcraser() throws Exception {
    Files.writeString(dir.resolve("notes.txt"), "à moi");
    CliRun r = CliRun.run("regles", "exporter", dir.toString()).expect(2);
    assertTrue(r.err.contains("n'est pas vide"), r.err);
    CliRun.run("regles", "exporter", dir.toString(), "--ecraser").expect(0);
    assertTrue(Files.exists(dir.resolve("fr/ctg/regles/ao/obligations-ao.drl.csv")));
    assertTrue(Files.exists(dir.resolve("parametres/ao/seuils.yaml")));
    assertEquals("à moi", Files.readString(dir.resolve("notes.txt")));
  }
}
