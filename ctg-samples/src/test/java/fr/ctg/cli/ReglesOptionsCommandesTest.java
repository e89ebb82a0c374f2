package fr.ctg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code obligations}, {@code check} and {@code bonus} evaluate with an expert's rule directory
 * ({@code --regles}) or parameter overrides ({@code --parametres}): a changed parameter changes a
 * finding, and a broken directory stops the command with exit code 3 and its positioned problems.
 */
class ReglesOptionsCommandesTest {
  static final String CONFORME = "src/main/resources/scenarios/conv/conventions/conforme.ctg.yaml";
  static final String CCT = "src/main/resources/scenarios/cct/conventions/camargue-cct.ctg.yaml";

  @TempDir static Path dir;
  static Path regles;

  /** The bundled rules exported, with three parameters changed (RPE threshold, usual length, indicative cost). */
  @BeforeAll
  static void exporterEtModifier() throws Exception {
    regles = dir.resolve("regles");
    CliRun.run("regles", "exporter", regles.toString()).expect(0);
    remplacer(regles.resolve("parametres/ao/seuils.yaml"), "ao.seuil_rpe:", "valeur: 10000", "valeur: 5000");
    remplacer(regles.resolve("parametres/conv/duree.yaml"), "conv.duree_usuelle_max_annees:", "valeur: 5", "valeur: 4");
    remplacer(regles.resolve("parametres/cct/cout.yaml"), "valeurs:", "valeur: 48000.00", "valeur: 52000.00");
  }

  static void remplacer(Path fichier, String apres, String avant, String nouveau) throws Exception {
    String texte = Files.readString(fichier, StandardCharsets.UTF_8);
    int i = texte.indexOf(apres);
    assertTrue(i >= 0, fichier + " : " + apres);
    String modifie = texte.substring(0, i) + texte.substring(i).replaceFirst(avant, nouveau);
    assertFalse(modifie.equals(texte), fichier + " : " + avant);
    Files.writeString(fichier, modifie, StandardCharsets.UTF_8);
  }

  @Test
  void obligationsAvecUnSeuilRpeAbaisse() {
    // Achicourt (62004, ~8 000 inhabitants): no RPE due at 10 000, due at 5 000
    CliRun loi = CliRun.run("obligations", "--date", "2026-01-01", "--commune", "62004", "--format", "csv").expect(0);
    assertFalse(loi.out.contains("AO-RPE;"), loi.out);
    CliRun expert = CliRun.run("obligations", "--date", "2026-01-01", "--commune", "62004", "--format", "csv",
        "--regles", regles.toString()).expect(0);
    assertTrue(expert.out.contains("AO-RPE;"), expert.out);
    CliRun surcharge = CliRun.run("obligations", "--date", "2026-01-01", "--commune", "62004", "--format", "csv",
        "--parametres", regles.resolve("parametres/ao/seuils.yaml").toString()).expect(0);
    assertTrue(surcharge.out.contains("AO-RPE;"), surcharge.out);
  }

  /** Issue 15: --regles and --parametres together, in any order, the convention after them. */
  @Test
  void reglesDExpertEtParametresEnsemble() throws Exception {
    Path duree = dir.resolve("duree-3.yaml");
    Files.writeString(duree, Files.readString(regles.resolve("parametres/conv/duree.yaml"), StandardCharsets.UTF_8)
        .replace("valeur: 4", "valeur: 3"), StandardCharsets.UTF_8);
    CliRun apres = CliRun.run("check", "--regles", regles.toString(), "--parametres", duree.toString(), CONFORME,
        "--date", "2026-06-30").expect(0);
    assertTrue(apres.out.contains("plus de 3 ans"), apres.out);
    CliRun avant = CliRun.run("check", "--parametres", duree.toString(), "--regles", regles.toString(), CONFORME,
        "--date", "2026-06-30").expect(0);
    assertTrue(avant.out.equals(apres.out), avant.out);
    // two files: the option repeated, or separated by a comma
    Path seuil = dir.resolve("seuil-4000.yaml");
    Files.writeString(seuil, Files.readString(regles.resolve("parametres/ao/seuils.yaml"), StandardCharsets.UTF_8)
        .replace("valeur: 5000", "valeur: 4000"), StandardCharsets.UTF_8);
    CliRun deux = CliRun.run("check", CONFORME, "--date", "2026-06-30", "--regles", regles.toString(),
        "--parametres", seuil + "," + duree).expect(0);
    assertTrue(deux.out.contains("plus de 3 ans"), deux.out);
  }

