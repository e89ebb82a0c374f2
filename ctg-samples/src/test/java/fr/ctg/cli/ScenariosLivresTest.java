package fr.ctg.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.ctg.document.DocumentReader;
import fr.ctg.eligibilite.internal.scenario.CaseResult;
import fr.ctg.eligibilite.internal.scenario.ScenarioRunner;
import fr.ctg.regles.RuleBase;
import fr.ctg.scenario.Scenario;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Every case of every shipped scenario file ({@code src/main/resources/scenarios/**}) passes on the bundled rules. */
class ScenariosLivresTest {
  @TestFactory
  Stream<DynamicTest> chaqueCasLivreReussit() throws Exception {
    Path racine = Scenarios.embarques();
    List<Path> fichiers = Scenarios.fichiers(List.of(racine));
    assertFalse(fichiers.isEmpty(), "aucun scénario livré sous " + racine);
    RuleBase base = RuleBase.bundled();
    ScenarioRunner runner = new ScenarioRunner(base, base.parametres());
    List<DynamicTest> tests = new ArrayList<>();
    for (Path f : fichiers) {
      Scenario s = DocumentReader.readScenario(f);
      for (int i = 0; i < s.cas().size(); i++) {
        int index = i;
        String nom = Scenarios.nom(racine, f) + " : " + s.cas().get(i).nom();
        tests.add(DynamicTest.dynamicTest(nom, f.toUri(), () -> {
          CaseResult r = runner.run(s, index);
          assertTrue(r.reussi(), () -> nom + "\n" + String.join("\n", r.differences()));
        }));
      }
    }
    return tests.stream();
  }
}
