package fr.ctg.regles.compilateur;

import fr.ctg.regles.Evaluation;
import fr.ctg.regles.RuleBase;
import fr.ctg.regles.RuleProblem;
import fr.ctg.regles.RuleSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reloading: a broken directory leaves the serving base untouched; a good one replaces it atomically. */
class RuleSourceTest {
  @TempDir Path dir;

  static final String REGLE = String.join("\n",
      "package fr.ctg.regles.test;",
      "import fr.ctg.regles.Evaluation;",
      "import fr.ctg.regles.Constats;",
      "global Constats constats;",
      "rule \"essai\"",
      "  @id(TEST-ESSAI)",
      "  @titre(\"essai\")",
      "  @fondement(\"CASF art. L.214-1-3\")",
      "  @source(\"004_6fa37c30264637ed.txt L335\")",
      "when",
      "  Evaluation($d : date)",
      "then",
      "end",
      "");

  private void ecrire(String corps) throws Exception {
    Path f = dir.resolve("fr/ctg/regles/test/regle.drl");
    Files.createDirectories(f.getParent());
    Files.writeString(f, corps, StandardCharsets.UTF_8);
  }

  @Test
  void unRechargementCasseGardeLaBaseQuiSertPuisUnBonLaRemplace() throws Exception {
    RuleSource source = RuleSource.bundled();
    RuleBase avant = source.current();

    ecrire(REGLE.replace("Evaluation($d : date)", "Evaluation($d : date,, )"));
    List<RuleProblem> problemes = source.reload(dir);
    assertTrue(problemes.stream().anyMatch(RuleProblem::isError), problemes.toString());
    assertTrue(problemes.get(0).toString().contains("regle.drl:11:"), problemes.toString());
    assertSame(avant, source.current(), "la base embarquée doit continuer de servir");
    assertEquals("classpath", source.current().source());

    ecrire(REGLE);
    assertEquals(List.of(), source.reload(dir).stream().filter(RuleProblem::isError).collect(java.util.stream.Collectors.toList()));
    RuleBase apres = source.current();
    assertNotSame(avant, apres);
    assertEquals(1, apres.nombre());
    assertEquals("TEST-ESSAI", apres.regles().iterator().next().id());
    assertEquals(dir.toString(), apres.source());
    assertFalse(apres.modeleExecutable());
    // The new base evaluates (no finding: the rule records none).
    assertTrue(apres.evaluer(List.of(new Evaluation(java.time.LocalDate.of(2026, 1, 1), false))).constats().isEmpty());

    ecrire("rule sans fin");
    source.reload(dir);
    assertSame(apres, source.current(), "un second rechargement cassé garde la base rechargée");
  }

  @Test
  void lesLecteursVoientLAncienneOuLaNouvelleBaseJamaisUnEtatIntermediaire() throws Exception {
    ecrire(REGLE);
    RuleSource source = RuleSource.bundled();
    Set<RuleBase> vues = ConcurrentHashMap.newKeySet();
    AtomicBoolean fini = new AtomicBoolean();
    List<Thread> lecteurs = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      Thread t = new Thread(() -> {
        while (!fini.get()) {
          RuleBase b = source.current();
          assertTrue(b.nombre() > 0);
          vues.add(b);
        }
      });
      t.start();
      lecteurs.add(t);
    }
    RuleBase avant = source.current();
    source.reload(dir);
    RuleBase apres = source.current();
    fini.set(true);
    for (Thread t : lecteurs) t.join();
    assertTrue(Set.of(avant, apres).containsAll(vues), vues.toString());
  }

}
