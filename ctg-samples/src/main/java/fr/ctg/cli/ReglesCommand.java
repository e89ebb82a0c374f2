package fr.ctg.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code ctg regles}: the commands of policy experts (export, verify, test, document the rules). */
@Command(
    name = "regles",
    mixinStandardHelpOptions = true,
    description = "Règles et paramètres : exporter, vérifier, tester par scénarios, documenter.",
    subcommands = {
      ReglesExporterCommand.class,
      ReglesVerifierCommand.class,
      ReglesTesterCommand.class,
      ReglesDocumenterCommand.class,
    })
public final class ReglesCommand implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(),
        "indiquez une sous-commande : exporter, verifier, tester ou documenter (ctg regles --help)");
  }
}
