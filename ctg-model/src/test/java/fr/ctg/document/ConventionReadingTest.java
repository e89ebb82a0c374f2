package fr.ctg.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.ctg.convention.Convention;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One test per class of error a convention document can carry: each asserts the position
 * (line:column), the JSON pointer and the French message, and that the reader returns nothing.
 */
class ConventionReadingTest {
  @TempDir Path dir;

  /** Lines 1-10 of a minimal valid convention; tests append or replace lines. */
  static final String BASE = String.join("\n",
      "schema: ctg-convention/1",
      "id: test-2026-2030",
      "titre: Convention de test",
      "dateDebut: 2026-01-01",
      "dateFin: 2030-12-31",
      "territoire:",
      "  departement: \"62\"",
      "  communes:",
      "    - insee: \"62119\"",
      "      nom: Béthune",
      "");

  private Path write(String name, String content) throws IOException {
    Path p = dir.resolve(name);
    Files.writeString(p, content, StandardCharsets.UTF_8);
    return p;
  }

  private List<DocumentError> errors(String yaml) throws IOException {
    return errors(yaml, null);
  }

  private List<DocumentError> errors(String yaml, Predicate<String> communeConnue) throws IOException {
    Path p = write("c.ctg.yaml", yaml);
    InvalidDocumentException e = assertThrows(InvalidDocumentException.class,
        () -> DocumentReader.readConvention(p, communeConnue));
    return e.errors();
  }

  private static void assertError(DocumentError e, int line, int column, String pointer, String messageStart) {
    assertEquals(line + ":" + column + " " + pointer, e.line() + ":" + e.column() + " " + e.pointer(), e.toString());
    assertTrue(e.message().startsWith(messageStart), () -> "message : " + e.message());
    assertTrue(e.file().endsWith("c.ctg.yaml"));
  }

  @Test
  void readsTheSampleConvention() throws Exception {
    Path p = dir.resolve("exemple.ctg.yaml");
    try (InputStream in = getClass().getResourceAsStream("exemple.ctg.yaml")) {
      Files.copy(in, p);
    }
    Convention c = DocumentReader.readConvention(p, Set.of("62119", "62126")::contains);
    assertEquals("exemple-2026-2030", c.id());
    assertEquals(LocalDate.of(2030, 12, 31), c.dateFin());
    assertEquals(2, c.territoire().communes().size());
    assertEquals(new BigDecimal("3348460.64"), c.bonusTerritoire().get(0).montant());
    assertEquals(new BigDecimal("52000.00"), c.postesCooperation().get(0).coutAnnuel().orElseThrow());
    assertEquals(List.of("SDSF-1"), c.enjeux().get(0).ambitions().get(0).orientationsSdsf());
    assertTrue(c.resiliation().isEmpty());
  }

  @Test
  void minimalConventionIsValid() throws Exception {
    Convention c = DocumentReader.readConvention(write("c.ctg.yaml", BASE));
    assertEquals("test-2026-2030", c.id());
    assertTrue(c.signataires().isEmpty());
  }

  @Test
  void unknownKey() throws Exception {
    List<DocumentError> e = errors(BASE + "dateSignatur: 2026-03-01\n");
    assertEquals(1, e.size());
    assertError(e.get(0), 11, 1, "$.dateSignatur", "propriété « dateSignatur » inconnue ; vouliez-vous dire « dateSignature » ?");
  }

  @Test
  void unknownNestedKeyListsNothingCloseButNamesTheKey() throws Exception {
    List<DocumentError> e = errors(BASE.replace("      nom: Béthune", "      nom: Béthune\n      habitants: 25000"));
    assertEquals(1, e.size());
    assertError(e.get(0), 11, 7, "$.territoire.communes[0].habitants", "propriété « habitants » inconnue");
  }

  @Test
  void wrongType() throws Exception {
    List<DocumentError> e = errors(BASE.replace("departement: \"62\"", "departement: 62"));
    assertEquals(1, e.size());
    assertError(e.get(0), 7, 16, "$.territoire.departement",
        "nombre entier trouvé, texte attendu : écrivez la valeur entre guillemets");
  }

