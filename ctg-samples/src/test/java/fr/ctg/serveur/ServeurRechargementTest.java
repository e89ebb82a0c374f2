package fr.ctg.serveur;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import fr.ctg.cli.CliRun;
import fr.ctg.regles.RuleBase;
import fr.ctg.regles.RuleSource;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ctg serve --regles DOSSIER}: the expert's directory is loaded at start and reloaded when it
 * changes; a valid change replaces the rules served (a lowered threshold changes the obligations
 * answered), an invalid one leaves the previous rules serving and is reported.
 */
class ServeurRechargementTest {
  @TempDir Path dossier;

  @Test
  void unChangementDuDossierEstRechargeEtUnDossierInvalideNeRemplaceRien() throws Exception {
    CliRun.run("regles", "exporter", dossier.toString()).expect(0);
    StringWriter journal = new StringWriter();
    // Allouagne (62023, population totale 2 873): below the planification threshold (3 500)
    String requete = "/v1/obligations?commune=62023&date=2026-01-01";
    try (Serveur s = Serveur.configuration(RuleSource.of(RuleBase.fromDirectory(dossier))).port(0).surveiller(dossier)
        .journal(new PrintWriter(journal, true)).limites(new Limites(Limites.TAILLE_MAX, Duration.ofMinutes(2), 1, 8)).demarrer()) {
      JsonNode avant = regles(s);
      assertEquals(0, avant.get("rechargement").get("essais").asInt());
      byte[] obligationsAvant = ServeurApiTest.get(s, requete).body();
      String planification = "\"regle\" : \"AO-PLANIFICATION\"";
      assertFalse(new String(obligationsAvant, StandardCharsets.UTF_8).contains(planification));

      Path seuils = dossier.resolve("parametres/ao/seuils.yaml");
      String texte = Files.readString(seuils, StandardCharsets.UTF_8);
      assertTrue(texte.contains("valeur: 3500"));
      Files.writeString(seuils, texte.replace("valeur: 3500", "valeur: 2000"), StandardCharsets.UTF_8);
      JsonNode apres = attendre(s, d -> d.get("rechargement").get("essais").asInt() >= 1
          && !d.get("empreinte").equals(avant.get("empreinte")));
      assertTrue(apres.get("rechargement").get("remplacee").asBoolean(), apres::toString);
      assertNotEquals(avant.get("empreinte").asText(), apres.get("empreinte").asText());
      int essais = apres.get("rechargement").get("essais").asInt();
      byte[] obligationsApres = ServeurApiTest.get(s, requete).body();
      // 2 873 inhabitants > 2 000: the planification competence is now owed
      assertTrue(new String(obligationsApres, StandardCharsets.UTF_8).contains(planification), "le seuil abaissé change les obligations");
      assertTrue(journal.toString().contains("ctg serve : règles rechargées depuis " + dossier), journal::toString);

      Path drl = dossier.resolve("fr/ctg/regles/ao/planification.drl");
      Files.writeString(drl, Files.readString(drl, StandardCharsets.UTF_8) + "\nrule \"cassée\" when then Ceci n'est pas du Java ; end\n",
          StandardCharsets.UTF_8);
      JsonNode refuse = attendre(s, d -> d.get("rechargement").get("essais").asInt() > essais
          && !d.get("rechargement").get("remplacee").asBoolean());
      assertFalse(refuse.get("rechargement").get("remplacee").asBoolean(), refuse::toString);
      assertTrue(refuse.get("rechargement").get("problemes").size() > 0, refuse::toString);
      assertEquals(apres.get("empreinte").asText(), refuse.get("empreinte").asText(), "les règles précédentes restent servies");
      assertArrayEquals(obligationsApres, ServeurApiTest.get(s, requete).body());
      assertTrue(journal.toString().contains("invalides ; les règles précédentes restent servies"), journal::toString);
    }
  }

  private static JsonNode regles(Serveur s) throws Exception {
    HttpResponse<byte[]> r = ServeurApiTest.get(s, "/v1/regles");
    assertEquals(200, r.statusCode());
    return ServeurApiTest.JSON.readTree(r.body());
  }

  /** Polls {@code /v1/regles} until {@code condition} holds (a guard stops a watcher that never fires). */
  private static JsonNode attendre(Serveur s, java.util.function.Predicate<JsonNode> condition) throws Exception {
    long fin = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
    while (true) {
      JsonNode d = regles(s);
      if (condition.test(d)) return d;
      if (System.nanoTime() > fin) throw new AssertionError("rechargement attendu absent : " + d.get("rechargement"));
      Thread.sleep(100);
    }
  }
}
