package fr.ctg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.ctg.regles.RuleFiles;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The command as a person meets it: help, errors and version in French, suggestions for a typo,
 * the completion script in a real bash, the status filter, the standard input, several conventions.
 */
class CommandeEnFrancaisTest {
  static final String CABBALR_2021 = "src/main/resources/conventions/cabbalr-2021-2025.ctg.yaml";
  static final String CABBALR = CheckCommandTest.CABBALR;
  static final String HENIN = CheckCommandTest.HENIN;

  /** What picocli writes in English when nobody translated it. */
  static final List<String> ANGLAIS = List.of("Usage:", "Commands:", "Options:", "Positional parameters", "Default:",
      "Show this help", "Print version", "Display help", "[COMMAND]", "Unknown option", "Unknown subcommand",
      "Missing required", "Unmatched argument", "Invalid value", "Did you mean", "Possible solutions", "expected one of",
      "is not an int", "should be specified only once", "Exit Codes");

  static void sansAnglais(String texte) {
    for (String a : ANGLAIS) assertFalse(texte.contains(a), () -> "« " + a + " » en anglais dans :\n" + texte);
  }

  /** Every command path of ctg: {@code [check]}, {@code [regles, exporter]}… */
  static List<List<String>> commandes(CommandLine cl, List<String> chemin) {
    List<List<String>> l = new ArrayList<>();
    l.add(chemin);
    cl.getSubcommands().forEach((nom, sous) -> {
      List<String> c = new ArrayList<>(chemin);
      c.add(nom);
      if (!sous.getCommandSpec().helpCommand()) l.addAll(commandes(sous, c));
      else l.add(c);
    });
    return l;
  }

  @Test
  void lAideDeChaqueCommandeEstEnFrancais() {
    CliRun racine = CliRun.run("--help").expect(0);
    assertTrue(racine.out.startsWith("Utilisation : ctg [-hV] [COMMANDE]\n"), racine.out);
    assertTrue(racine.out.contains("\nOptions :\n  -h, --help      Affiche cette aide et termine."), racine.out);
    assertTrue(racine.out.contains("\nCommandes :\n  help         Affiche l'aide d'une commande."), racine.out);
    assertTrue(racine.out.contains("  completion   Écrit le script de complétion"), racine.out);
    // the exit codes, as docs/cli.md lists them
    assertTrue(racine.out.contains("\nCodes de sortie :\n  0   terminé\n"), racine.out);
    assertTrue(racine.out.contains("  4   évaluation arrêtée"), racine.out);
    List<List<String>> chemins = commandes(Ctg.ligneDeCommande(null), List.of());
    assertTrue(chemins.size() > 15, chemins::toString);
    for (List<String> chemin : chemins) {
      List<String> args = new ArrayList<>(chemin);
      // picocli checks diff's required --reforme before it reaches « obligations --help »
      if (chemin.size() > 1 && chemin.get(0).equals("diff")) args.addAll(1, List.of("--reforme", "r.yaml"));
      args.add("--help");
      CliRun aide = CliRun.run(args.toArray(String[]::new)).expect(0);
      assertTrue(aide.out.contains("Utilisation : ctg" + (chemin.isEmpty() ? "" : " " + String.join(" ", chemin)) + " "),
          aide.out);
      sansAnglais(aide.out);
    }
    CliRun check = CliRun.run("check", "--help").expect(0);
    assertTrue(check.out.contains("\nParamètres :\n      CONVENTION..."), check.out);
    assertTrue(check.out.contains("\nCodes de sortie :\n"), check.out);
    assertTrue(check.out.contains("--statut=STATUT[,STATUT...]"), check.out);
    CliRun aide = CliRun.run("help", "check").expect(0);
    assertEquals(check.out, aide.out);
  }

