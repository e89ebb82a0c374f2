package fr.ctg.eligibilite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.ctg.eligibilite.report.JsonReport;
import fr.ctg.regles.RuleBase;
import fr.ctg.regles.RuleFiles;
import fr.ctg.regles.RuleProblem;
import fr.ctg.regles.RuleSource;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reload under load (issue 7): request threads evaluate on one {@link Evaluateur} built on a
 * {@link RuleSource} while another thread reloads that source, alternately, with a valid expert
 * directory (the bundled AO rules and parameters exported, with a reform: {@code ao.seuil_rpe} 10 000 → 5 000
 * inhabitants) and a broken one (a DRL syntax error): broken, valid, broken. Every evaluation must succeed and give,
 * byte for byte, either the report of the bundled base or the report of the reformed one — never a
 * failure, never rules of one base with the parameters of the other.
 */
class RechargementSousChargeTest {
  static final SelectionTerritoire HENIN_CARVIN = SelectionTerritoire.epci("246200299");
  static final LocalDate DATE = LocalDate.of(2026, 1, 1);
  static final int FILS = 2;

  static String evaluer(Evaluateur e) {
    return JsonReport.render(e.obligations(HENIN_CARVIN, DATE, EntreesAO.aucune()));
  }

  @Test
  void unRechargementPendantLaChargeNeDonneQueLAncienOuLeNouveauRapport(@TempDir Path tmp) throws Exception {
    Path reforme = tmp.resolve("reforme");
    RuleFiles.bundled().export(reforme, false);
    // only the AO family (the one this evaluation runs): the reload compiles in seconds, not a minute
    for (String famille : List.of("bt", "cct", "conv")) {
      try (var s = Files.walk(reforme.resolve("fr/ctg/regles/" + famille))) {
        for (Path p : s.sorted(java.util.Comparator.reverseOrder()).collect(java.util.stream.Collectors.toList())) {
          Files.delete(p);
        }
      }
    }
    Path seuils = reforme.resolve("parametres/ao/seuils.yaml");
    String texte = Files.readString(seuils, StandardCharsets.UTF_8);
    int i = texte.indexOf("ao.seuil_rpe:");
    int v = texte.indexOf("valeur: 10000", i);
    assertTrue(i >= 0 && v > i, "seuils.yaml exporté : ao.seuil_rpe à 10000 attendu");
    Files.writeString(seuils, texte.substring(0, v) + "valeur: 5000" + texte.substring(v + "valeur: 10000".length()),
        StandardCharsets.UTF_8);

    // broken: one rule file that does not parse (reported at once, no compilation of the rest)
    Path casse = tmp.resolve("casse");
    Files.createDirectories(casse.resolve("fr/ctg/regles/ao"));
    Files.writeString(casse.resolve("fr/ctg/regles/ao/casse.drl"),
        "package fr.ctg.regles.ao;\nrule \"casse\" when then ) end\n", StandardCharsets.UTF_8);

    RuleSource source = RuleSource.bundled();
    Evaluateur evaluateur = Evaluateur.builder().regles(source).build();
    // the report of the old base; the one of the new base is the one served after the reloads
    String ancien = evaluer(evaluateur);

    AtomicBoolean fini = new AtomicBoolean();
    AtomicInteger nAncien = new AtomicInteger();
    AtomicInteger nAutres = new AtomicInteger();
    Set<String> autres = ConcurrentHashMap.newKeySet();
    CountDownLatch enCharge = new CountDownLatch(FILS * 3);
    ExecutorService pool = Executors.newFixedThreadPool(FILS);
    List<Future<?>> fils = new ArrayList<>();
    for (int f = 0; f < FILS; f++) {
      fils.add(pool.submit(() -> {
        while (!fini.get()) {
          String r = evaluer(evaluateur); // an exception fails the future, hence the test
          if (r.equals(ancien)) {
            nAncien.incrementAndGet();
          } else {
            nAutres.incrementAndGet();
            autres.add(r);
          }
          enCharge.countDown();
        }
        return null;
      }));
    }
    List<List<RuleProblem>> resultats = new ArrayList<>();
    try {
      enCharge.await();
      // broken, valid, broken: a failed reload keeps whichever base serves
      RuleBase servie = source.current();
      resultats.add(source.reload(casse));
      assertSame(servie, source.current(), "un rechargement en échec garde la base servie");
      resultats.add(source.reload(reforme));
      servie = source.current();
      resultats.add(source.reload(casse));
      assertSame(servie, source.current(), "un rechargement en échec garde la base servie");
      // some load on the new base
      Thread.sleep(500);
    } finally {
      fini.set(true);
      pool.shutdown();
    }
    for (Future<?> f : fils) f.get(); // rethrows any evaluation failure
    assertTrue(resultats.get(0).stream().anyMatch(RuleProblem::isError), "le répertoire cassé est refusé");
    assertFalse(resultats.get(1).stream().anyMatch(RuleProblem::isError),
        "le répertoire réformé est valide : " + resultats.get(1));
    assertTrue(resultats.get(2).stream().anyMatch(RuleProblem::isError), "le répertoire cassé est refusé");
    String nouveau = evaluer(evaluateur);
    assertNotEquals(ancien, nouveau, "la réforme doit changer le rapport (sinon le test ne prouve rien)");
    assertTrue(nouveau.contains(reforme.getFileName().toString()), "le rapport nomme la base rechargée");
    assertEquals(Set.of(nouveau), autres.isEmpty() ? Set.of(nouveau) : Set.copyOf(autres),
        "chaque rapport est celui de l'ancienne base ou celui de la nouvelle, jamais un mélange");
    assertTrue(nAncien.get() >= FILS * 3, "évaluations sur la base d'origine : " + nAncien);
    assertTrue(nAutres.get() > 0, "des évaluations ont servi la nouvelle base");
    System.out.printf("rechargement sous charge : %d évaluations (ancienne base %d, nouvelle %d), %d rechargements%n",
        nAncien.get() + nAutres.get(), nAncien.get(), nAutres.get(), resultats.size());
  }
}
