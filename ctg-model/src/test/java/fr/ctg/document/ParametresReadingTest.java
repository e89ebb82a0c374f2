package fr.ctg.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.ctg.parametres.Parametres;
import fr.ctg.parametres.ValeurParametre;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ParametresReadingTest {
  @TempDir Path dir;

  static final String SEUIL = String.join("\n",
      "schema: ctg-parametres/1",
      "ao.seuil_rpe:",
      "  description: Population au-delà de laquelle l'AO doit disposer d'un RPE",
      "  unite: habitants",
      "  type: NOMBRE",
      "  valeurs:",
      "    - depuis: 2026-01-01",
      "      valeur: 10000",
      "      reference: {texte: \"CASF art. L.214-1-3 II al. 4\", datePublication: 2023-12-19}",
      "");

  private Path write(String name, String content) throws IOException {
    Path p = dir.resolve(name);
    Files.writeString(p, content, StandardCharsets.UTF_8);
    return p;
  }

  private List<DocumentError> errors(String... contents) throws IOException {
    Path[] files = new Path[contents.length];
    for (int i = 0; i < contents.length; i++) {
      files[i] = write("p" + i + ".yaml", contents[i]);
    }
    return assertThrows(InvalidDocumentException.class, () -> DocumentReader.readParametres(files)).errors();
  }

  private static void assertError(DocumentError e, int line, int column, String pointer, String start) {
    assertEquals(line + ":" + column + " " + pointer, e.line() + ":" + e.column() + " " + e.pointer(), e.toString());
    assertTrue(e.message().startsWith(start), e.message());
  }

  @Test
  void readsADatedParameter() throws Exception {
    Parametres p = DocumentReader.readParametres(write("p.yaml", SEUIL));
    ValeurParametre v = p.enVigueur("ao.seuil_rpe", LocalDate.of(2026, 1, 1)).orElseThrow();
    assertEquals(new BigDecimal("10000"), v.nombre().orElseThrow());
    assertEquals("CASF art. L.214-1-3 II al. 4", v.reference().texte());
    assertEquals(Optional.of(LocalDate.of(2023, 12, 19)), v.reference().datePublication());
    assertTrue(p.enVigueur("ao.seuil_rpe", LocalDate.of(2025, 12, 31)).isEmpty());
  }

  @Test
  void valueMustMatchTheType() throws Exception {
    List<DocumentError> e = errors(SEUIL.replace("type: NOMBRE", "type: DATE"));
    assertEquals(1, e.size());
    assertError(e.get(0), 8, 15, "$['ao.seuil_rpe'].valeurs[0].valeur", "nombre entier trouvé, texte attendu");
  }

  @Test
  void referenceIsMandatory() throws Exception {
    List<DocumentError> e = errors(SEUIL.replace("      reference: {texte: \"CASF art. L.214-1-3 II al. 4\", datePublication: 2023-12-19}\n", ""));
    assertEquals(1, e.size());
    assertError(e.get(0), 7, 7, "$['ao.seuil_rpe'].valeurs[0]", "propriété obligatoire « reference » absente");
  }

  @Test
  void amountsHaveCents() throws Exception {
    String m = SEUIL.replace("type: NOMBRE", "type: MONTANT").replace("valeur: 10000", "valeur: 48000.001");
    assertError(errors(m).get(0), 8, 15, "$['ao.seuil_rpe'].valeurs[0].valeur", "montant « 48000.001 » invalide");
    Parametres p = DocumentReader.readParametres(write("m.yaml", m.replace("48000.001", "48000")));
    assertEquals("48000.00", p.enVigueur("ao.seuil_rpe", LocalDate.of(2027, 1, 1)).orElseThrow().enTexte());
  }

  @Test
  void valuesInIncreasingOrderWithoutOverlap() throws Exception {
    String second = "    - depuis: 2025-06-01\n      valeur: 5000\n      reference: {texte: T}\n";
    assertError(errors(SEUIL + second).get(0), 10, 15, "$['ao.seuil_rpe'].valeurs[1].depuis",
        "les valeurs doivent être rangées par date de début strictement croissante");
    String overlap = SEUIL.replace("- depuis: 2026-01-01", "- depuis: 2026-01-01\n      jusquAu: 2027-12-31")
        + "    - depuis: 2027-06-01\n      valeur: 5000\n      reference: {texte: T}\n";
    assertError(errors(overlap).get(0), 11, 15, "$['ao.seuil_rpe'].valeurs[1].depuis", "cette valeur commence le 2027-06-01");
  }

  @Test
  void badNameAndUnknownKey() throws Exception {
    List<DocumentError> e = errors(SEUIL + "Seuil:\n  x: 1\n" + SEUIL.substring(SEUIL.indexOf("ao.seuil_rpe")).replace("ao.seuil_rpe", "ao.autre").replace("unite:", "unit:"));
    assertEquals(3, e.size(), e.toString());
    assertError(e.get(0), 10, 1, "$.Seuil", "propriété « Seuil » inconnue : Paramètres datés");
    assertError(e.get(1), 13, 3, "$['ao.autre']", "propriété obligatoire « unite » absente");
    assertError(e.get(2), 14, 3, "$['ao.autre'].unit", "propriété « unit » inconnue ; vouliez-vous dire « unite » ?");
  }

  @Test
  void aParameterIsDefinedOnce() throws Exception {
    List<DocumentError> e = errors(SEUIL, SEUIL);
    assertEquals(1, e.size());
    assertError(e.get(0), 2, 1, "$['ao.seuil_rpe']", "paramètre « ao.seuil_rpe » déjà défini dans");
    assertTrue(e.get(0).file().endsWith("p1.yaml"));
  }

  @Test
  void errorsOfEveryFileAtOnce() throws Exception {
    List<DocumentError> e = errors(SEUIL.replace("valeur: 10000", "valeur: dix"), "schema: ctg-parametres/1\nx: [\n");
    assertEquals(2, e.size(), e.toString());
    assertTrue(e.get(0).file().endsWith("p0.yaml"));
    assertTrue(e.get(1).file().endsWith("p1.yaml"));
  }

  // ------------------------------------------------------------------ issue 15: domains and YAML refusals

  static final String BORNE = SEUIL.replace("  type: NOMBRE\n", "  type: NOMBRE\n  domaine: {min: 0, max: 100000000, decimales: 0}\n");

  @Test
  void aValueOutsideTheDeclaredDomainIsRefusedWithTheDomain() throws Exception {
    for (String v : List.of("-1", "3500.5", "1e26", "9223372036854775808", "100000001")) {
      List<DocumentError> e = errors(BORNE.replace("valeur: 10000", "valeur: " + v));
      assertEquals(1, e.size(), e.toString());
      assertError(e.get(0), 9, 15, "$['ao.seuil_rpe'].valeurs[0].valeur", "valeur « " + new BigDecimal(v) + " » hors du domaine du paramètre « ao.seuil_rpe » : "
          + "nombre entier de 0 à 100000000 (habitants) attendu");
    }
    assertEquals(1, DocumentReader.readParametres(write("ok.yaml", BORNE)).tous().size());
  }

  @Test
  void withoutDomainTheTypeEnvelopeStillApplies() throws Exception {
    List<DocumentError> e = errors(SEUIL.replace("valeur: 10000", "valeur: 1e26"));
    assertError(e.get(0), 8, 15, "$['ao.seuil_rpe'].valeurs[0].valeur", "valeur « 1E+26 » hors du domaine du paramètre « ao.seuil_rpe » : "
        + "nombre d'au plus 6 décimale(s) de -1000000000000 à 1000000000000 (habitants) attendu");
    String date = SEUIL.replace("type: NOMBRE", "type: DATE").replace("valeur: 10000", "valeur: 2101-01-01");
    assertError(errors(date).get(0), 8, 15, "$['ao.seuil_rpe'].valeurs[0].valeur", "valeur « 2101-01-01 » hors du domaine");
  }

  @Test
  void anIncoherentDomainIsRefused() throws Exception {
    List<DocumentError> e = errors(BORNE.replace("min: 0, max: 100000000", "min: 10, max: 5"));
    assertError(e.get(0), 6, 12, "$['ao.seuil_rpe'].domaine", "domaine du paramètre « ao.seuil_rpe » incohérent : min (10) supérieur à max (5)");
    // bounds of another type: the schema says which keys a NOMBRE's domain admits
    assertError(errors(BORNE.replace("decimales: 0", "valeurs: [a]")).get(0), 6, 37, "$['ao.seuil_rpe'].domaine.valeurs",
        "propriété « valeurs » inconnue");
  }

  @Test
  void aFileReplacingADeclaredParameterKeepsItsTypeAndDomain() throws Exception {
    Parametres loi = DocumentReader.readParametres(write("loi.yaml", BORNE));
    Path reforme = write("reforme.yaml", SEUIL.replace("valeur: 10000", "valeur: -1"));
    List<DocumentError> e = assertThrows(InvalidDocumentException.class,
        () -> DocumentReader.readParametres(List.of(reforme), loi)).errors();
    assertError(e.get(0), 8, 15, "$['ao.seuil_rpe'].valeurs[0].valeur", "valeur « -1 » hors du domaine du paramètre « ao.seuil_rpe » : "
        + "nombre entier de 0 à 100000000 (habitants) attendu (inférieur au minimum 0) ; domaine déclaré par les règles");
    Path texte = write("texte.yaml", SEUIL.replace("type: NOMBRE", "type: TEXTE").replace("valeur: 10000", "valeur: dix"));
    e = assertThrows(InvalidDocumentException.class, () -> DocumentReader.readParametres(List.of(texte), loi)).errors();
    assertError(e.get(0), 5, 9, "$['ao.seuil_rpe'].type", "le paramètre « ao.seuil_rpe » est déclaré de type NOMBRE");
    // accepted: it takes the declared domain, and the set refuses it through the API too
    Parametres ok = DocumentReader.readParametres(List.of(write("ok.yaml", SEUIL.replace("10000", "5000"))), loi);
    assertEquals(loi.parametre("ao.seuil_rpe").orElseThrow().domaine(),
        loi.surchargePar(ok).parametre("ao.seuil_rpe").orElseThrow().domaine());
    Parametres libre = DocumentReader.readParametres(write("libre.yaml", SEUIL.replace("valeur: 10000", "valeur: -1")));
    IllegalArgumentException iae = assertThrows(IllegalArgumentException.class, () -> loi.surchargePar(libre));
    assertTrue(iae.getMessage().contains("valeur « -1 » hors du domaine du paramètre « ao.seuil_rpe »"), iae.getMessage());
  }

  @Test
  void explicitYamlTagsAreRefused() throws Exception {
    List<DocumentError> e = errors(SEUIL.replace("description: Population", "description: !!java.io.File Population")
        .replace("unite: habitants", "unite: !custom habitants").replace("valeur: 10000", "valeur: !!str 10000"));
    assertEquals(3, e.size(), e.toString());
    assertError(e.get(0), 3, 16, "$['ao.seuil_rpe'].description", "étiquette YAML « !!java.io.File » refusée");
    assertError(e.get(1), 4, 10, "$['ao.seuil_rpe'].unite", "étiquette YAML « !custom » refusée");
    assertError(e.get(2), 8, 15, "$['ao.seuil_rpe'].valeurs[0].valeur", "étiquette YAML « !!str » refusée");
    assertError(errors(SEUIL.replace("ao.seuil_rpe:", "!k ao.seuil_rpe:")).get(0), 2, 1, "$['ao.seuil_rpe']", "étiquette YAML « !k » refusée");
    assertError(errors(SEUIL.replace("  valeurs:\n", "  valeurs: !!seq\n")).get(0), 6, 12, "$['ao.seuil_rpe'].valeurs", "étiquette YAML « !!seq » refusée");
  }

  @Test
  void anEmptyParameterFileIsRefused() throws Exception {
    assertError(errors("schema: ctg-parametres/1\n").get(0), 1, 1, "$", "fichier de paramètres vide");
    assertError(errors("").get(0), 1, 1, "$", "document vide");
    assertError(errors("# rien\n").get(0), 1, 1, "$", "document vide");
  }

  @Test
  void yearZeroIsRefused() throws Exception {
    assertError(errors(SEUIL.replace("depuis: 2026-01-01", "depuis: 0000-01-01")).get(0), 7, 15,
        "$['ao.seuil_rpe'].valeurs[0].depuis", "date « 0000-01-01 » invalide : l'année 0000 n'existe pas");
    assertError(errors(SEUIL.replace("datePublication: 2023-12-19", "datePublication: 0000-12-19")).get(0), 9, 75,
        "$['ao.seuil_rpe'].valeurs[0].reference.datePublication", "date « 0000-12-19 » invalide : l'année 0000 n'existe pas");
  }

  @Test
  void aDoubledByteOrderMarkIsRefusedOneIsRead() throws Exception {
    assertEquals(1, DocumentReader.readParametres(write("bom.yaml", "\uFEFF" + SEUIL)).tous().size());
    assertError(errors("\uFEFF\uFEFF" + SEUIL).get(0), 1, 1, "$", "marque d'ordre des octets (BOM) en double");
  }

  /**
   * A character no YAML stream may hold (U+FFFE, a control character) is refused where it is, not at
   * the start of the file as SnakeYAML reports it; a line break of another kind (U+0085) is read.
   */
  @Test
  void aCharacterYamlForbidsIsReportedWhereItIs() throws Exception {
    List<DocumentError> e = errors(SEUIL.replace("unite: habitants", "unite: \"habi\uFFFEtants\"")
        .replace("texte: \"CASF", "texte: \"\u0007CASF"));
    assertEquals(2, e.size(), e.toString());
    assertError(e.get(0), 4, 15, "$", "caractère U+FFFE interdit en YAML");
    assertError(e.get(1), 9, 27, "$", "caractère U+0007 interdit en YAML");
  }

  @Test
  void aTabIsReportedWhereItIs() throws Exception {
    String indent = SEUIL.replace("    - depuis: 2026-01-01", "\t- depuis: 2026-01-01");
    assertError(errors(indent).get(0), 7, 1, "$", "tabulation refusée en YAML");
    String separe = SEUIL.replace("      valeur: 10000", "      valeur:\t10000").replace("unite: habitants", "unite:\thabitants");
    // a tab after "key:" is white space for SnakeYAML in some places; wherever it is refused, it is positioned on its line
    try {
      DocumentReader.readParametres(write("sep.yaml", separe));
    } catch (InvalidDocumentException e) {
      DocumentError d = e.errors().get(0);
      assertTrue(separe.split("\n", -1)[d.line() - 1].indexOf('\t') == d.column() - 1, d.toString());
    }
  }
}
