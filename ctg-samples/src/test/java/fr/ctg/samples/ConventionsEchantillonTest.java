package fr.ctg.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import fr.ctg.convention.Convention;
import fr.ctg.document.DocumentReader;
import fr.ctg.territoire.Territoire;
import java.nio.file.Path;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Structural checks of the seed conventions encoded as YAML in {@code conventions/}: counts the seeds
 * state, INSEE codes well-formed and unique, identifiers unique, internal references resolved; each
 * file validates with {@link DocumentReader#readConvention(Path)} and its INSEE codes and EPCI exist
 * in the national registry.
 */
class ConventionsEchantillonTest {

  private static final YAMLMapper YAML = new YAMLMapper();
  private static final Pattern INSEE = Pattern.compile("(\\d{5}|2[AB]\\d{3})");
  /**
   * Structures the source lists in a commune the convention does not cover, kept as printed: the ALSH
   * of Servins (62793), run by the SIVOM du Béthunois, outside the CABBALR (seed 000 L3259-3261).
   */
  private static final Set<String> HORS_TERRITOIRE = Set.of("alsh-extra-servins-ecole-les-quatre-vents");
  private static final Pattern SLUG = Pattern.compile("[a-z0-9-]+");

  static Stream<String> echantillons() {
    return Stream.of(
        "cabbalr-2021-2025",
        "cabbalr-2026-2030",
        "henin-carvin-2026-2030",
        "ternois-2023-2027",
        "pays-d-opale-2022-2026",
        "region-d-audruicq-2022-2026");
  }

  private static JsonNode lire(String id) throws IOException {
    String chemin = "/conventions/" + id + ".ctg.yaml";
    try (InputStream in = ConventionsEchantillonTest.class.getResourceAsStream(chemin)) {
      assertNotNull(in, "ressource absente : " + chemin);
      return YAML.readTree(in);
    }
  }

  private static List<JsonNode> liste(JsonNode parent, String champ) {
    List<JsonNode> resultat = new ArrayList<>();
    parent.path(champ).forEach(resultat::add);
    return resultat;
  }

  private static void uniques(String quoi, List<String> valeurs) {
    Set<String> vus = new HashSet<>();
    for (String v : valeurs) {
      assertTrue(vus.add(v), quoi + " en double : " + v);
    }
  }

  @ParameterizedTest
  @MethodSource("echantillons")
  void enTeteIdentifiantEtPeriode(String id) throws IOException {
    JsonNode c = lire(id);
    assertEquals("ctg-convention/1", c.path("schema").asText());
    assertEquals(id, c.path("id").asText(), "id = nom du fichier");
    assertTrue(SLUG.matcher(id).matches());
    String debut = c.path("dateDebut").asText();
    String fin = c.path("dateFin").asText();
    assertTrue(debut.compareTo(fin) < 0, "dateDebut avant dateFin");
    assertEquals("62", c.path("territoire").path("departement").asText());
  }

  @ParameterizedTest
  @MethodSource("echantillons")
  void codesInseeBienFormesEtUniques(String id) throws IOException {
    JsonNode c = lire(id);
    List<String> codes = new ArrayList<>();
    for (JsonNode commune : liste(c.path("territoire"), "communes")) {
      String insee = commune.path("insee").asText();
      assertTrue(INSEE.matcher(insee).matches(), "code INSEE invalide : " + insee);
      assertTrue(insee.startsWith("62"), "commune hors Pas-de-Calais : " + insee);
      assertTrue(commune.hasNonNull("source"), "commune sans source : " + insee);
      codes.add(insee);
    }
    uniques("code INSEE", codes);
    for (JsonNode e : liste(c, "equipements")) {
      if (e.has("commune")) {
        String insee = e.path("commune").asText();
        assertTrue(INSEE.matcher(insee).matches(), "code INSEE invalide : " + insee);
        assertTrue(codes.contains(insee) || HORS_TERRITOIRE.contains(e.path("id").asText()),
            "équipement hors des communes couvertes : " + e.path("id"));
      }
    }
  }

  @ParameterizedTest
  @MethodSource("echantillons")
  void identifiantsUniquesEtReferencesResolues(String id) throws IOException {
    JsonNode c = lire(id);
    List<String> signataires = liste(c, "signataires").stream().map(s -> s.path("id").asText()).toList();
    uniques("signataire", signataires);
    uniques("équipement", liste(c, "equipements").stream().map(e -> e.path("id").asText()).toList());
    uniques("poste", liste(c, "postesCooperation").stream().map(p -> p.path("id").asText()).toList());
    uniques("instance", liste(c.path("gouvernance"), "instances").stream().map(i -> i.path("id").asText()).toList());
    List<String> sdsf = liste(c, "sdsf").stream().map(o -> o.path("id").asText()).toList();
    uniques("orientation", sdsf);
    List<String> planIds = new ArrayList<>();
    for (JsonNode enjeu : liste(c, "enjeux")) {
      planIds.add(enjeu.path("id").asText());
      for (JsonNode ambition : liste(enjeu, "ambitions")) {
        planIds.add(ambition.path("id").asText());
        assertTrue(ambition.has("orientationsSdsf"), "ambition sans orientationsSdsf : " + ambition.path("id"));
        ambition.path("orientationsSdsf").forEach(o ->
            assertTrue(sdsf.contains(o.asText()), "orientation inconnue : " + o.asText()));
      }
    }
    uniques("enjeu/ambition", planIds);
    for (JsonNode avenant : liste(c, "avenants")) {
      avenant.path("signataires").forEach(s ->
          assertTrue(signataires.contains(s.asText()), "signataire d'avenant inconnu : " + s.asText()));
    }
    for (JsonNode poste : liste(c, "postesCooperation")) {
      BigDecimal etp = poste.path("etp").decimalValue();
      int personnes = poste.path("nombrePersonnes").asInt(1);
      assertTrue(etp.signum() > 0 && etp.compareTo(BigDecimal.valueOf(personnes)) <= 0,
          "etp hors ]0, 1 par personne] : " + poste.path("id"));
    }
  }

  @ParameterizedTest
  @MethodSource("echantillons")
  void valideAvecLeLecteurDeConventions(String id) throws Exception {
    // schema ctg-convention/1, dates, unique ids, internal references, INSEE codes known to the registry
    Convention c = DocumentReader.readConvention(Path.of("src/main/resources/conventions/" + id + ".ctg.yaml"));
    assertEquals(id, c.id());
  }

  @ParameterizedTest
  @MethodSource("echantillons")
  void codesInseeConnusDuRegistreNational(String id) throws Exception {
    Convention c = DocumentReader.readConvention(Path.of("src/main/resources/conventions/" + id + ".ctg.yaml"));
    Territoire t = Territoire.national();
    List<String> codes = new ArrayList<>();
    c.territoire().communes().forEach(k -> codes.add(k.insee()));
    c.equipements().forEach(e -> e.commune().ifPresent(codes::add));
    c.equipements().forEach(e -> codes.addAll(e.communesCouvertes()));
    c.signataires().forEach(s -> s.insee().ifPresent(codes::add));
    for (String insee : codes) {
      assertTrue(t.commune(insee).isPresent(), id + " : code INSEE inconnu du registre : " + insee);
    }
    c.territoire().epci().ifPresent(siren -> assertTrue(t.epci(siren).isPresent(), id + " : EPCI inconnu : " + siren));
  }

  @Test
  void cabbalr20262030CouvreLes100CommunesDeLEpciDuRegistre() throws Exception {
    // 000_6ba50e68de7cb4c5.txt L1160-1524 ; 002_5bab4707b2a37c8e.txt L49 : « l'ensemble des 100 communes du territoire »
    Convention c = DocumentReader.readConvention(Path.of("src/main/resources/conventions/cabbalr-2026-2030.ctg.yaml"));
    Territoire t = Territoire.national();
    Set<String> registre = new HashSet<>();
    t.membres("200072460").forEach(k -> registre.add(k.insee()));
    Set<String> listees = new HashSet<>();
    c.territoire().communes().forEach(k -> listees.add(k.insee()));
    assertEquals(100, registre.size());
    assertEquals(registre, listees);
  }

  @Test
  void cabbalr20212025ContientCeQueLaSourceEnonce() throws IOException {
    JsonNode c = lire("cabbalr-2021-2025");
    // 001_65a752accbc4fa7a.txt L211, L3380-3485 : les 100 communes de l'annexe 2
    assertEquals(100, c.path("territoire").path("communes").size());
    assertEquals(100, c.path("territoire").path("nombreCommunesDeclare").asInt());
    // L3704 : 18.88 ETP, 23 personnes
    BigDecimal total = liste(c, "postesCooperation").stream()
        .map(p -> p.path("etp").decimalValue()).reduce(BigDecimal.ZERO, BigDecimal::add);
    assertEquals(0, new BigDecimal("18.88").compareTo(total), "total ETP : " + total);
    assertEquals(23, c.path("postesCooperation").size());
    // annexe 4 : 46 fiches-actions + la fiche pilotage
    long fiches = liste(c, "enjeux").stream().mapToLong(e -> e.path("ambitions").size()).sum();
    assertEquals(47, fiches);
    // L4717 : engagement avant le 31/12/2021
    assertEquals("2021-12-31", c.path("dateLimiteEngagement").asText());
  }

  @Test
  void cabbalr20262030ContientCeQueLaSourceEnonce() throws IOException {
    JsonNode c = lire("cabbalr-2026-2030");
    // 000_6ba50e68de7cb4c5.txt L1160-1524 ; 002 L49 : 100 communes
    assertEquals(100, c.path("territoire").path("communes").size());
    assertEquals(100, c.path("territoire").path("nombreCommunesDeclare").asInt());
    // L1524 : total population légale totale 2021 en vigueur au 1er janvier 2024 = 278 431
    int somme = 0;
    for (JsonNode commune : liste(c.path("territoire"), "communes")) {
      somme += commune.path("populationDeclaree").asInt();
    }
    assertEquals(278_431, somme);
    // L11-61 : 4 signataires ; L770-820 : 3 enjeux, 8 ambitions
    assertEquals(4, c.path("signataires").size());
    assertEquals(3, c.path("enjeux").size());
    assertEquals(8, liste(c, "enjeux").stream().mapToInt(e -> e.path("ambitions").size()).sum());
    // L9598-9604
    assertEquals("2025-11-29", c.path("dateLimiteEngagement").asText());
    // generated part: ANNEXE 3 (L3005-4002), 304 structures; ANNEXE 7 (L9396-9425): 18 posts with a
    // 2026-2030 ETP (Violaines « en cours » left out), 10,74 ETP (TOTAL row L9425), 26 persons of 27
    assertEquals(304, c.path("equipements").size());
    assertEquals(18, c.path("postesCooperation").size());
    BigDecimal etp = liste(c, "postesCooperation").stream()
        .map(p -> p.path("etp").decimalValue()).reduce(BigDecimal.ZERO, BigDecimal::add);
    assertEquals(0, new BigDecimal("10.74").compareTo(etp), "total ETP : " + etp);
    assertEquals(26, liste(c, "postesCooperation").stream().mapToInt(p -> p.path("nombrePersonnes").asInt()).sum());
    // L4003-4029: Bonus Territoire 2021-2024
    assertEquals(4, c.path("bonusTerritoire").size());
    assertEquals(0, new BigDecimal("3348460.64").compareTo(c.path("bonusTerritoire").get(3).path("montant").decimalValue()));
  }

  @Test
  void heninCarvinCompteQuatorzeCommunesEtTientLieuDeSchema() throws IOException {
    JsonNode c = lire("henin-carvin-2026-2030");
    assertEquals(14, c.path("territoire").path("communes").size());
    // 004_6fa37c30264637ed.txt L229, L349-355
    assertTrue(c.path("tientLieuDeSchema").path("declare").asBoolean());
    assertEquals(5, c.path("tientLieuDeSchema").path("elements").size());
  }

  @Test
  void avenantsEtTernoisPortentLesNombresDeclares() throws IOException {
    // 003_d0c80c4aeed589fb.txt L146, L2306, L5546
    assertEquals(23, lire("pays-d-opale-2022-2026").path("territoire").path("nombreCommunesDeclare").asInt());
    assertEquals(15, lire("region-d-audruicq-2022-2026").path("territoire").path("nombreCommunesDeclare").asInt());
    assertEquals(15, lire("region-d-audruicq-2022-2026").path("territoire").path("communes").size());
    assertEquals(103, lire("ternois-2023-2027").path("territoire").path("nombreCommunesDeclare").asInt());
    for (String id : List.of("pays-d-opale-2022-2026", "region-d-audruicq-2022-2026")) {
      JsonNode avenant = lire(id).path("avenants").get(0);
      assertEquals("2023-001", avenant.path("id").asText());
      assertTrue(avenant.path("clausesModifiees").size() > 0);
    }
  }
}
