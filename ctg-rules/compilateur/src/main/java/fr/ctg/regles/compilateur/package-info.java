/**
 * Compilation and checks of an expert's rule directory (artifact {@code fr.ctg:ctg-rules-compilateur}):
 * DRL and decision tables ({@code *.drl.csv}, {@code *.drl.xlsx}) compiled with Drools' classic
 * compiler, whose diagnostics carry file and line, then checked ({@link fr.ctg.regles.compilateur.RuleVerifier}:
 * metadata, parameters, threshold partitions, holder isolation, and the sandbox
 * {@code fr.ctg.regles.sandbox}).
 *
 * <p>The runtime (ctg-rules, ctg-eligibility) does not depend on this artifact: the bundled rules are
 * precompiled to Drools' executable model. An application that loads an expert's directory adds it:
 *
 * <pre>{@code
 * Verification v = RuleVerifier.verify(RuleFiles.fromDirectory(Path.of("regles-reforme")));
 * v.problems().forEach(p -> System.err.println(p));   // fichier:ligne:colonne, in French
 * RuleBase base = v.base().orElseThrow();
 * Evaluateur evaluateur = Evaluateur.builder().regles(base).parametres(base.parametres()).build();
 * }</pre>
 *
 * or, through {@link fr.ctg.regles.CompilateurRegles} (found by {@link java.util.ServiceLoader}),
 * {@code RuleBase.fromDirectory(Path)} and {@code Evaluateur.builder().regles(Path)}.
 */
package fr.ctg.regles.compilateur;
