package fr.ctg.regles;

import java.util.ServiceLoader;

/**
 * The seam between the runtime (ctg-rules: the bundled rules, precompiled to Drools' executable
 * model) and the compiler of an expert's rule files (artifact {@code fr.ctg:ctg-rules-compilateur}:
 * DRL and decision tables compiled with the classic compiler, the sandbox, the static checks).
 *
 * <p>An application that only runs the bundled rules depends on ctg-eligibility and never needs a
 * compiler. One that loads an expert's directory ({@link RuleBase#fromDirectory},
 * {@link RuleSource#reload}, {@code Evaluateur.Builder.regles(Path)}) adds ctg-rules-compilateur,
 * whose implementation is found through {@link ServiceLoader}:
 *
 * <pre>{@code
 * <dependency>
 *   <groupId>fr.ctg</groupId>
 *   <artifactId>ctg-rules-compilateur</artifactId>
 * </dependency>
 *
 * RuleBase experte = RuleBase.fromDirectory(Path.of("regles-reforme"));
 * }</pre>
 *
 * <p>Implementations are thread-safe and have a public no-argument constructor.
 */
public interface CompilateurRegles {

  /**
   * Compiles and checks {@code fichiers}: every problem found (errors and warnings, sorted) and,
   * when there is no error, the rule base ready to serve.
   */
  Verification verifier(RuleFiles fichiers);
}
