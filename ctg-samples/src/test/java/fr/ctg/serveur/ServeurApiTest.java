package fr.ctg.serveur;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.ctg.cli.CliRun;
import fr.ctg.regles.RuleSource;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The REST API as a client uses it, with {@link HttpClient} on a server bound to an ephemeral port:
 * every answer byte-identical to {@code ctg … --format json} for the same input, also under
 * concurrent load; bad input refused with an RFC 9457 problem carrying the CLI's French errors;
 * the limits (size, deadline, busy); the OpenAPI document against the routes.
 */
class ServeurApiTest {
  static final String CABBALR = "src/main/resources/conventions/cabbalr-2026-2030.ctg.yaml";
  static final String HENIN = "src/main/resources/conventions/henin-carvin-2026-2030.ctg.yaml";
  static final ObjectMapper JSON = new ObjectMapper();

  static Serveur serveur;
  static final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(30)).build();

  @TempDir static Path dossier;

  @BeforeAll
  static void demarrer() {
    serveur = serveurDeTest();
  }

  /** The bundled rules on an ephemeral port, with a generous deadline and queue for loaded test machines. */
  static Serveur serveurDeTest() {
    return Serveur.configuration(RuleSource.bundled()).port(0)
        .limites(new Limites(Limites.TAILLE_MAX, Duration.ofMinutes(5), 2, 64)).demarrer();
  }

  @AfterAll
  static void arreter() {
    if (serveur != null) serveur.close();
  }

  static URI uri(Serveur s, String chemin) {
    return URI.create("http://127.0.0.1:" + s.port() + chemin);
  }

  static HttpResponse<byte[]> get(Serveur s, String chemin) throws IOException, InterruptedException {
    return client.send(HttpRequest.newBuilder(uri(s, chemin)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  static HttpResponse<byte[]> post(Serveur s, String chemin, String type, byte[] corps) throws IOException, InterruptedException {
    HttpRequest.Builder b = HttpRequest.newBuilder(uri(s, chemin)).POST(HttpRequest.BodyPublishers.ofByteArray(corps));
    if (type != null) b.header("Content-Type", type);
    return client.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  /** The Content-Type, without the optional spaces (Jetty writes none). */
  static String type(HttpResponse<byte[]> r) {
    return r.headers().firstValue("Content-Type").orElse("").replace(" ", "");
  }

  static String texte(HttpResponse<byte[]> r) {
    return new String(r.body(), StandardCharsets.UTF_8);
  }

  /** One request and the CLI command that must print the same bytes. */
  record Cas(String methode, String chemin, String fichier, String[] cli) {}

  static final List<Cas> CAS = List.of(
      new Cas("POST", "/v1/check?date=2026-06-30", CABBALR,
          new String[] {"check", CABBALR, "--date", "2026-06-30", "--format", "json"}),
      new Cas("POST", "/v1/check", HENIN, new String[] {"check", HENIN, "--format", "json"}),
      new Cas("GET", "/v1/obligations?epci=246200299&date=2026-01-01", null,
          new String[] {"obligations", "--epci", "246200299", "--date", "2026-01-01", "--format", "json"}),
      new Cas("GET", "/v1/obligations?commune=62119,62023&date=2024-06-01&inclure-non-applicables=true", null,
          new String[] {"obligations", "--commune", "62119,62023", "--date", "2024-06-01", "--format", "json", "--inclure-non-applicables"}),
      new Cas("POST", "/v1/bonus?annee=2026&enveloppe=3348460.64&poids-par-defaut=1", CABBALR,
          new String[] {"bonus", CABBALR, "--annee", "2026", "--enveloppe", "3348460.64", "--poids-par-defaut", "1", "--format", "json"}));

  static HttpResponse<byte[]> envoyer(Cas c) throws IOException, InterruptedException {
    return c.methode().equals("GET") ? get(serveur, c.chemin())
        : post(serveur, c.chemin(), "application/yaml", Files.readAllBytes(Path.of(c.fichier())));
  }

  @Test
  void sousChargeChaqueReponseEstOctetPourOctetCelleDeLaCommande() throws Exception {
    List<byte[]> attendus = new ArrayList<>();
    for (Cas c : CAS) attendus.add(CliRun.run(c.cli()).expect(0).out.getBytes(StandardCharsets.UTF_8));

    int fils = 8;
    int parFil = 4;
    ExecutorService pool = Executors.newFixedThreadPool(fils);
    try {
      List<Future<Integer>> resultats = new ArrayList<>();
      for (int t = 0; t < fils; t++) {
        int debut = t;
        resultats.add(pool.submit(() -> {
          for (int i = 0; i < parFil; i++) {
            int k = (debut + i) % CAS.size();
            HttpResponse<byte[]> r = envoyer(CAS.get(k));
            assertEquals(200, r.statusCode(), () -> CAS.get(k).chemin() + " : " + texte(r));
            assertEquals("application/json;charset=utf-8", type(r));
            assertArrayEquals(attendus.get(k), r.body(), CAS.get(k).chemin());
          }
          return parFil;
        }));
      }
      int n = 0;
      for (Future<Integer> f : resultats) n += f.get();
      assertEquals(fils * parFil, n);
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void unDocumentInvalideRecoitLesErreursPositionneesDeLaCommande() throws Exception {
    Path mauvais = dossier.resolve("mauvaise.ctg.yaml");
    String yaml = new String(Files.readAllBytes(Path.of(HENIN)), StandardCharsets.UTF_8)
        .replaceFirst("(?m)^dateFin: .*$", "dateFin: 2020-01-01\ninconnu: 1");
    Files.writeString(mauvais, yaml, StandardCharsets.UTF_8);
    CliRun cli = CliRun.run("check", mauvais.toString(), "--format", "json").expect(2);

    HttpResponse<byte[]> r = post(serveur, "/v1/check?fichier=" + mauvais, "application/yaml", yaml.getBytes(StandardCharsets.UTF_8));
    assertEquals(400, r.statusCode());
    assertEquals("application/problem+json;charset=utf-8", type(r));
    JsonNode p = JSON.readTree(r.body());
    assertEquals("urn:ctg:probleme:document-invalide", p.get("type").asText());
    assertEquals(400, p.get("status").asInt());
    List<String> lignes = new ArrayList<>();
    p.get("erreurs").forEach(e -> lignes.add(e.get("texte").asText()));
    assertEquals(cli.err.lines().toList(), lignes);
    assertTrue(lignes.get(0).contains("$.inconnu: propriété « inconnu » inconnue"), lignes::toString);
    JsonNode premiere = p.get("erreurs").get(0);
    assertEquals(mauvais.toString(), premiere.get("fichier").asText());
    assertTrue(premiere.get("ligne").asInt() > 0 && premiere.get("colonne").asInt() > 0, premiere::toString);

    // JSON with a syntax error: positioned as the CLI positions it
    Path casse = dossier.resolve("cassee.json");
    Files.writeString(casse, "{\n  \"schema\": \"ctg-convention/1\",\n  \"id\": \n}\n", StandardCharsets.UTF_8);
    CliRun cliJson = CliRun.run("check", casse.toString()).expect(2);
    HttpResponse<byte[]> rj = post(serveur, "/v1/check?fichier=" + casse, "application/json", Files.readAllBytes(casse));
    assertEquals(400, rj.statusCode());
    List<String> lj = new ArrayList<>();
    JSON.readTree(rj.body()).get("erreurs").forEach(e -> lj.add(e.get("texte").asText()));
    assertEquals(cliJson.err.lines().toList(), lj);
  }

  @Test
  void lesParametresInvalidesSontRefusesEnFrancais() throws Exception {
    // unknown commune: the CLI's "ctg : message", the message as detail
    CliRun cli = CliRun.run("obligations", "--commune", "99999", "--date", "2026-01-01", "--format", "json").expect(2);
    HttpResponse<byte[]> r = get(serveur, "/v1/obligations?commune=99999&date=2026-01-01");
    assertEquals(400, r.statusCode());
    JsonNode p = JSON.readTree(r.body());
    assertEquals("urn:ctg:probleme:selection-invalide", p.get("type").asText());
    assertEquals(cli.err, "ctg : " + p.get("detail").asText() + "\n");

    assertProbleme(get(serveur, "/v1/obligations?commune=62119&date=2026-13-01"), 400, "urn:ctg:probleme:parametre-invalide",
        "date : date invalide « 2026-13-01 » : AAAA-MM-JJ attendu");
    assertProbleme(get(serveur, "/v1/obligations?commune=62119"), 400, "urn:ctg:probleme:parametre-invalide",
        "paramètre date obligatoire (AAAA-MM-JJ) : les règles ne lisent jamais l'horloge");
    assertProbleme(get(serveur, "/v1/obligations?commune=62119&epci=246200299&date=2026-01-01"), 400,
        "urn:ctg:probleme:parametre-invalide", "indiquez exactement un territoire : commune (code INSEE), epci (SIREN) ou departement (code)");
    assertProbleme(get(serveur, "/v1/obligations?comune=62119&date=2026-01-01"), 400, "urn:ctg:probleme:parametre-invalide",
        "paramètre inconnu « comune » ; paramètres admis : commune, date, departement, epci, inclure-non-applicables");
    byte[] cabbalr = Files.readAllBytes(Path.of(CABBALR));
    assertProbleme(post(serveur, "/v1/bonus?annee=2026&enveloppe=-1", "application/yaml", cabbalr), 400,
        "urn:ctg:probleme:parametre-invalide", "enveloppe : montant négatif « -1 »");
    assertProbleme(post(serveur, "/v1/bonus", "application/yaml", cabbalr), 400,
        "urn:ctg:probleme:parametre-invalide", "paramètre annee obligatoire (ex. annee=2026)");
    assertProbleme(post(serveur, "/v1/check", "application/xml", cabbalr), 415,
        "urn:ctg:probleme:type-non-pris-en-charge", "type de contenu « application/xml » : application/yaml ou application/json attendu");
  }

  @Test
  void uneRouteInconnueOuUneMauvaiseMethodeRecoiventUnProbleme() throws Exception {
    assertProbleme(get(serveur, "/v1/inconnue"), 404, "urn:ctg:probleme:route-inconnue",
        "aucune route GET /v1/inconnue ; les routes sont décrites par GET /v1/openapi.json");
    assertProbleme(get(serveur, "/v1/check"), 405, "urn:ctg:probleme:route-inconnue",
        "méthode GET non permise sur /v1/check ; les routes sont décrites par GET /v1/openapi.json");
  }

  @Test
  void unCorpsTropGrandRecoit413AvecOuSansLongueurAnnoncee() throws Exception {
    try (Serveur petit = Serveur.configuration(RuleSource.bundled()).port(0)
        .limites(new Limites(64 * 1024, Duration.ofMinutes(1), 1, 4)).demarrer()) {
      byte[] corps = new byte[200 * 1024];
      java.util.Arrays.fill(corps, (byte) '#');
      String attendu = "le corps de la requête dépasse la limite de 65536 octets (option --taille-max de ctg serve)";
      assertProbleme(post(petit, "/v1/check", "application/yaml", corps), 413, "urn:ctg:probleme:trop-volumineux", attendu);
      // chunked: no Content-Length, the server counts what it reads
      HttpRequest morceaux = HttpRequest.newBuilder(uri(petit, "/v1/check")).header("Content-Type", "application/yaml")
          .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(corps))).build();
      assertProbleme(client.send(morceaux, HttpResponse.BodyHandlers.ofByteArray()), 413, "urn:ctg:probleme:trop-volumineux", attendu);
      // just under the limit: read, and refused for what it is (not a convention)
      byte[] juste = java.util.Arrays.copyOf(corps, 64 * 1024);
      assertEquals(400, post(petit, "/v1/check", "application/yaml", juste).statusCode());
    }
  }

  @Test
  void uneEvaluationTropLongueRecoit503() throws Exception {
    try (Serveur presse = Serveur.configuration(RuleSource.bundled()).port(0)
        .limites(new Limites(Limites.TAILLE_MAX, Duration.ofMillis(1), 1, 0)).demarrer()) {
      HttpResponse<byte[]> r = post(presse, "/v1/check", "application/yaml", Files.readAllBytes(Path.of(CABBALR)));
      assertProbleme(r, 503, "urn:ctg:probleme:delai-depasse", "l'évaluation n'a pas abouti en 1 ms (option --delai-max de ctg serve)");
      assertEquals("1", r.headers().firstValue("Retry-After").orElse(""));
    }
  }

  @Test
  void uneEvaluationQuiDepasseSonDelaiGardeSaPlaceJusquASaFin() throws Exception {
    try (Evaluations e = new Evaluations(new Limites(Limites.TAILLE_MAX, Duration.ofSeconds(2), 1, 0))) {
      java.util.concurrent.CountDownLatch demarree = new java.util.concurrent.CountDownLatch(1);
      java.util.concurrent.CountDownLatch liberee = new java.util.concurrent.CountDownLatch(1);
      java.util.concurrent.CompletableFuture<Probleme> premiere = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
        try {
          e.executer(() -> {
            demarree.countDown();
            liberee.await();
            return "fini";
          });
          return null;
        } catch (Probleme p) {
          return p;
        }
      });
      assertTrue(demarree.await(2, java.util.concurrent.TimeUnit.MINUTES), "l'évaluation n'a pas démarré");
      assertEquals("urn:ctg:probleme:delai-depasse", premiere.get().type);
      // its 503 is sent, but it runs on and holds the only slot: nobody else gets in (no waiting queue)
      Probleme occupe = org.junit.jupiter.api.Assertions.assertThrows(Probleme.class, () -> e.executer(() -> "autre"));
      assertEquals("urn:ctg:probleme:serveur-occupe", occupe.type);
      liberee.countDown();
      // once it has ended, the slot is free again
      long fin = System.nanoTime() + Duration.ofMinutes(1).toNanos();
      String r = null;
      while (r == null) {
        try {
          r = e.executer(() -> "suivante");
        } catch (Probleme p) {
          if (System.nanoTime() > fin) throw p;
          Thread.sleep(10);
        }
      }
      assertEquals("suivante", r);
    }
  }

  @Test
  void lesDepotsDuFormulaireRestentEnMemoire(@TempDir Path cache) throws Exception {
    try (Serveur s = Serveur.configuration(RuleSource.bundled()).port(0).cacheMultipart(cache)
        .limites(new Limites(Limites.TAILLE_MAX, Duration.ofMinutes(1), 1, 4)).demarrer()) {
      // a 3 MiB upload (a YAML comment, then an invalid document): Jetty's default threshold would spill it to disk
      StringBuilder b = new StringBuilder();
      while (b.length() < 3 * 1024 * 1024) b.append("# ligne de commentaire pour grossir le dépôt\n");
      b.append("schema: ctg-convention/1\n");
      String frontiere = "----ctg-test-frontiere";
      String debut = "--" + frontiere + "\r\nContent-Disposition: form-data; name=\"convention\"; filename=\"grosse.ctg.yaml\"\r\n"
          + "Content-Type: application/yaml\r\n\r\n";
      String fin = "\r\n--" + frontiere + "--\r\n";
      byte[] corps = (debut + b + fin).getBytes(StandardCharsets.UTF_8);
      HttpResponse<byte[]> r = post(s, "/rapport", "multipart/form-data; boundary=" + frontiere, corps);
      assertEquals(400, r.statusCode(), () -> texte(r));
      assertTrue(texte(r).contains("<li>grosse.ctg.yaml:"), texte(r)); // the CLI's positioned errors, on the page
      try (var fichiers = Files.list(cache)) {
        assertEquals(List.of(), fichiers.toList());
      }
    }
  }

  @Test
  void leDocumentOpenApiDecritExactementLesRoutes() throws Exception {
    HttpResponse<byte[]> r = get(serveur, "/v1/openapi.json");
    assertEquals(200, r.statusCode());
    try (var in = Serveur.class.getResourceAsStream("openapi.json")) {
      assertArrayEquals(in.readAllBytes(), r.body());
    }
    JsonNode doc = JSON.readTree(r.body());
    assertTrue(doc.get("openapi").asText().startsWith("3."), "version OpenAPI");
    Set<String> decrites = new TreeSet<>();
    doc.get("paths").fields().forEachRemaining(p -> p.getValue().fieldNames()
        .forEachRemaining(m -> decrites.add(m.toUpperCase(java.util.Locale.ROOT) + " " + p.getKey())));
    assertEquals(new TreeSet<>(Serveur.ROUTES_API), decrites);
    // every route described is served (no 404/405), and every query parameter it names is accepted
    for (String route : Serveur.ROUTES_API) {
      String methode = route.substring(0, route.indexOf(' '));
      String chemin = route.substring(route.indexOf(' ') + 1);
      JsonNode op = doc.get("paths").get(chemin).get(methode.toLowerCase(java.util.Locale.ROOT));
      assertTrue(op.has("responses") && op.get("responses").has("200"), route);
      StringBuilder requete = new StringBuilder(chemin);
      char sep = '?';
      for (JsonNode param : op.path("parameters")) {
        String nom = param.get("name").asText();
        if (nom.equals("epci") || nom.equals("departement") || nom.equals("inclure-non-applicables")) continue;
        String valeur = param.has("example") ? param.get("example").asText() : nom.equals("fichier") ? "x.ctg.yaml" : "2026-01-01";
        requete.append(sep).append(nom).append('=').append(valeur);
        sep = '&';
      }
      HttpResponse<byte[]> rep = methode.equals("GET") ? get(serveur, requete.toString())
          : post(serveur, requete.toString(), "application/yaml", Files.readAllBytes(Path.of(HENIN)));
      assertEquals(200, rep.statusCode(), () -> route + " " + requete + " : " + texte(rep));
    }
  }

  @Test
  void lesReglesServiesSontDecrites() throws Exception {
    HttpResponse<byte[]> r = get(serveur, "/v1/regles");
    assertEquals(200, r.statusCode());
    JsonNode d = JSON.readTree(r.body());
    fr.ctg.regles.RuleBase base = fr.ctg.regles.RuleBase.bundled();
    assertEquals(base.empreinte(), d.get("empreinte").asText());
    assertEquals(base.nombre(), d.get("nombre").asInt());
    assertEquals(base.regles().size(), d.get("regles").size());
    JsonNode premiere = d.get("regles").get(0);
    assertEquals(base.regle(premiere.get("id").asText()).orElseThrow().fondement(), premiere.get("fondement").asText());
    assertTrue(!d.has("rechargement"), "pas de dossier surveillé");
  }

  static void assertProbleme(HttpResponse<byte[]> r, int statut, String type, String detail) throws IOException {
    assertEquals(statut, r.statusCode(), () -> texte(r));
    assertEquals("application/problem+json;charset=utf-8", type(r));
    JsonNode p = JSON.readTree(r.body());
    assertEquals(type, p.get("type").asText());
    assertEquals(statut, p.get("status").asInt());
    assertEquals(detail, p.get("detail").asText());
  }
}
