package fr.ctg.regles;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The bundled rule, parameter and text files are read from the index the build writes
 * ({@link RuleFiles#INDEX_FICHIERS}), with the fingerprint it computed: they must be what a walk of
 * the module finds, byte for byte, and the fingerprint that of those bytes — a report's
 * {@code regles.empreinte} names the files it was evaluated with.
 */
class FichiersEmbarquesTest {
  @Test
  void lIndexDonneCeQueDonneLeParcoursDuModule() {
    RuleFiles index = RuleFiles.bundled();
    RuleFiles parcours = RuleFiles.parcourirLesFichiersEmbarques();
    assertEquals(parcours.all().keySet(), index.all().keySet());
    for (Map.Entry<String, byte[]> f : parcours.all().entrySet()) {
      assertArrayEquals(f.getValue(), index.all().get(f.getKey()), f.getKey());
    }
    assertEquals(parcours.fingerprint(), index.fingerprint());
    assertEquals(index.empreinteCalculee(), index.fingerprint());
    assertTrue(index.all().keySet().stream().anyMatch(k -> k.startsWith("fr/ctg/regles/ao/")), index.all()::toString);
    assertTrue(index.all().keySet().stream().anyMatch(k -> k.startsWith("parametres/")));
    assertTrue(index.all().keySet().stream().anyMatch(k -> k.startsWith("textes/")));
  }
}
