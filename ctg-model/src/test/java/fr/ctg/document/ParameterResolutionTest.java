package fr.ctg.document;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.ctg.parametres.Parametres;
import fr.ctg.parametres.ValeurParametre;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The value in force on a date is the one with the latest start on or before it (RULES.md,
 * "Parameters"), checked the day before, the day of and the day after every start, on parameters
 * written as YAML and read back by the strict reader.
 */
class ParameterResolutionTest {

  @Property(tries = 200)
  void latestStartOnOrBeforeTheDateWins(@ForAll("starts") List<LocalDate> starts) throws Exception {
    StringBuilder yaml = new StringBuilder("schema: ctg-parametres/1\nx.p:\n  description: d\n  unite: u\n  type: NOMBRE\n  valeurs:\n");
    for (int i = 0; i < starts.size(); i++) {
      yaml.append("    - depuis: ").append(starts.get(i)).append("\n      valeur: ").append(i)
          .append("\n      reference: {texte: \"T").append(i).append("\"}\n");
    }
    Parametres p = DocumentReader.readParametres(write(yaml.toString()));
    for (LocalDate s : starts) {
      for (LocalDate d : List.of(s.minusDays(1), s, s.plusDays(1))) {
        assertEquals(expected(starts, d), p.enVigueur("x.p", d).flatMap(ValeurParametre::nombre), d.toString());
      }
    }
  }

  private static Optional<BigDecimal> expected(List<LocalDate> starts, LocalDate d) {
    Optional<BigDecimal> v = Optional.empty();
    for (int i = 0; i < starts.size(); i++) {
      if (!starts.get(i).isAfter(d)) {
        v = Optional.of(BigDecimal.valueOf(i));
      }
    }
    return v;
  }

  private static java.nio.file.Path write(String yaml) throws java.io.IOException {
    java.nio.file.Path f = java.nio.file.Files.createTempFile("param", ".yaml");
    java.nio.file.Files.writeString(f, yaml, StandardCharsets.UTF_8);
    f.toFile().deleteOnExit();
    return f;
  }

  @Provide
  Arbitrary<List<LocalDate>> starts() {
    // adjacent days included: a start the day after another is the hardest boundary
    return Arbitraries.integers().between(0, 60).set().ofMinSize(1).ofMaxSize(6)
        .map(days -> {
          TreeSet<LocalDate> sorted = new TreeSet<>();
          days.forEach(d -> sorted.add(LocalDate.of(2024, 12, 30).plusDays(d)));
          return List.copyOf(sorted);
        });
  }
}
