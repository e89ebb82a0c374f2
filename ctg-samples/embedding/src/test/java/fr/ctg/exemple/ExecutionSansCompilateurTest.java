package fr.ctg.exemple;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.ctg.regles.RuleBase;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 16: what the published pom of ctg-eligibility brings an application runs the bundled rules
 * (executable model) without any rule compiler: no class of drools-compiler, ECJ, MVEL, the
 * decision-table parser, POI or XStream is on this project's classpath.
 */
class ExecutionSansCompilateurTest {
  static final List<String> ABSENTES = List.of(
      "org.drools.compiler.kie.builder.impl.KieServicesImpl",   // drools-compiler
      "org.eclipse.jdt.internal.compiler.Compiler",            // ECJ
      "org.mvel2.MVEL",                                        // MVEL
      "org.drools.decisiontable.SpreadsheetCompiler",          // drools-decisiontables
      "org.apache.poi.ss.usermodel.Workbook",                  // POI
      "com.thoughtworks.xstream.XStream");                     // XStream

  @Test
  void aucunCompilateurEtLesReglesTournent() {
    for (String classe : ABSENTES) {
      assertThrows(ClassNotFoundException.class, () -> Class.forName(classe), classe);
    }
    assertTrue(RuleBase.bundled().modeleExecutable());
  }
}
