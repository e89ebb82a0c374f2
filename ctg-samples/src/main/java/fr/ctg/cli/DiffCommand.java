package fr.ctg.cli;

import java.nio.file.Path;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code ctg diff --reforme PARAMS.yaml | --regles-reforme DOSSIER (obligations | check | bonus) …}:
 * what a reform of the parameters or of the rules changes, compared with the law in force, on the
 * same inputs.
 */
@Command(
    name = "diff",
    mixinStandardHelpOptions = true,
    description = "Ce qui change entre la loi en vigueur et une réforme des paramètres : constats ajoutés, retirés, modifiés.",
    subcommands = {DiffObligationsCommand.class, DiffCheckCommand.class, DiffBonusCommand.class})
public final class DiffCommand implements Runnable {
  @Option(names = "--reforme", paramLabel = "PARAMETRES.yaml", arity = "1..*",
      description = "Fichiers de paramètres (ctg-parametres/1) de la réforme : chaque paramètre remplace celui de la loi en vigueur.")
  java.util.List<Path> reforme = new java.util.ArrayList<>();

  @Option(names = "--regles-reforme", paramLabel = "DOSSIER",
      description = "Dossier de règles de la réforme (exporté par « ctg regles exporter », puis modifié), comparé aux "
          + "règles de --regles ou aux règles embarquées ; avec --reforme, ses paramètres sont en outre remplacés.")
  Path reglesReforme;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "indiquez ce qui est comparé : obligations, check ou bonus (ctg diff --help)");
  }
}