  @Test
  void negativePopulation() throws Exception {
    List<DocumentError> e = errors(BASE.replace("      nom: Béthune", "      nom: Béthune\n      populationDeclaree: -25"));
    assertEquals(1, e.size());
    assertError(e.get(0), 11, 27, "$.territoire.communes[0].populationDeclaree", "valeur « -25 » trop petite : au moins 0");
  }

  @Test
  void negativeAmountAndCentsOnly() throws Exception {
    List<DocumentError> e = errors(BASE + "bonusTerritoire:\n  - annee: 2024\n    montant: -3.5\n  - annee: 2025\n    montant: 10.123\n");
    assertEquals(2, e.size());
    assertError(e.get(0), 13, 14, "$.bonusTerritoire[0].montant", "valeur « -3.5 » trop petite : au moins 0");
    assertError(e.get(1), 15, 14, "$.bonusTerritoire[1].montant", "montant « 10.123 » invalide : au plus 2 décimales");
  }

  @Test
  void etpOutsideZeroOne() throws Exception {
    String poste = "postesCooperation:\n  - id: p1\n    employeur: \"200072460\"\n    typeEmployeur: EPCI\n"
        + "    nomEmployeur: CABBALR\n    etp: %s\n";
    assertError(errors(BASE + String.format(poste, "0")).get(0), 16, 10, "$.postesCooperation[0].etp",
        "valeur « 0 » trop petite : strictement plus de 0");
    assertError(errors(BASE + String.format(poste, "1.5")).get(0), 16, 10, "$.postesCooperation[0].etp",
        "ETP 1.5 supérieur à 1 par personne (1 personne(s) : renseigner nombrePersonnes)");
  }

  @Test
  void etpUpToOnePerPersonOfAPost() throws Exception {
    String poste = "postesCooperation:\n  - id: p1\n    employeur: \"200072460\"\n    typeEmployeur: EPCI\n"
        + "    nomEmployeur: CABBALR\n    etp: %s\n    nombrePersonnes: 2\n";
    Convention c = DocumentReader.readConvention("c.ctg.yaml",
        (BASE + String.format(poste, "1.5")).getBytes(java.nio.charset.StandardCharsets.UTF_8), true, null);
    assertEquals(2, c.postesCooperation().get(0).nombrePersonnes());
    assertError(errors(BASE + String.format(poste, "2.5")).get(0), 16, 10, "$.postesCooperation[0].etp",
        "ETP 2.5 supérieur à 1 par personne (2 personne(s) : renseigner nombrePersonnes)");
  }

  @Test
  void impossibleDate() throws Exception {
    List<DocumentError> e = errors(BASE.replace("dateFin: 2030-12-31", "dateFin: 2030-02-30"));
    assertEquals(1, e.size());
    assertError(e.get(0), 5, 10, "$.dateFin", "date « 2030-02-30 » invalide");
  }

  @Test
  void endBeforeStart() throws Exception {
    List<DocumentError> e = errors(BASE.replace("dateFin: 2030-12-31", "dateFin: 2025-12-31"));
    assertEquals(1, e.size());
    assertError(e.get(0), 5, 10, "$.dateFin", "la date de fin (2025-12-31) précède la date de début (2026-01-01)");
  }

  @Test
  void duplicateIdsRefusedButACommuneListedTwiceIsRead() throws Exception {
    // A commune listed twice is the source's inconsistency, read as written and reported by CONV-COHERENCE.
    String doc = BASE + "    - insee: \"62119\"\n      nom: Béthune bis\n"
        + "signataires:\n  - id: caf-62\n    type: CAF\n    nom: CAF\n  - id: caf-62\n    type: EPCI\n    nom: EPCI\n";
    List<DocumentError> e = errors(doc);
    assertEquals(1, e.size());
    assertError(e.get(0), 17, 9, "$.signataires[1].id", "identifiant « caf-62 » en double (déjà utilisé en $.signataires[0].id)");
  }

