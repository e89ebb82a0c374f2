package fr.ctg.cli;

import fr.ctg.eligibilite.Evaluateur;
import fr.ctg.regles.Limites;
import java.time.Duration;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/**
 * The bounds of an evaluation ({@link Limites}), shared by every evaluating command: beyond one,
 * the evaluation stops and the command exits with {@link Ctg#LIMITE_DEPASSEE} (4), naming the rule
 * that ran away. The defaults are far above what the bundled rules need on the whole of France.
 */
final class LimitesOptions {
  @Option(names = "--declenchements-max", paramLabel = "N",
      description = "déclenchements de règles permis par session (par défaut : 1 000 000) ; au-delà : code 4.")
  Long declenchements;

  @Option(names = "--duree-max", paramLabel = "SECONDES",
      description = "durée maximale de l'évaluation en secondes (par défaut : 120) ; au-delà : code 4.")
  Long secondes;

  @Option(names = "--faits-max", paramLabel = "N",
      description = "faits permis dans une session, ceux des règles compris (par défaut : 100 000) ; au-delà : code 4.")
  Long faits;

  @CommandLine.Spec(CommandLine.Spec.Target.MIXEE) CommandLine.Model.CommandSpec spec;

  /** The limits given, the defaults otherwise. */
  Limites limites() {
    Limites l = Limites.parDefaut();
    if (declenchements != null) l = l.declenchements(auMoinsUn("--declenchements-max", declenchements));
    if (secondes != null) l = l.duree(Duration.ofSeconds(auMoinsUn("--duree-max", secondes)));
    if (faits != null) l = l.faits(auMoinsUn("--faits-max", faits));
    return l;
  }

  Evaluateur.Builder appliquer(Evaluateur.Builder b) {
    return b.limites(limites());
  }

  private long auMoinsUn(String option, long n) {
    if (n < 1) throw new CommandLine.ParameterException(spec.commandLine(), option + " : au moins 1 (reçu " + n + ")");
    return n;
  }
}
