package fr.ctg.regles.compilateur;

import fr.ctg.regles.RuleBase;
import fr.ctg.regles.RuleFiles;
import fr.ctg.regles.RuleProblem;
import fr.ctg.regles.Verification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bundled rules pass every check; the threshold checks on their own (the sandbox: fr.ctg.regles.sandbox). */
class RuleVerifierTest {
  @TempDir Path dir;

  @Test
  void lesReglesEmbarqueesPassentToutesLesVerifications() {
    Verification v = RuleVerifier.verify(RuleFiles.bundled());
    assertEquals(List.of(), v.errors());
    assertEquals(RuleBase.bundled().nombre(), v.base().orElseThrow().nombre());
    assertEquals(new java.util.ArrayList<>(RuleBase.bundled().regles()), new java.util.ArrayList<>(v.base().orElseThrow().regles()));
    // Not even a warning: ao.population_reference is read by the fact assembly, which the verifier knows.
    assertEquals(List.of(), v.problems());
  }

  @Test
  void unJeuExporteNAAucunAvertissementMaisUnParametreQueRienNeLitEnA() throws Exception {
    RuleFiles.bundled().export(dir, false);
    assertEquals(List.of(), RuleVerifier.verify(RuleFiles.fromDirectory(dir)).problems());
    Files.writeString(dir.resolve("parametres/ao/oublie.yaml"), """
        schema: ctg-parametres/1

        ao.seuil_oublie:
          description: Un seuil que plus aucune règle ne lit
          unite: habitants
          type: NOMBRE
          domaine: { min: 0, max: 100000000, decimales: 0 }
          valeurs:
            - depuis: 2025-01-01
              valeur: 5000
              reference:
                texte: "essai"
        """, StandardCharsets.UTF_8);
    List<RuleProblem> p = RuleVerifier.verify(RuleFiles.fromDirectory(dir)).problems();
    assertEquals(1, p.size(), p.toString());
    assertTrue(p.get(0).message().contains("paramètre « ao.seuil_oublie » défini mais lu par aucune règle"), p.toString());
    assertTrue(p.get(0).file().endsWith("parametres/ao/oublie.yaml") && p.get(0).line() == 3, p.toString());
  }

  private RuleVerifier.Locations table(String contenu) throws Exception {
    Path f = dir.resolve("fr/ctg/regles/ao/t.drl.csv");
    Files.createDirectories(f.getParent());
    Files.writeString(f, contenu, StandardCharsets.UTF_8);
    return new RuleVerifier.Locations(RuleFiles.fromDirectory(dir));
  }

  private static String embarquee() {
    return RuleFiles.bundled().text("fr/ctg/regles/ao/obligations-ao.drl.csv");
  }

  private List<String> seuils(String contenu) throws Exception {
    RuleFiles files = RuleFiles.fromDirectory(dir);
    return ThresholdCheck.check(files, table(contenu)).stream().map(RuleProblem::message).collect(Collectors.toList());
  }

  @Test
  void laTableEmbarqueePartitionneLesEntiers() throws Exception {
    assertEquals(List.of(), seuils(embarquee()));
  }

  /**
   * A table whose rows split the integers around one threshold parameter (the AO table before the
   * obligations were defined once per evaluation, when each row compared the population itself):
   * the check must accept it whole, and find each gap and overlap made in it.
   */
  private static String partition() throws Exception {
    try (var in = RuleVerifierTest.class.getResourceAsStream("/fr/ctg/regles/verification/table-seuils-partition.drl.csv")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void uneTableQuiPartitionneLesEntiersEstAcceptee() throws Exception {
    assertEquals(List.of(), seuils(partition()));
  }

  @Test
  void unTrouEtUnChevauchementSontTrouves() throws Exception {
    String trou = partition().replaceFirst("(AO-SCHEMA sous le seuil[^\\n]*)\"PLANIFICATION, <=\"", "$1\"PLANIFICATION, <\"");
    List<String> m = seuils(trou);
    assertEquals(1, m.size(), m.toString());
    assertTrue(m.get(0).startsWith("trou dans la table de seuils de AO-SCHEMA (population face au paramètre ao.seuil_schema"), m.get(0));
    assertTrue(m.get(0).contains("aucune ligne ne couvre population = S"), m.get(0));

    String chevauchement = partition().replaceFirst("(AO-QUALITE applicable[^\\n]*)\"QUALITE, >\"", "$1\"QUALITE, >=\"");
    m = seuils(chevauchement);
    assertEquals(1, m.size(), m.toString());
    assertTrue(m.get(0).startsWith("chevauchement dans la table de seuils de AO-QUALITE"), m.get(0));
    assertTrue(m.get(0).endsWith("s'appliquent tous deux à population = S"), m.get(0));

    // < S and == S cover everything up to S: the populations above S are left out.
    String hautNonCouvert = partition().replaceFirst("(AO-RPE sous le seuil[^\\n]*)\"QUALITE, <=\"", "$1\"QUALITE, <\"")
        .replaceFirst("(AO-RPE applicable[^\\n]*)\"QUALITE, >\"", "$1\"QUALITE, ==\"");
    m = seuils(hautNonCouvert);
    assertEquals(1, m.size(), m.toString());
    assertTrue(m.get(0).endsWith("aucune ligne ne couvre population > S"), m.toString());
  }

  /** A rule that compares holders would see only its batch: the verifier refuses it, positioned. */
  @Test
  void uneRegleQuiRegardePlusieursTitulairesEstRefusee() throws Exception {
    Path f = dir.resolve("fr/ctg/regles/ao/comparaison.drl");
    Files.createDirectories(f.getParent());
    String meta = "  @id(AO-X) @titre(\"t\") @fondement(\"f\") @source(\"s\")\n";
    Files.writeString(f, String.join("\n",
        "package fr.ctg.regles.ao;",
        "rule \"un seul titulaire\"", meta + "when",
        "  $t : TitulaireAO($id : id)",
        "  not CouvertureRpe(titulaire == $id)",
        "then end",
        "rule \"deux titulaires\"", meta + "when",
        "  $a : TitulaireAO()",
        "  $b : TitulaireAO(population > $a.population)",
        "then end",
        "rule \"le plus peuplé\"", meta + "when",
        "  $a : TitulaireAO()",
        "  not TitulaireAO(population > $a.population)",
        "then end",
        "rule \"combien\"", meta + "when",
        "  $n : Number() from accumulate(TitulaireAO(), count())",
        "then end"), StandardCharsets.UTF_8);
    Verification v = RuleVerifier.verify(RuleFiles.fromDirectory(dir));
    List<String> m = v.errors().stream().map(RuleProblem::toString).collect(Collectors.toList());
    assertEquals(3, m.size(), m.toString());
    assertTrue(m.get(0).contains("comparaison.drl:8:6: la règle « deux titulaires » joint 2 titulaires AO : une règle juge un titulaire à la fois"), m.get(0));
    assertTrue(m.get(1).contains("comparaison.drl:14:6: la règle « le plus peuplé » lit les titulaires AO sous not, exists"), m.get(1));
    assertTrue(m.get(2).contains("comparaison.drl:20:6: la règle « combien » lit les titulaires AO sous not"), m.get(2));
  }
}
