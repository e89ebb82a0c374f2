package fr.ctg.regles.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.ctg.regles.RuleBase;
import fr.ctg.regles.RuleBaseException;
import fr.ctg.regles.RuleFiles;
import fr.ctg.regles.RuleProblem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The sandbox never refuses what {@code ctg regles exporter} itself wrote: the shipped rules,
 * exported and compiled as an expert's directory, load; and so does any set an expert keeps of them
 * (some files removed). A refusal there would be a false alarm on the law as shipped.
 */
class ReglesExporteesProprietesTest {
  static final String REFUS = "une règle ne doit que décider";

  static Path exporter() throws IOException {
    Path dir = Files.createTempDirectory("ctg-exporte");
    RuleFiles.bundled().export(dir, false);
    return dir;
  }

  static void effacer(Path dir) throws IOException {
    try (java.util.stream.Stream<Path> s = Files.walk(dir)) {
      for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) Files.delete(p);
    }
  }

  @net.jqwik.api.Example
  void lesReglesLivreesExporteesSeChargentCommeUnDossierDExpert() throws IOException {
    Path dir = exporter();
    try {
      assertEquals(RuleBase.bundled().nombre(), RuleBase.fromDirectory(dir).nombre());
    } finally {
      effacer(dir);
    }
  }

  @Provide
  Arbitrary<Set<String>> fichiersRetires() {
    List<String> regles = new ArrayList<>(RuleFiles.bundled().rules().keySet());
    return Arbitraries.of(regles).set().ofMinSize(1).ofMaxSize(regles.size() - 1);
  }

  /** Compiling a subset may fail for other reasons (a family's table without its rules): never the sandbox. */
  @Property(tries = 4)
  void toutJeuGardeDesReglesExporteesPasseLeBacASable(@ForAll("fichiersRetires") Set<String> retires)
      throws IOException {
    Path dir = exporter();
    for (String f : retires) assertTrue(Files.deleteIfExists(dir.resolve(f)), f);
    try {
      RuleBase.fromDirectory(dir);
    } catch (RuleBaseException e) {
      List<RuleProblem> refus = e.problems().stream().filter(p -> p.message().contains(REFUS)).toList();
      assertEquals(List.of(), refus, "fichiers retirés : " + retires);
    } finally {
      effacer(dir);
    }
  }
}