  @Test
  void lesErreursDUsageSontEnFrancaisAvecLaCommandeLaPlusProche() {
    CliRun r = CliRun.run("chek", CABBALR).expect(2);
    assertEquals("ctg : commande inconnue « chek » ; vouliez-vous dire « check » ou « help » ?\nVoir : ctg --help\n", r.err);
    r = CliRun.run("check", CABBALR, "--frmat", "json").expect(2);
    assertTrue(r.err.startsWith("ctg : option inconnue « --frmat » ; vouliez-vous dire « --format » ?\nVoir : ctg check --help\n"), r.err);
    r = CliRun.run("regles", "exportr").expect(2);
    assertEquals("ctg : commande inconnue « exportr » ; vouliez-vous dire « exporter » ?\nVoir : ctg regles --help\n", r.err);
    r = CliRun.run("obligations", "--epci", "246200299").expect(2);
    assertEquals("ctg : option obligatoire absente : --date AAAA-MM-JJ\nVoir : ctg obligations --help\n", r.err);
    r = CliRun.run("bonus", CABBALR, "--annee", "deux-mille").expect(2);
    assertEquals("ctg : valeur invalide pour l'option « --annee » : « deux-mille » n'est pas un nombre entier\n"
        + "Voir : ctg bonus --help\n", r.err);
    r = CliRun.run("regles", "exporter").expect(2);
    assertEquals("ctg : paramètre obligatoire absent : DOSSIER\nVoir : ctg regles exporter --help\n", r.err);
    r = CliRun.run("obligations", "--epci", "246200299", "--date").expect(2);
    assertTrue(r.err.startsWith("ctg : valeur attendue après l'option « --date »\n"), r.err);
    r = CliRun.run("check", CABBALR, "--date", "2026-01-01", "--date", "2026-02-01").expect(2);
    assertTrue(r.err.startsWith("ctg : l'option « --date » est donnée plus d'une fois\n"), r.err);
    r = CliRun.run("help", "chek").expect(2);
    assertTrue(r.err.startsWith("ctg : commande inconnue « chek » ; vouliez-vous dire « check »"), r.err);
    // no doubled program name (« Voir : ctg ctg --help » before)
    r = CliRun.run().expect(2);
    assertTrue(r.err.startsWith("ctg : indiquez une commande : help, completion, territoire, valider, obligations, bonus, check"), r.err);
    assertTrue(r.err.endsWith("\nVoir : ctg --help\n"), r.err);
    r = CliRun.run("diff", "--reforme", "x.yaml", "obligations", "--epci", "246200299").expect(2);
    assertTrue(r.err.endsWith("Voir : ctg diff obligations --help\n"), r.err);
    for (String[] args : List.of(new String[] {"chek"}, new String[] {"check", "--frmat", "x"}, new String[] {"obligations"},
        new String[] {"bonus", CABBALR, "--annee", "x"}, new String[] {"check", CABBALR, "--statut", "FAUX"},
        new String[] {"check", "--date", "2026-01-01", "--date", "2026-01-02", CABBALR}, new String[] {"help", "x"})) {
      CliRun e = CliRun.run(args).expect(2);
      sansAnglais(e.err);
      assertTrue(e.err.startsWith("ctg : "), e.err);
    }
  }

  /**
   * A command line naming a command builds that command alone (a tenth of a second less at each
   * start); help, completion and a misspelt name still see every command.
   */
  @Test
  void uneCommandeNommeeEstLaSeuleConstruite() {
    assertEquals(List.of("obligations"), List.copyOf(Ctg.ligneDeCommande("obligations").getSubcommands().keySet()));
    assertEquals(List.of("help", "completion", "territoire", "valider", "obligations", "bonus", "check", "regles", "diff",
        "serve"), List.copyOf(Ctg.ligneDeCommande(null).getSubcommands().keySet()));
    CliRun faute = CliRun.run("obligatons", "--france").expect(2);
    assertTrue(faute.err.contains("obligations"), faute.err);
    CliRun aide = CliRun.run("help", "obligations").expect(0);
    assertTrue(aide.out.startsWith("Utilisation : ctg obligations "), aide.out);
  }

