package fr.ctg.eligibilite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.ctg.rapport.Rapport;
import fr.ctg.regles.RuleBase;
import fr.ctg.regles.RuleBaseException;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Issue 16: the runtime (ctg-model, ctg-rules, ctg-eligibility and what they bring) runs the bundled
 * rules, precompiled to Drools' executable model, with no compiler on the classpath. The test
 * classpath of this module is that runtime plus JUnit and jqwik: a class of each compiler artifact
 * must be absent, and the rules must still load as the executable model and evaluate.
 */
class ModeleSansCompilateurTest {

  /** One class of each artifact that must stay out of the runtime. */
  @ParameterizedTest(name = "{0} absent ({1})")
  @CsvSource({
    "org.drools.compiler.kie.builder.impl.KieServicesImpl, drools-compiler",
    "org.drools.drl.parser.DrlParser, drools-drl-parser",
    "org.eclipse.jdt.internal.compiler.Compiler, ECJ",
    "org.mvel2.MVEL, mvel2",
    "org.drools.mvel.MVELConstraint, drools-mvel (drools-engine-classic)",
    "org.drools.model.codegen.ExecutableModelProject, drools-model-codegen",
    "com.github.javaparser.JavaParser, javaparser",
    "org.drools.decisiontable.SpreadsheetCompiler, drools-decisiontables",
    "org.apache.poi.ss.usermodel.Workbook, Apache POI",
    "com.thoughtworks.xstream.XStream, XStream",
    "fr.ctg.regles.compilateur.RuleVerifier, ctg-rules-compilateur",
  })
  void aucunCompilateurSurLeClasspath(String classe, String artefact) {
    assertThrows(ClassNotFoundException.class,
        () -> Class.forName(classe, false, ModeleSansCompilateurTest.class.getClassLoader()),
        artefact + " est sur le classpath d'exécution");
  }

  @Test
  void lesReglesLivreesTournentSurLeModeleExecutable() {
    RuleBase base = RuleBase.bundled();
    assertTrue(base.modeleExecutable(), "les règles livrées doivent être le modèle exécutable précompilé");
    assertTrue(base.nombre() > 0);
    // the AO obligations of the CA d'Hénin-Carvin on 1 January 2026 are evaluated (every rule
    // family's behaviour is asserted by the rest of this module's tests, on this same classpath)
    Rapport r = Evaluateur.national().obligations(SelectionTerritoire.epci("246200299"), LocalDate.of(2026, 1, 1),
        EntreesAO.aucune());
    assertFalse(r.constats().isEmpty());
    assertTrue(r.constats().stream().allMatch(c -> c.regle().startsWith("AO-")), "des constats des règles AO");
  }

  @Test
  void unRepertoireDExpertDemandeLeCompilateur() {
    RuleBaseException e = assertThrows(RuleBaseException.class, () -> RuleBase.fromDirectory(Path.of("regles")));
    assertEquals("compiler des règles d'experts demande l'artefact fr.ctg:ctg-rules-compilateur sur le classpath "
        + "(les règles livrées, précompilées, n'en ont pas besoin)", e.getMessage());
  }
}