  /** Issue 15: a value the declared domain excludes stops the command with its position and the domain (code 2). */
  @Test
  void uneValeurHorsDuDomaineDeclareEstRefusee() throws Exception {
    Path negatif = dir.resolve("seuil-negatif.yaml");
    Files.writeString(negatif, Files.readString(regles.resolve("parametres/ao/seuils.yaml"), StandardCharsets.UTF_8)
        .replace("valeur: 5000", "valeur: -1").replace("  domaine: {min: 0, max: 100000000, decimales: 0}\n", ""),
        StandardCharsets.UTF_8);
    for (String[] avecOuSans : new String[][] {{}, {"--regles", regles.toString()}}) {
      java.util.List<String> args = new java.util.ArrayList<>(java.util.List.of("obligations", "--date", "2026-01-01",
          "--commune", "62004", "--parametres", negatif.toString()));
      args.addAll(java.util.List.of(avecOuSans));
      CliRun r = CliRun.run(args.toArray(String[]::new)).expect(2);
      assertTrue(r.err.contains("seuil-negatif.yaml:") && r.err.contains("$['ao.seuil_rpe'].valeurs[0].valeur: valeur « -1 » "
          + "hors du domaine du paramètre « ao.seuil_rpe » : nombre entier de 0 à 100000000 (habitants) attendu"), r.err);
      assertFalse(r.err.contains("\tat "), r.err);
    }
    CliRun v = CliRun.run("valider", negatif.toString()).expect(2);
    assertTrue(v.err.contains("hors du domaine du paramètre « ao.seuil_rpe »"), v.err);
  }

  @Test
  void checkAvecUneDureeUsuelleRaccourcie() {
    CliRun loi = CliRun.run("check", CONFORME, "--date", "2026-06-30").expect(0);
    assertFalse(loi.out.contains("plus de 4 ans"), loi.out);
    CliRun expert = CliRun.run("check", CONFORME, "--date", "2026-06-30", "--regles", regles.toString()).expect(0);
    assertTrue(expert.out.contains("plus de 4 ans"), expert.out);
  }

  @Test
  void bonusAvecUnCoutIndicatifRevu() {
    CliRun loi = CliRun.run("bonus", CCT, "--annee", "2026", "--format", "csv").expect(0);
    assertTrue(ligne(loi.out, "CCT-COUT", "cct-cher").contains("AVERTISSEMENT"), loi.out);
    CliRun expert = CliRun.run("bonus", CCT, "--annee", "2026", "--format", "csv", "--regles", regles.toString()).expect(0);
    assertTrue(ligne(expert.out, "CCT-COUT", "cct-cher").contains("INFO"), expert.out);
  }

  @Test
  void unDossierCasseArreteChaqueCommandeAvecLeCode3() throws Exception {
    Path casse = dir.resolve("casse");
    CliRun.run("regles", "exporter", casse.toString()).expect(0);
    Path drl = casse.resolve("fr/ctg/regles/conv/periode.drl");
    assertTrue(Files.exists(drl), drl.toString());
    Files.writeString(drl, Files.readString(drl, StandardCharsets.UTF_8) + "\nrule \"cassee\"\nwhen\n  $x : \nthen\nend\n",
        StandardCharsets.UTF_8);
    for (String[] args : new String[][] {
        {"obligations", "--date", "2026-01-01", "--commune", "62004", "--regles", casse.toString()},
        {"check", CONFORME, "--date", "2026-06-30", "--regles", casse.toString()},
        {"bonus", CCT, "--annee", "2026", "--regles", casse.toString()}}) {
      CliRun r = CliRun.run(args).expect(3);
      assertTrue(r.err.contains("periode.drl:"), r.err);
      assertTrue(r.err.contains("base de règles invalide"), r.err);
      assertTrue(r.out.isEmpty(), r.out);
    }
  }

  static String ligne(String csv, String regle, String sujet) {
    return csv.lines().filter(l -> l.startsWith(regle + ";") && l.contains(";" + sujet + ";")).findFirst()
        .orElseThrow(() -> new AssertionError(regle + " " + sujet + " absent :\n" + csv));
  }

  @Test
  void unParametreInconnuEnSurchargeEstRefuseAvecLesNomsProches() throws Exception {
    Path f = dir.resolve("faute.yaml");
    Files.writeString(f, """
        schema: ctg-parametres/1

        ao.seuil_shema:
          description: faute de frappe dans le nom
          unite: habitants
          type: NOMBRE
          valeurs:
            - depuis: 2025-01-01
              valeur: 5000
              reference:
                texte: "essai"
        """, StandardCharsets.UTF_8);
    String attendu = f + ":3:1: $['ao.seuil_shema']: paramètre « ao.seuil_shema » inconnu des règles : une surcharge "
        + "remplace un paramètre existant ; vouliez-vous dire « ao.seuil_schema » ?";
    CliRun obligations = CliRun.run("obligations", "--commune", "62119", "--date", "2026-06-30", "--parametres", f.toString())
        .expect(2);
    assertEquals("", obligations.out);
    assertTrue(obligations.err.contains(attendu), obligations.err);
    CliRun diff = CliRun.run("diff", "--reforme", f.toString(), "obligations", "--date", "2026-06-30", "--commune", "62119")
        .expect(2);
    assertTrue(diff.err.contains(attendu), diff.err);
  }
}
