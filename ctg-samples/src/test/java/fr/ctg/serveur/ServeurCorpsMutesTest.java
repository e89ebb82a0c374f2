package fr.ctg.serveur;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Fuzzing of the REST bodies with the documents' bar: seed conventions mutated at random (cuts,
 * duplications, hostile tokens, invalid bytes), posted to {@code POST /v1/check} and
 * {@code POST /v1/bonus}: every answer is a report (200) or a problem (4xx, RFC 9457, with its
 * French detail) — never a 5xx, never a stack trace.
 */
class ServeurCorpsMutesTest {
  static Serveur serveur;

  @BeforeAll
  static void demarrer() {
    serveur = ServeurApiTest.serveurDeTest();
  }

  @AfterAll
  static void arreter() {
    if (serveur != null) serveur.close();
  }

  static final String[] JETONS = {"{", "}", "[", "]", ":", "- ", "&a", "*a", "!!java.io.File ", "\t", "'", "\"",
      "9999-99-99", "-1", "1e400", "\u0000", "\uFEFF", "null", "~", "insee: \"99999\"", "\n  - ", "schema: x\n"};

  static byte[] muter(byte[] source, Random r) {
    String t = new String(source, StandardCharsets.UTF_8);
    StringBuilder b = new StringBuilder(t);
    int n = 1 + r.nextInt(6);
    for (int i = 0; i < n; i++) {
      int p = r.nextInt(b.length() + 1);
      switch (r.nextInt(3)) {
        case 0 -> b.delete(p, Math.min(b.length(), p + 1 + r.nextInt(200)));
        case 1 -> b.insert(p, JETONS[r.nextInt(JETONS.length)]);
        default -> {
          int q = Math.min(b.length(), p + r.nextInt(300));
          b.insert(p, b.substring(p, q));
        }
      }
    }
    byte[] octets = b.toString().getBytes(StandardCharsets.UTF_8);
    if (r.nextInt(10) == 0 && octets.length > 0) octets[r.nextInt(octets.length)] = (byte) 0xC3; // UTF-8 cassé
    return octets;
  }

  @Test
  void unCorpsMuteRecoitUnRapportOuUnProblemeJamaisUneErreurInterne() throws Exception {
    byte[] henin = Files.readAllBytes(Path.of(ServeurApiTest.HENIN));
    Random r = new Random(20261206L);
    TreeMap<Integer, Integer> statuts = new TreeMap<>();
    for (int i = 0; i < 150; i++) {
      byte[] corps = muter(henin, r);
      String route = i % 3 == 0 ? "/v1/bonus?annee=2026" : "/v1/check?date=2026-06-30";
      HttpResponse<byte[]> reponse = ServeurApiTest.post(serveur, route, "application/yaml", corps);
      int s = reponse.statusCode();
      statuts.merge(s, 1, Integer::sum);
      String texte = ServeurApiTest.texte(reponse);
      assertTrue(s == 200 || (s >= 400 && s < 500), "statut " + s + " pour le corps " + i + " : " + texte);
      assertTrue(!texte.contains("\tat ") && !texte.contains("Exception"), "trace de pile dans la réponse " + i + " : " + texte);
      JsonNode json = ServeurApiTest.JSON.readTree(texte);
      if (s != 200) {
        assertEquals("application/problem+json;charset=utf-8", ServeurApiTest.type(reponse).toLowerCase(), texte);
        assertTrue(json.get("type").asText().startsWith("urn:ctg:probleme:"), texte);
        assertTrue(!json.get("detail").asText().isBlank(), texte);
      }
    }
    // the mutations reach both sides: some still valid, most refused
    assertTrue(statuts.getOrDefault(200, 0) > 0 && statuts.getOrDefault(400, 0) > 0, statuts.toString());
  }
}
