package fr.ctg.cli;

import fr.ctg.eligibilite.Evaluateur;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/**
 * {@code --parallelisme N}: how many sessions a national or départemental AO evaluation runs at once
 * ({@link Evaluateur.Builder#parallelisme}); by default, one per processor. The report does not
 * depend on it. The command also takes batches of {@value #TITULAIRES_PAR_LOT} holders, not the
 * library's 1 000 ({@link Evaluateur.Builder#titulairesParLot}): a one-shot command on all of France
 * peaks 40 MB lower (under 200 MB), for a warm cost it does not pay (docs/performance.md).
 */
final class ParallelismeOption {
  @Option(names = "--parallelisme", paramLabel = "N",
      description = "nombre de sessions évaluées en même temps sur un grand territoire "
          + "(par défaut : une par processeur) ; le rapport n'en dépend pas.")
  Integer parallelisme;

  @CommandLine.Spec(CommandLine.Spec.Target.MIXEE) CommandLine.Model.CommandSpec spec;

  /** AO holders per session in the commands' evaluations. */
  static final int TITULAIRES_PAR_LOT = 200;

  Evaluateur.Builder appliquer(Evaluateur.Builder b) {
    int n = parallelisme != null ? parallelisme : Runtime.getRuntime().availableProcessors();
    if (n < 1) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "--parallelisme : au moins 1 (reçu " + n + ")");
    }
    return b.parallelisme(n).titulairesParLot(TITULAIRES_PAR_LOT);
  }
}
