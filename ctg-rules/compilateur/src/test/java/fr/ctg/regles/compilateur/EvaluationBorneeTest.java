package fr.ctg.regles.compilateur;

import fr.ctg.regles.Budget;
import fr.ctg.regles.LimiteDepasseeException;
import fr.ctg.regles.Limites;
import fr.ctg.regles.RuleBase;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The runaway corpus ({@code src/test/resources/fr/ctg/regles/borne/emballees/}): rules that only
 * decide — the sandbox accepts them — but never finish: each file says what it tries (« tente : … »)
 * and which limit must stop it (« attendu : … »). Its rule(s) match only the marker fact named after
 * the file, so the corpus is compiled once, as one expert directory, and each file runs alone.
 *
 * <p>The limits are small so that the suite stays fast (100 000 firings, 10 000 facts, and a 1 s
 * budget for the files only time can stop; 10 minutes for the others, so that a slow machine
 * cannot change which limit stops them): the tests assert what stops the evaluation and what it
 * names, never how long it took. The timeout (each test on its own thread, so that a rule that is
 * not stopped fails the test instead of hanging the build) is far above any outcome's duration.
 */
@Timeout(value = 120, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class EvaluationBorneeTest {
  private static final Pattern ATTENDU = Pattern.compile("^// attendu : (\\w+)$", Pattern.MULTILINE);
  private static final Pattern REGLE = Pattern.compile("^(rule \"([^\"]+)\"|function \\w+ (\\w+)\\()", Pattern.MULTILINE);
  private static final Limites PETITES = Limites.parDefaut().declenchements(100_000).faits(10_000)
      .duree(Duration.ofSeconds(1));
  /** For the files a count must stop: a budget of time no machine reaches first. */
  private static final Limites SANS_HATE = PETITES.duree(Duration.ofMinutes(10));

  @TempDir static Path dir;
  private static RuleBase base;
  private static final Map<String, String> ATTENDUS = new TreeMap<>();

  @BeforeAll
  static void compiler() throws IOException, URISyntaxException {
    Path source = Path.of(EvaluationBorneeTest.class.getResource("/fr/ctg/regles/borne/emballees").toURI());
    Path cible = dir.resolve("fr/ctg/regles/emballee");
    Files.createDirectories(cible);
    try (Stream<Path> s = Files.list(source)) {
      for (Path p : (Iterable<Path>) s::iterator) {
        String texte = Files.readString(p, StandardCharsets.UTF_8);
        Matcher m = ATTENDU.matcher(texte);
        assertTrue(m.find(), p + " ne dit pas quelle limite l'arrête");
        assertTrue(texte.contains("// tente : "), p + " ne dit pas ce qu'il tente");
        ATTENDUS.put(p.getFileName().toString(), m.group(1));
        Files.copy(p, cible.resolve(p.getFileName()));
      }
    }
    // The sandbox accepts them: they only decide (they just never finish).
    base = RuleBase.fromDirectory(dir);
  }

  static Stream<String> fichiers() throws IOException, URISyntaxException {
    Path source = Path.of(EvaluationBorneeTest.class.getResource("/fr/ctg/regles/borne/emballees").toURI());
    try (Stream<Path> s = Files.list(source)) {
      return s.map(p -> p.getFileName().toString()).sorted().toList().stream();
    }
  }

  @ParameterizedTest
  @MethodSource("fichiers")
  void chaqueRegleEmballeeEstArreteeParSaLimiteEnNommantSaRegleEtSonFichier(String fichier) throws IOException {
    String marqueur = fichier.substring(0, fichier.indexOf('.'));
    Limites limites = ATTENDUS.get(fichier).equals("DUREE") ? PETITES : SANS_HATE;
    LimiteDepasseeException e = assertThrows(LimiteDepasseeException.class,
        () -> base.evaluer(List.of(marqueur), Budget.demarrer(limites)));
    assertEquals(ATTENDUS.get(fichier), e.limite().name(), e.getMessage());

    // It names one of the file's rules or functions, at its line in the file.
    String texte = Files.readString(dir.resolve("fr/ctg/regles/emballee/" + fichier), StandardCharsets.UTF_8);
    Map<String, Integer> lignes = new TreeMap<>();
    Matcher m = REGLE.matcher(texte);
    while (m.find()) {
      int ligne = (int) texte.substring(0, m.start()).chars().filter(c -> c == '\n').count() + 1;
      lignes.put(m.group(2) != null ? m.group(2) : "fonction " + m.group(3), ligne);
    }
    String regle = e.regle().orElseThrow(() -> new AssertionError("aucune règle nommée : " + e.getMessage()));
    assertTrue(lignes.containsKey(regle), regle + " n'est pas de " + fichier + " : " + lignes);
    assertTrue(e.fichier().orElseThrow().endsWith("fr/ctg/regles/emballee/" + fichier + ":" + lignes.get(regle)),
        e.fichier().get());
    assertTrue(e.getMessage().startsWith("évaluation arrêtée : "), e.getMessage());
    assertTrue(e.getMessage().contains(e.fichier().get()), e.getMessage());
    assertTrue(e.getMessage().contains(regle.startsWith("fonction ") ? "la fonction « " + regle.substring(9) + " »"
        : "la règle « " + regle + " »"), e.getMessage());
    assertEquals(0, e.getStackTrace().length, "pas de trace de pile à montrer");

    // The rule base serves the next evaluation, within the default limits.
    assertTrue(base.evaluer(List.of("rien")).conclusions().constats().isEmpty());
  }

  @Test
  void leCorpusCouvreLesQuatreLimites() {
    assertEquals(Stream.of(LimiteDepasseeException.Limite.values()).map(Enum::name).sorted().toList(),
        ATTENDUS.values().stream().distinct().sorted().toList());
  }

  @Test
  void desFaitsDEntreeAuDelaDeLaLimiteSontRefusesSansNommerDeRegle() {
    LimiteDepasseeException e = assertThrows(LimiteDepasseeException.class,
        () -> base.evaluer(List.of("a", "b", "c"), Budget.demarrer(Limites.parDefaut().faits(2))));
    assertEquals(LimiteDepasseeException.Limite.FAITS, e.limite(), e.getMessage());
    assertFalse(e.regle().isPresent());
    assertEquals("évaluation arrêtée : plus de 2 faits dans une session (limite de faits) : les faits de "
        + "l'évaluation dépassent à eux seuls la limite", e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> Limites.parDefaut().declenchements(0));
    assertThrows(IllegalArgumentException.class, () -> Limites.parDefaut().faits(0));
    assertThrows(IllegalArgumentException.class, () -> Limites.parDefaut().duree(Duration.ZERO));
  }

  @Test
  void unBudgetArreteArreteAussiLesSessionsSuivantesDeLaMemeEvaluation() {
    Budget budget = Budget.demarrer(SANS_HATE);
    LimiteDepasseeException e = assertThrows(LimiteDepasseeException.class,
        () -> base.evaluer(List.of("01-compteur-sans-fin"), budget));
    assertEquals(LimiteDepasseeException.Limite.DECLENCHEMENTS, e.limite(), e.getMessage());
    // another batch of the same evaluation: stopped at once, with the same reason
    assertEquals(e, assertThrows(LimiteDepasseeException.class, () -> base.evaluer(List.of("rien"), budget)));
    // a new evaluation starts afresh
    assertTrue(base.evaluer(List.of("rien"), Budget.demarrer(PETITES)).conclusions().constats().isEmpty());
  }
}
