package fr.ctg.regles.compilateur;

import fr.ctg.regles.CompilateurRegles;
import fr.ctg.regles.RuleFiles;
import fr.ctg.regles.Verification;

/**
 * The {@link CompilateurRegles} of ctg-rules-compilateur, registered for {@link java.util.ServiceLoader}
 * ({@code META-INF/services/fr.ctg.regles.CompilateurRegles}): {@link RuleVerifier#verify}. With this
 * artifact on the classpath, {@code RuleBase.fromDirectory(Path)}, {@code RuleSource.reload(Path)} and
 * {@code Evaluateur.Builder.regles(Path)} compile an expert's directory. Thread-safe.
 */
public final class CompilateurClassique implements CompilateurRegles {

  /** Called by {@link java.util.ServiceLoader}. */
  public CompilateurClassique() {}

  @Override
  public Verification verifier(RuleFiles fichiers) {
    return RuleVerifier.verify(fichiers);
  }
}
