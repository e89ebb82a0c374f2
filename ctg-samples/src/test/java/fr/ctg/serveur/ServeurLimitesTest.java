package fr.ctg.serveur;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import fr.ctg.regles.RuleBase;
import fr.ctg.regles.RuleSource;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * An expert rule that runs away (inserts facts without end) does not take the server down: the
 * request gets a 422 problem {@code limite-depassee} with the CLI's message (the rule and its file),
 * and the server answers the next request.
 */
@Timeout(value = 300, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class ServeurLimitesTest {
  @TempDir Path dossier;

  @Test
  void uneRegleQuiSEmballeDonne422EtLeServeurContinue() throws Exception {
    Path f = dossier.resolve("fr/ctg/regles/expert/insere.drl");
    Files.createDirectories(f.getParent());
    Files.writeString(f, String.join("\n",
        "package fr.ctg.regles.expert;",
        "import fr.ctg.regles.Evaluation;",
        "",
        "rule \"insertions sans fin\"",
        "  @id(EXPERT-INSERE) @titre(\"t\") @fondement(\"f\") @source(\"s\")",
        "when",
        "  Evaluation()",
        "then",
        "  for (long i = 0; i >= 0; i++) insert(Long.valueOf(i));",
        "end",
        ""), StandardCharsets.UTF_8);
    Serveur serveur = Serveur.configuration(RuleSource.of(RuleBase.fromDirectory(dossier))).port(0).demarrer();
    try {
      for (int i = 0; i < 2; i++) {
        HttpResponse<byte[]> r = ServeurApiTest.get(serveur, "/v1/obligations?commune=62119&date=2026-01-01");
        assertEquals(422, r.statusCode(), ServeurApiTest.texte(r));
        JsonNode p = ServeurApiTest.JSON.readTree(r.body());
        assertEquals("urn:ctg:probleme:limite-depassee", p.get("type").asText());
        assertEquals("évaluation arrêtée : plus de 100 000 faits dans une session (limite de faits) ; la règle "
            + "« insertions sans fin » (" + f + ":4) insérait des faits sans fin", p.get("detail").asText());
      }
      HttpResponse<byte[]> regles = ServeurApiTest.get(serveur, "/v1/regles");
      assertEquals(200, regles.statusCode());
      assertTrue(ServeurApiTest.texte(regles).contains("EXPERT-INSERE"));
    } finally {
      serveur.close();
    }
  }
}