  @Test
  void unknownInseeCode() throws Exception {
    List<DocumentError> e = errors(BASE, Set.of("62126")::contains);
    assertEquals(1, e.size());
    assertError(e.get(0), 9, 14, "$.territoire.communes[0].insee", "code INSEE « 62119 » inconnu");
  }

  @Test
  void unknownReferences() throws Exception {
    String doc = BASE + "signataires:\n  - id: caf-62\n    type: CAF\n    nom: CAF\n"
        + "enjeux:\n  - id: E1\n    libelle: Petite enfance\n    ambitions:\n      - id: E1-A1\n        libelle: Offre\n        orientationsSdsf: [SDSF-9]\n"
        + "avenants:\n  - id: a1\n    date: 2027-01-01\n    objet: Objet\n    signataires: [caf-62, epci]\n";
    List<DocumentError> e = errors(doc);
    assertEquals(2, e.size());
    assertError(e.get(0), 21, 28, "$.enjeux[0].ambitions[0].orientationsSdsf[0]", "orientation SDSF « SDSF-9 » inconnue");
    assertError(e.get(1), 26, 27, "$.avenants[0].signataires[1]", "signataire « epci » inconnu");
  }

  @Test
  void everyErrorAtOnce() throws Exception {
    String doc = BASE.replace("id: test-2026-2030", "id: Test_2026").replace("titre: Convention de test", "titre: \"\"")
        + "inconnu: 1\n";
    List<DocumentError> e = errors(doc);
    assertEquals(3, e.size(), e.toString());
    assertEquals(List.of(2, 3, 11), e.stream().map(DocumentError::line).collect(java.util.stream.Collectors.toList()));
  }

  @Test
  void missingRequiredKey() throws Exception {
    List<DocumentError> e = errors(BASE.replace("titre: Convention de test\n", ""));
    assertEquals(1, e.size());
    assertError(e.get(0), 1, 1, "$", "propriété obligatoire « titre » absente");
  }

  @Test
  void malformedYaml() throws Exception {
    List<DocumentError> e = errors(BASE.replace("      nom: Béthune", "      nom: [Béthune"));
    assertEquals(1, e.size());
    assertTrue(e.get(0).message().startsWith("syntaxe YAML invalide"), e.get(0).message());
    assertTrue(e.get(0).line() >= 10, e.get(0).toString());
  }

  @Test
  void duplicateKey() throws Exception {
    List<DocumentError> e = errors(BASE + "titre: Deuxième titre\n");
    assertEquals(1, e.size());
    assertError(e.get(0), 11, 1, "$.titre", "clé « titre » en double");
  }