  @Test
  void laVersionDonneLeProjetLesReglesEtLeRegistre() {
    CliRun r = CliRun.run("--version").expect(0);
    String[] lignes = r.out.split("\n");
    assertTrue(lignes[0].matches("ctg \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?"), lignes[0]);
    assertEquals("règles embarquées : " + RuleFiles.bundled().fingerprint()
        + " (empreinte des fichiers de règles et de paramètres, champ regles.empreinte des rapports)", lignes[1]);
    assertTrue(r.out.contains("  registre 2021 (@etalab/decoupage-administratif 1.1.1), populations millésime 2018\n"), r.out);
    assertTrue(r.out.contains("  registre 2026 (@etalab/decoupage-administratif 6.0.0), populations millésime 2022\n"), r.out);
    assertEquals(r.out, CliRun.run("check", "-V").expect(0).out);
  }

  @Test
  void leScriptDeCompletionCompleteDansBash(@TempDir Path dossier) throws Exception {
    CliRun r = CliRun.run("completion").expect(0);
    assertTrue(r.out.startsWith("#!/usr/bin/env bash"), r.out.substring(0, 40));
    Path script = dossier.resolve("ctg.bash");
    Files.writeString(script, r.out);
    assertEquals("check", completer(script, "ctg", "chec"));
    assertEquals("--statut", completer(script, "ctg", "check", "--stat"));
    assertEquals("A_VERIFIER AVERTISSEMENT", completer(script, "ctg", "check", "--statut", "A"));
    assertEquals("exporter", completer(script, "ctg", "regles", "exp"));
  }

  /** What bash offers for the last word, with the script sourced (as a person's shell would). */
  static String completer(Path script, String... mots) throws Exception {
    String ligne = String.join(" ", mots);
    String bash = "source '" + script + "' 2>/dev/null; COMP_WORDS=(" + ligne + "); COMP_CWORD=" + (mots.length - 1)
        + "; COMP_LINE='" + ligne + "'; COMP_POINT=" + ligne.length() + "; _complete_ctg 2>/dev/null; echo \"${COMPREPLY[@]}\"";
    Process p = new ProcessBuilder("bash", "-c", bash).redirectErrorStream(false).start();
    assertTrue(p.waitFor(30, TimeUnit.SECONDS));
    return new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
  }

  @Test
  void leFiltreStatutNeGardeQueLesConstatsDemandes() throws Exception {
    ObjectMapper json = new ObjectMapper();
    JsonNode tout = json.readTree(CliRun.run("check", CABBALR, "--format", "json").expect(0).out);
    JsonNode filtre = json.readTree(CliRun.run("check", CABBALR, "--format", "json", "--statut", "avertissement,a_verifier").expect(0).out);
    int attendus = tout.get("resume").get("AVERTISSEMENT").asInt() + tout.get("resume").get("A_VERIFIER").asInt();
    assertEquals(attendus, filtre.get("constats").size());
    filtre.get("constats").forEach(c -> assertTrue(List.of("AVERTISSEMENT", "A_VERIFIER").contains(c.get("statut").asText()), c::toString));
    assertEquals(2, filtre.get("resume").size(), filtre.get("resume")::toString);
    // the filter changes what is shown, not the verdict: --strict still sees the INELIGIBLE finding
    CliRun strict = CliRun.run("check", CABBALR, "--statut", "SATISFAIT", "--strict").expect(1);
    assertFalse(strict.out.contains("INELIGIBLE"), strict.out);

    String csv = CliRun.run("obligations", "--epci", "246200299", "--date", "2026-01-01", "--format", "csv",
        "--statut", "A_VERIFIER").expect(0).out;
    String[] lignes = csv.split("\n");
    assertEquals("regle;sujet_type;sujet_id;sujet_nom;statut;message", lignes[0]);
    assertTrue(lignes.length > 2, csv);
    for (int i = 1; i < lignes.length; i++) assertEquals("A_VERIFIER", lignes[i].split(";")[4], lignes[i]);

    String bonus = CliRun.run("bonus", CABBALR, "--annee", "2026", "--statut", "INELIGIBLE", "--format", "csv").expect(0).out;
    assertEquals(2, bonus.split("\n").length, bonus);
    assertTrue(bonus.split("\n")[1].startsWith("BT-ELIGIBILITE;"), bonus);
  }

