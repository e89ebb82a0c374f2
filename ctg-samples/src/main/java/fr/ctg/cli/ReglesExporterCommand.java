package fr.ctg.cli;

import fr.ctg.regles.RuleBaseException;
import fr.ctg.regles.RuleFiles;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code ctg regles exporter DOSSIER [--format csv|xlsx] [--ecraser]}: writes the bundled rules and
 * parameters out, as an expert's starting point; with {@code --format xlsx}, the decision tables as
 * workbooks ({@link fr.ctg.regles.compilateur.Classeurs#enClasseurs}).
 */
@Command(
    name = "exporter",
    mixinStandardHelpOptions = true,
    description = {
      "Écrit les règles embarquées (fr/ctg/regles/<famille>/*.drl, *.drl.csv) et les paramètres "
          + "(parametres/<famille>/*.yaml) dans DOSSIER : le point de départ d'un expert.",
      "Refuse un dossier non vide, sauf avec --ecraser. Code de sortie : 0, ou 2 si le dossier est refusé."
    })
public final class ReglesExporterCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "DOSSIER", description = "Dossier à créer (ou vide).")
  Path dossier;

  @Option(names = "--ecraser", description = "Écrire même si le dossier n'est pas vide (les fichiers exportés sont remplacés).")
  boolean ecraser;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "csv",
      description = "Format des tables de décision : csv (par défaut, *.drl.csv) ou xlsx (*.drl.xlsx, classeur "
          + "au format de Drools, à modifier dans Excel ou LibreOffice, puis « ctg regles verifier DOSSIER »).")
  String format;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    if (!format.equals("csv") && !format.equals("xlsx")) {
      throw new CommandLine.ParameterException(spec.commandLine(), "format inconnu « " + format + " » : csv ou xlsx attendu");
    }
    RuleFiles fichiers = format.equals("xlsx") ? fr.ctg.regles.compilateur.Classeurs.enClasseurs(RuleFiles.bundled()) : RuleFiles.bundled();
    try {
      fichiers.export(dossier, ecraser);
      // over an export in the other format (--ecraser): the table it replaces goes, or Drools would load both
      for (String table : fichiers.rules().keySet()) {
        if (!table.endsWith(".drl.csv") && !table.endsWith(".drl.xlsx")) continue;
        String autre = table.endsWith(".csv") ? table.replaceFirst("\\.drl\\.csv$", ".drl.xlsx") : table.replaceFirst("\\.drl\\.xlsx$", ".drl.csv");
        if (java.nio.file.Files.deleteIfExists(dossier.resolve(autre))) {
          spec.commandLine().getOut().println(dossier.resolve(autre) + " : remplacé par " + dossier.resolve(table));
        }
      }
    } catch (RuleBaseException e) {
      spec.commandLine().getErr().println("ctg : " + e.getMessage());
      spec.commandLine().getErr().flush();
      return Ctg.ENTREE_INVALIDE;
    } catch (IOException e) {
      spec.commandLine().getErr().println("ctg : écriture impossible dans " + dossier + " : " + e.getMessage());
      spec.commandLine().getErr().flush();
      return Ctg.ENTREE_INVALIDE;
    }
    long regles = fichiers.rules().size();
    long parametres = fichiers.parameters().size();
    spec.commandLine().getOut().println(dossier + " : " + regles + " fichier(s) de règles et " + parametres
        + " fichier(s) de paramètres exportés (empreinte " + fichiers.fingerprint() + ")");
    spec.commandLine().getOut().println("Ensuite : ctg regles verifier " + dossier);
    spec.commandLine().getOut().flush();
    return Ctg.OK;
  }
}