  @Test
  void aliasBombIsRefusedWithoutExpansion() throws Exception {
    StringBuilder bomb = new StringBuilder(BASE).append("sdsf:\n  - id: a\n    libelle: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
    bomb.append("x1: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\n");
    bomb.append("x2: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\n");
    bomb.append("x3: [*c, *c, *c, *c, *c, *c, *c, *c, *c]\n");
    List<DocumentError> e = errors(bomb.toString());
    DocumentError first = e.stream().filter(x -> x.message().startsWith("alias YAML")).findFirst().orElseThrow();
    assertError(first, 14, 9, "$.x1[0]", "alias YAML « *a » refusé");
  }

  @Test
  void deepNesting() throws Exception {
    String deep = "[".repeat(200) + "]".repeat(200);
    List<DocumentError> e = errors(BASE + "enjeux: " + deep + "\n");
    assertEquals(1, e.size());
    assertEquals(11, e.get(0).line());
    assertTrue(e.get(0).message().startsWith("document trop imbriqué : plus de 64 niveaux"), e.get(0).message());
  }

  @Test
  void oversizedFile() throws Exception {
    StringBuilder big = new StringBuilder(BASE).append("source: \"");
    big.append("x".repeat(TreeParser.MAX_BYTES));
    big.append("\"\n");
    List<DocumentError> e = errors(big.toString());
    assertEquals(1, e.size());
    assertError(e.get(0), 1, 1, "$", "fichier trop volumineux");
  }

  @Test
  void invalidUtf8() throws Exception {
    byte[] latin1 = (BASE.replace("Béthune", "B\u00e9thune")).getBytes(StandardCharsets.ISO_8859_1);
    Path p = dir.resolve("c.ctg.yaml");
    Files.write(p, latin1);
    InvalidDocumentException ex = assertThrows(InvalidDocumentException.class, () -> DocumentReader.readConvention(p));
    assertEquals(1, ex.errors().size());
    assertError(ex.errors().get(0), 10, 13, "$", "encodage invalide : l'octet 0xE9 n'est pas de l'UTF-8");
  }

  @Test
  void emptyDocument() throws Exception {
    assertError(errors("").get(0), 1, 1, "$", "document vide");
  }

  @Test
  void jsonHasTheSameSchemaAndPositions() throws Exception {
    String json = "{\n  \"schema\": \"ctg-convention/1\",\n  \"id\": \"t\",\n  \"titre\": \"T\",\n"
        + "  \"dateDebut\": \"2026-01-01\",\n  \"dateFin\": \"2030-12-31\",\n"
        + "  \"territoire\": {\"departement\": \"62\", \"communes\": [{\"insee\": 62119, \"nom\": \"B\"}]}\n}\n";
    Path p = write("c.json", json);
    InvalidDocumentException ex = assertThrows(InvalidDocumentException.class, () -> DocumentReader.readConvention(p));
    assertEquals(1, ex.errors().size());
    DocumentError e = ex.errors().get(0);
    assertEquals("7:62 $.territoire.communes[0].insee", e.line() + ":" + e.column() + " " + e.pointer());
    Path ok = write("ok.json", json.replace("62119", "\"62119\""));
    assertEquals("t", DocumentReader.readConvention(ok).id());
  }

  @Test
  void malformedJson() throws Exception {
    Path p = write("c.json", "{\n  \"schema\": \"ctg-convention/1\",\n  \"id\" \"t\"\n}\n");
    InvalidDocumentException ex = assertThrows(InvalidDocumentException.class, () -> DocumentReader.readConvention(p));
    DocumentError e = ex.errors().get(0);
    assertEquals(3, e.line());
    assertTrue(e.message().startsWith("syntaxe JSON invalide"), e.message());
  }

  @Test
  void unsupportedExtensionAndMissingFile() throws Exception {
    Path txt = write("c.txt", BASE);
    assertTrue(assertThrows(InvalidDocumentException.class, () -> DocumentReader.readConvention(txt))
        .errors().get(0).message().startsWith("extension « .txt » non prise en charge"));
    assertEquals("fichier introuvable", assertThrows(InvalidDocumentException.class,
        () -> DocumentReader.readConvention(dir.resolve("absent.yaml"))).errors().get(0).message());
  }

  @Test
  void detectsTheDocumentType() throws Exception {
    assertEquals(DocumentType.CONVENTION, DocumentReader.detect(write("c.yaml", BASE)));
    assertEquals(DocumentType.POPULATIONS, DocumentReader.detect(dir.resolve("pop.csv")));
    assertEquals(DocumentType.PARAMETERS, DocumentReader.detect(write("p.yaml", "schema: ctg-parametres/1\n")));
    InvalidDocumentException ex = assertThrows(InvalidDocumentException.class,
        () -> DocumentReader.detect(write("x.yaml", "schema: autre/1\n")));
    assertError0(ex.errors().get(0), 1, 9, "$.schema");
  }

  private static void assertError0(DocumentError e, int line, int column, String pointer) {
    assertEquals(line + ":" + column + " " + pointer, e.line() + ":" + e.column() + " " + e.pointer());
  }

  // #12 §2 : totaux déclarés (totauxDeclares) et passages qui divergent (provenance.divergences)

  /** Lines 11-… : a TOTAL line of the table of the territory (000_6ba50e68de7cb4c5.txt L1524) and a date two passages give. */
  static final String TOTAUX = String.join("\n",
      "dateSignature: 2026-03-01",
      "provenance:",
      "  dateSignature:",
      "    document: CTG de test",
      "    article: préambule",
      "    passage: signée en date du 01/03/2026",
      "    divergences:",
      "      - valeur: 1er mars 2025",
      "        article: visas",
      "        passage: Vu la convention signée le 1er mars 2025",
      "totauxDeclares:",
      "  - id: population",
      "    objet: POPULATION_COMMUNES",
      "    valeur: 25303",
      "    elements: [\"62119\"]",
      "    provenance:",
      "      valeur:",
      "        document: CTG de test",
      "        passage: TOTAL 25 303",
      "");

  @Test
  void readsDeclaredTotalsAndDivergentPassages() throws Exception {
    Convention c = DocumentReader.readConvention(write("c.ctg.yaml", BASE + TOTAUX));
    assertEquals(new BigDecimal("25303"), c.totauxDeclares().get(0).valeur());
    assertEquals(List.of("62119"), c.totauxDeclares().get(0).elements());
    assertEquals("1er mars 2025", c.provenance().get("dateSignature").divergences().get(0).valeur());
    assertEquals("« 1er mars 2025 » selon visas, « Vu la convention signée le 1er mars 2025 »",
        c.provenance().get("dateSignature").divergences().get(0).enTexte());
  }

  @Test
  void subTotalOfACommuneNotListed() throws Exception {
    List<DocumentError> e = errors(BASE + TOTAUX.replace("[\"62119\"]", "[\"62119\", \"62126\"]"));
    assertEquals(1, e.size());
    assertError(e.get(0), 25, 25, "$.totauxDeclares[0].elements[1]",
        "commune « 62126 » inconnue : un total POPULATION_COMMUNES additionne des communes de territoire.communes (code INSEE)");
  }

  @Test
  void subTotalOfAnUnknownPost() throws Exception {
    List<DocumentError> e = errors(BASE + TOTAUX.replace("POPULATION_COMMUNES", "ETP_POSTES_COOPERATION"));
    assertEquals(1, e.size());
    assertError(e.get(0), 25, 16, "$.totauxDeclares[0].elements[0]",
        "poste « 62119 » inconnu : un total ETP_POSTES_COOPERATION additionne des postes de postesCooperation (id) (liste absente ou vide)");
  }

  @Test
  void declaredTotalsWithTheSameId() throws Exception {
    List<DocumentError> e = errors(BASE + TOTAUX + "  - id: population\n    objet: POPULATION_COMMUNES\n    valeur: 1\n");
    assertEquals(1, e.size());
    assertError(e.get(0), 30, 9, "$.totauxDeclares[1].id", "identifiant « population » en double");
  }

  @Test
  void unknownObjectOfATotal() throws Exception {
    List<DocumentError> e = errors(BASE + TOTAUX.replace("POPULATION_COMMUNES", "POPULATION"));
    assertEquals(1, e.size());
    assertError(e.get(0), 23, 12, "$.totauxDeclares[0].objet",
        "valeur « POPULATION » non admise ; valeurs admises : POPULATION_COMMUNES, ETP_POSTES_COOPERATION, PERSONNES_POSTES_COOPERATION");
  }

  @Test
  void divergentPassagesGoWithADocumentOnly() throws Exception {
    List<DocumentError> e = errors(BASE + TOTAUX.replace("    document: CTG de test\n    article: préambule\n    passage: signée en date du 01/03/2026\n",
        "    hypothese: le 1er mars est retenu\n"));
    assertEquals(1, e.size(), e::toString);
    assertError(e.get(0), 14, 5, "$.provenance.dateSignature",
        "a une propriété manquante « document » qui est dépendante requise car « divergences » est présente");
  }

  @Test
  void aDivergentPassageQuotesItsWords() throws Exception {
    List<DocumentError> e = errors(BASE + TOTAUX.replace("        passage: Vu la convention signée le 1er mars 2025\n", ""));
    assertEquals(1, e.size(), e::toString);
    assertTrue(e.get(0).message().contains("passage"), e.get(0).message());
    assertEquals("$.provenance.dateSignature.divergences[0]", e.get(0).pointer());
  }
}
