package fr.ctg.regles;

import java.util.Iterator;
import java.util.Optional;
import java.util.ServiceLoader;

/** Finds the {@link CompilateurRegles} on the classpath, once. */
final class Compilateurs {
  private static final Optional<CompilateurRegles> INSTANCE = charger();

  private Compilateurs() {}

  /**
   * The compiler on the classpath.
   *
   * @throws RuleBaseException (French message) when ctg-rules-compilateur is not on the classpath
   */
  static CompilateurRegles charge() {
    return INSTANCE.orElseThrow(() -> new RuleBaseException(
        "compiler des règles d'experts demande l'artefact fr.ctg:ctg-rules-compilateur sur le classpath "
            + "(les règles livrées, précompilées, n'en ont pas besoin)"));
  }

  private static Optional<CompilateurRegles> charger() {
    Iterator<CompilateurRegles> it =
        ServiceLoader.load(CompilateurRegles.class, CompilateurRegles.class.getClassLoader()).iterator();
    return it.hasNext() ? Optional.of(it.next()) : Optional.empty();
  }
}
