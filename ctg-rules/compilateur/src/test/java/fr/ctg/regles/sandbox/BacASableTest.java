package fr.ctg.regles.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.ctg.regles.RuleFiles;
import fr.ctg.regles.RuleProblem;
import fr.ctg.regles.compilateur.RuleVerifier;
import fr.ctg.regles.Verification;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The hostile corpus ({@code src/test/resources/fr/ctg/regles/sandbox/hostiles/}): each file tries
 * to do more than decide (its first lines say what: « tente : … », and the name the refusal must
 * give: « attendu : … ») and must be refused, at its own file, naming that type or member. The
 * files are compiled together, as one expert directory, so the corpus costs one compilation.
 */
class BacASableTest {
  private static final Pattern ATTENDU = Pattern.compile("attendu : (.+?)\"?$", Pattern.MULTILINE);

  @TempDir Path dir;

  @Test
  void chaqueFichierHostileEstRefuseEnNommantCeQuIlAtteint() throws Exception {
    Path source = Path.of(BacASableTest.class.getResource("/fr/ctg/regles/sandbox/hostiles").toURI());
    Path cible = dir.resolve("fr/ctg/regles/hostile");
    Files.createDirectories(cible);
    Map<String, String> attendus = new TreeMap<>();
    try (Stream<Path> s = Files.list(source)) {
      for (Path p : (Iterable<Path>) s::iterator) {
        String texte = Files.readString(p, StandardCharsets.UTF_8);
        Matcher m = ATTENDU.matcher(texte);
        assertTrue(m.find(), p + " ne dit pas ce qui est attendu");
        assertTrue(texte.contains("tente : "), p + " ne dit pas ce qu'il tente");
        attendus.put(p.getFileName().toString(), m.group(1).strip());
        Files.copy(p, cible.resolve(p.getFileName()));
      }
    }
    assertTrue(attendus.size() >= 30, "au moins 30 fichiers hostiles : " + attendus.size());

    Verification v = RuleVerifier.verify(RuleFiles.fromDirectory(dir));
    assertFalse(v.base().isPresent(), "un corpus hostile ne doit jamais servir");
    List<String> sansRefus = new ArrayList<>();
    attendus.forEach((fichier, attendu) -> {
      List<RuleProblem> siens = v.errors().stream().filter(p -> p.file().endsWith("/" + fichier)).collect(Collectors.toList());
      boolean nomme = siens.stream().anyMatch(p -> p.message().contains(attendu));
      if (!nomme) sansRefus.add(fichier + " (attendu : " + attendu + ") : " + siens);
      siens.forEach(p -> assertTrue(p.line() > 0, "position : " + p));
    });
    assertEquals(List.of(), sansRefus);
    // Nothing but the sandbox refuses them: they compile, and no other check fires.
    assertTrue(v.errors().stream().allMatch(p -> p.message().contains("refusé")), v.errors().toString());
  }

  @Test
  void uneRegleQuiNeFaitQueDeciderPasse() throws Exception {
    Path f = dir.resolve("fr/ctg/regles/x/ok.drl");
    Files.createDirectories(f.getParent());
    Files.writeString(f, String.join("\n",
        "package fr.ctg.regles.x;",
        "import fr.ctg.regles.Evaluation;",
        "import java.util.List;",
        "import java.math.BigDecimal;",
        "rule \"calcul\"",
        "  @id(X-CALCUL) @titre(\"t\") @fondement(\"f\") @source(\"s\")",
        "when",
        "  $e : Evaluation($d : date, date.getYear() > 2000)",
        "then",
        "  List<String> l = List.of(\"a\", String.valueOf($d.plusDays(1)));",
        "  BigDecimal b = new BigDecimal(\"1.50\").setScale(1, java.math.RoundingMode.HALF_UP);",
        "  StringBuilder sb = new StringBuilder();",
        "  for (String s : l) sb.append(s.toUpperCase()).append(Math.max(1, 2));",
        "  String r = l.stream().map(s -> s + b).collect(java.util.stream.Collectors.joining(\",\"));",
        "end"), StandardCharsets.UTF_8);
    Verification v = RuleVerifier.verify(RuleFiles.fromDirectory(dir));
    assertEquals(List.of(), v.errors().stream().filter(p -> p.message().contains("refusé")).collect(Collectors.toList()));
  }

  @Test
  void leCorpusEstEmbarqueDansLesRessourcesDeTest() throws Exception {
    try (InputStream in = BacASableTest.class.getResourceAsStream("/fr/ctg/regles/sandbox/hostiles/01-system-exit.drl")) {
      assertTrue(in != null);
    }
  }
}
