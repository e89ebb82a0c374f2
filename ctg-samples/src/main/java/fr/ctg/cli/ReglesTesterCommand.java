package fr.ctg.cli;

import fr.ctg.document.DocumentError;
import fr.ctg.document.DocumentReader;
import fr.ctg.document.InvalidDocumentException;
import fr.ctg.eligibilite.internal.scenario.CaseResult;
import fr.ctg.eligibilite.internal.scenario.ScenarioRunner;
import fr.ctg.parametres.Parametres;
import fr.ctg.regles.RuleBase;
import fr.ctg.regles.RuleBaseException;
import fr.ctg.scenario.Scenario;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/**
 * {@code ctg regles tester [CHEMIN...] [--regles DOSSIER] [--parametres FICHIER...]}: runs scenario
 * files; one line per case, the differences of each failed case, and the summary
 * {@code N réussi(s), N échoué(s)}. Exit 0 when every case passed, 1 when one failed, 2 when a file
 * is invalid, 3 when the rule base is.
 */
@Command(
    name = "tester",
    mixinStandardHelpOptions = true,
    description = {
      "Exécute des scénarios (*.scenario.yaml, ctg-scenario/1) : pour chaque cas, les constats attendus "
          + "doivent figurer dans le résultat et les absents ne pas y figurer. Sans CHEMIN : les scénarios livrés.",
      "Code de sortie : 0 si tous les cas réussissent, 1 si un cas échoue, 2 si un fichier est invalide, "
          + "3 si la base de règles est invalide."
    })
public final class ReglesTesterCommand implements Callable<Integer> {
  @Parameters(arity = "0..*", paramLabel = "CHEMIN", description = "Fichiers de scénario ou dossiers (cherchés récursivement).")
  List<Path> chemins = new ArrayList<>();

  @Mixin ReglesOptions regles;

  @Mixin LimitesOptions limites;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    RuleBase base;
    Parametres parametres;
    try {
      base = regles.base();
      parametres = regles.parametres(base);
    } catch (RuleBaseException e) {
      return ReglesOptions.signaler(e, err);
    } catch (InvalidDocumentException e) {
      e.errors().forEach(err::println);
      err.flush();
      return Ctg.ENTREE_INVALIDE;
    }
    Path racine = chemins.isEmpty() ? Scenarios.embarques() : null;
    List<Path> fichiers = Scenarios.fichiers(chemins.isEmpty() ? List.of(racine) : chemins);
    ScenarioRunner runner = new ScenarioRunner(base, parametres, limites.limites());
    int reussis = 0;
    int echoues = 0;
    boolean invalide = false;
    for (Path f : fichiers) {
      String nom = racine == null ? f.toString() : Scenarios.nom(racine, f);
      Scenario s;
      try {
        s = DocumentReader.readScenario(f);
      } catch (InvalidDocumentException e) {
        for (DocumentError d : e.errors()) err.println(d);
        invalide = true;
        continue;
      }
      out.println(nom);
      for (int i = 0; i < s.cas().size(); i++) {
        CaseResult r;
        try {
          r = runner.run(s, i);
        } catch (InvalidDocumentException e) {
          for (DocumentError d : e.errors()) err.println(d);
          invalide = true;
          continue;
        }
        if (r.reussi()) {
          reussis++;
          out.println("  réussi : " + r.cas().nom());
        } else {
          echoues++;
          out.println("  ÉCHEC  : " + r.cas().nom() + " (" + nom + ":" + r.cas().ligne() + ")");
          for (String d : r.differences()) out.println("    - " + d);
        }
      }
    }
    out.println(reussis + " réussi(s), " + echoues + " échoué(s)");
    out.flush();
    err.flush();
    if (invalide) return Ctg.ENTREE_INVALIDE;
    return echoues == 0 ? Ctg.OK : Ctg.STRICT_ECHEC;
  }
}
