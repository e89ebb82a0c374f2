package fr.ctg.eligibilite.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What a report says to do about a rule's findings, read from {@code fr/ctg/textes/actions.yaml}
 * (ctg-rules): where the deadline comes from (a dated parameter of the law, or a fact of the finding)
 * and the fact that would settle the question. Immutable, thread-safe.
 */
final class SuitesDesRegles {
  static final String RESSOURCE = "fr/ctg/textes/actions.yaml";
  private static final SuitesDesRegles EMBARQUEES = lire();

  /** One rule's follow-up; {@code parametre} and {@code fait} are empty when not given. */
  static final class Suite {
    final String parametre;
    final String fait;
    final String pourConclure;

    Suite(String parametre, String fait, String pourConclure) {
      this.parametre = parametre;
      this.fait = fait;
      this.pourConclure = pourConclure;
    }
  }

  private final Map<String, Suite> parRegle;

  private SuitesDesRegles(Map<String, Suite> parRegle) {
    this.parRegle = parRegle;
  }

  static SuitesDesRegles embarquees() {
    return EMBARQUEES;
  }

  Optional<Suite> pour(String regle) {
    return Optional.ofNullable(parRegle.get(regle));
  }

  Iterable<String> regles() {
    return parRegle.keySet();
  }

  private static SuitesDesRegles lire() {
    try (InputStream in = SuitesDesRegles.class.getClassLoader().getResourceAsStream(RESSOURCE)) {
      if (in == null) throw new IllegalStateException(RESSOURCE + " absent du classpath (ctg-rules)");
      JsonNode racine = new ObjectMapper(new YAMLFactory()).readTree(in);
      Map<String, Suite> m = new LinkedHashMap<>();
      for (Iterator<Map.Entry<String, JsonNode>> it = racine.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        JsonNode echeance = e.getValue().path("echeance");
        m.put(e.getKey(), new Suite(echeance.path("parametre").asText(""), echeance.path("fait").asText(""),
            e.getValue().path("pourConclure").asText("")));
      }
      return new SuitesDesRegles(Map.copyOf(m));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