  @Test
  void unTiretLitLaConventionSurLEntreeStandard() throws Exception {
    byte[] yaml = Files.readAllBytes(Path.of(CABBALR));
    CliRun fichier = CliRun.run("check", CABBALR, "--format", "json").expect(0);
    CliRun entree = CliRun.runAvecEntree(yaml, "check", "-", "--format", "json").expect(0);
    assertEquals(fichier.out, entree.out);
    // JSON on stdin too
    String enJson = new ObjectMapper().writeValueAsString(new com.fasterxml.jackson.databind.ObjectMapper(
        new com.fasterxml.jackson.dataformat.yaml.YAMLFactory()).readTree(yaml));
    assertEquals(fichier.out, CliRun.runAvecEntree(enJson.getBytes(StandardCharsets.UTF_8), "check", "-", "--format", "json").expect(0).out);
    // errors are positioned in « entrée standard »
    String faux = new String(yaml, StandardCharsets.UTF_8).replaceFirst("(?m)^dateFin: .*$", "dateFin: 2020-01-01");
    CliRun e = CliRun.runAvecEntree(faux.getBytes(StandardCharsets.UTF_8), "check", "-").expect(2);
    assertTrue(e.err.matches("(?s)entrée standard:\\d+:\\d+: \\$\\.dateFin: .*"), e.err);
    CliRun deux = CliRun.runAvecEntree(yaml, "check", "-", "-").expect(2);
    assertTrue(deux.err.startsWith("ctg : l'entrée standard (« - ») ne se lit qu'une fois"), deux.err);
  }

  @Test
  void plusieursConventionsUnRapportChacuneEtLePireCode(@TempDir Path dossier) throws Exception {
    CliRun seule1 = CliRun.run("check", CABBALR_2021, "--format", "json").expect(0);
    CliRun seule2 = CliRun.run("check", HENIN, "--format", "json").expect(0);
    CliRun deux = CliRun.run("check", CABBALR_2021, HENIN, "--format", "json").expect(0);
    JsonNode tableau = new ObjectMapper().readTree(deux.out);
    assertTrue(tableau.isArray());
    assertEquals(new ObjectMapper().readTree(seule1.out), tableau.get(0));
    assertEquals(new ObjectMapper().readTree(seule2.out), tableau.get(1));

    CliRun texte = CliRun.run("check", CABBALR_2021, HENIN).expect(0);
    assertEquals(CliRun.run("check", CABBALR_2021).out + "\n" + CliRun.run("check", HENIN).out, texte.out);

    // the worst code: one invalid (2) beats one failing --strict (1); the valid one is still reported
    Path invalide = dossier.resolve("invalide.ctg.yaml");
    Files.writeString(invalide, "schema: ctg-convention/1\n");
    CliRun mixte = CliRun.run("check", HENIN, invalide.toString(), "--strict").expect(2);
    assertTrue(mixte.out.startsWith("Constats au 1er janvier 2026 — convention henin-carvin-2026-2030"), mixte.out);
    assertTrue(mixte.err.contains(invalide + ":"), mixte.err);
    CliRun.run("check", CABBALR_2021, CABBALR, "--strict").expect(1); // CABBALR 2026-2030: one INELIGIBLE
    CliRun.run("check", CABBALR_2021, CABBALR_2021, "--strict").expect(0);

    // one file per convention in a directory
    CliRun.run("check", CABBALR_2021, HENIN, "--format", "html", "--sortie", dossier.toString()).expect(0);
    assertTrue(Files.readString(dossier.resolve("henin-carvin-2026-2030.html")).startsWith("<!DOCTYPE html>"));
    assertTrue(Files.exists(dossier.resolve("cabbalr-2021-2025.html")));
    CliRun pasUnDossier = CliRun.run("check", CABBALR_2021, HENIN, "--sortie", invalide.toString()).expect(2);
    assertTrue(pasUnDossier.err.contains("--sortie doit être un dossier existant"), pasUnDossier.err);
    assertTrue(CliRun.run("check", CABBALR_2021, HENIN, "--format", "html").expect(2).err.contains("--sortie DOSSIER"));
  }
}
