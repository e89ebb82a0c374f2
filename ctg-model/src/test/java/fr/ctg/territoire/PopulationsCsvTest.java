package fr.ctg.territoire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.ctg.document.DocumentError;
import fr.ctg.document.InvalidDocumentException;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PopulationsCsvTest {
  private static final Territoire T = Territoire.national();
  private static final String ENTETE = PopulationsCsv.ENTETE + "\n";

  @TempDir Path dossier;

  private Path fichier(String contenu) throws IOException {
    Path f = dossier.resolve("populations.csv");
    Files.writeString(f, contenu, StandardCharsets.UTF_8);
    return f;
  }

  /** Reads an invalid file: nothing is returned, the errors are. */
  private List<DocumentError> erreurs(String contenu) throws IOException {
    Path f = fichier(contenu);
    InvalidDocumentException e =
        assertThrows(InvalidDocumentException.class, () -> PopulationsCsv.lire(f, T));
    return e.errors();
  }

  private static void assertErreur(DocumentError e, int ligne, int colonne, String pointeur, String debutMessage) {
    assertEquals(ligne, e.line(), e::toString);
    assertEquals(colonne, e.column(), e::toString);
    assertEquals(pointeur, e.pointer(), e::toString);
    assertTrue(e.message().startsWith(debutMessage), e::toString);
    assertTrue(e.toString().contains(".csv:" + ligne + ":" + colonne + ": " + pointeur + ": "), e::toString);
  }

  @Test
  void fichierValide() throws Exception {
    List<PopulationCommune> l = PopulationsCsv.lire(fichier("\uFEFF" + ENTETE
        + "62119;25342;337;25679;2026-01-01;2026-12-31;INSEE, populations légales 2023\r\n"
        + "62119;;;25700;2027-01-01;;\"INSEE; populations légales 2024 \"\"provisoires\"\"\"\n"
        + "29155;;;880;2026-01-01;2026-12-31;mairie\n"), T);
    assertEquals(3, l.size());
    Population p = l.get(0).population();
    assertEquals("62119", l.get(0).insee());
    assertEquals(OptionalLong.of(25_342), p.municipale());
    assertEquals(OptionalLong.of(337), p.compteeAPart());
    assertEquals(OptionalLong.of(25_679), p.totale());
    assertEquals(LocalDate.of(2026, 12, 31), p.enVigueurAu().orElseThrow());
    assertEquals("INSEE; populations légales 2024 \"provisoires\"", l.get(1).population().source());
    assertTrue(l.get(1).population().enVigueurAu().isEmpty());
    Populations pops = Populations.du(T).avec(l);
    assertEquals(25_700, pops.totale("62119", LocalDate.of(2030, 1, 1)).orElseThrow().valeur());
    assertEquals(880, pops.totale("29155", LocalDate.of(2026, 3, 1)).orElseThrow().valeur());
  }

  @Test
  void enTeteInexact() throws IOException {
    List<DocumentError> e = erreurs("insee;populationMunicipale;populationComptéeAPart;populationTotale;enVigueurDu;enVigueurAu;source\n"
        + "62119;;;25679;2026-01-01;;INSEE\n");
    assertEquals(1, e.size());
    assertErreur(e.get(0), 1, 1, "$", "en-tête attendu exactement");
  }

  @Test
  void fichierVide() throws IOException {
    assertErreur(erreurs("").get(0), 1, 1, "$", "fichier vide");
  }

  @Test
  void mauvaisNombreDeChamps() throws IOException {
    List<DocumentError> e = erreurs(ENTETE
        + "62119;25342;337;25679;2026-01-01;INSEE\n"
        + "62119;25342;337;25679;2026-01-01;;INSEE;en trop\n");
    assertEquals(2, e.size());
    assertErreur(e.get(0), 2, 1, "$[ligne 2]", "7 champs séparés par « ; » attendus, 6 trouvés");
    assertErreur(e.get(1), 3, 41, "$[ligne 3]", "7 champs séparés par « ; » attendus, 8 trouvés");
  }

  @Test
  void populationNonEntiereOuNegative() throws IOException {
    List<DocumentError> e = erreurs(ENTETE
        + "62119;25342,5;;25679;2026-01-01;;INSEE\n"
        + "62119;;-3;25679;2027-01-01;;INSEE\n"
        + "62119;;;;2028-01-01;;INSEE\n");
    assertEquals(3, e.size());
    assertErreur(e.get(0), 2, 7, "$[ligne 2].populationMunicipale", "nombre entier positif ou nul attendu");
    assertErreur(e.get(1), 3, 8, "$[ligne 3].populationComptéeÀPart", "population négative : -3");
    assertErreur(e.get(2), 4, 9, "$[ligne 4].populationTotale", "population totale obligatoire");
  }

  @Test
  void totaleInferieureALaMunicipale() throws IOException {
    List<DocumentError> e = erreurs(ENTETE + "62119;25342;;25000;2026-01-01;;INSEE\n");
    assertEquals(1, e.size());
    assertErreur(e.get(0), 2, 14, "$[ligne 2].populationTotale",
        "la population totale (25000) est inférieure à la population municipale (25342)");
  }

  @Test
  void totaleDifferenteDeLaSomme() throws IOException {
    List<DocumentError> e = erreurs(ENTETE + "62119;25342;337;25680;2026-01-01;;INSEE\n");
    assertEquals(1, e.size());
    assertErreur(e.get(0), 2, 17, "$[ligne 2].populationTotale",
        "la population totale (25680) doit être la somme de la population municipale (25342) et de la population comptée à part (337)");
  }

  @Test
  void dateInvalide() throws IOException {
    List<DocumentError> e = erreurs(ENTETE
        + "62119;;;25679;2026-02-30;;INSEE\n"
        + "62119;;;25679;2027-01-01;31/12/2027;INSEE\n"
        + "62119;;;25679;;;INSEE\n");
    assertEquals(3, e.size());
    assertErreur(e.get(0), 2, 15, "$[ligne 2].enVigueurDu", "date invalide « 2026-02-30 »");
    assertErreur(e.get(1), 3, 26, "$[ligne 3].enVigueurAu", "date invalide « 31/12/2027 »");
    assertErreur(e.get(2), 4, 15, "$[ligne 4].enVigueurDu", "date d'entrée en vigueur obligatoire");
  }

  @Test
  void finAvantDebut() throws IOException {
    List<DocumentError> e = erreurs(ENTETE + "62119;;;25679;2026-01-01;2025-12-31;INSEE\n");
    assertEquals(1, e.size());
    assertErreur(e.get(0), 2, 26, "$[ligne 2].enVigueurAu",
        "la fin de période (2025-12-31) précède son début (2026-01-01)");
  }

  @Test
  void codeInseeInconnu() throws IOException {
    List<DocumentError> e = erreurs(ENTETE + "62119;;;25679;2026-01-01;;INSEE\n99999;;;10;2026-01-01;;INSEE\n");
    assertEquals(1, e.size());
    assertErreur(e.get(0), 3, 1, "$[ligne 3].insee", "code INSEE inconnu du registre national des communes : 99999");
  }

  @Test
  void sourceObligatoire() throws IOException {
    List<DocumentError> e = erreurs(ENTETE + "62119;;;25679;2026-01-01;; \n");
    assertErreur(e.get(0), 2, 27, "$[ligne 2].source", "source obligatoire");
  }

  @Test
  void doublonAvecPeriodesQuiSeChevauchent() throws IOException {
    List<DocumentError> e = erreurs(ENTETE
        + "62119;;;25679;2026-01-01;2026-12-31;INSEE 2023\n"
        + "62119;;;25700;2027-01-01;2027-12-31;INSEE 2024\n"
        + "62427;;;26090;2026-01-01;;INSEE\n"
        + "62119;;;25710;2026-12-31;;INSEE 2024 bis\n");
    assertEquals(1, e.size());
    assertErreur(e.get(0), 5, 15, "$[ligne 5].enVigueurDu",
        "la période de la commune 62119 (du 2026-12-31 au …) chevauche celle de la ligne 2 (du 2026-01-01 au 2026-12-31)");
  }

  @Test
  void toutesLesErreursDUnCoup() throws IOException {
    List<DocumentError> e = erreurs(ENTETE
        + "99999;abc;;12;2026-13-01;;INSEE\n"
        + "\n"
        + "62119;;;25679;2026-01-01;;\"INSEE\n");
    assertEquals(5, e.size());
    assertErreur(e.get(0), 2, 1, "$[ligne 2].insee", "code INSEE inconnu");
    assertErreur(e.get(1), 2, 7, "$[ligne 2].populationMunicipale", "nombre entier positif ou nul attendu");
    assertErreur(e.get(2), 2, 15, "$[ligne 2].enVigueurDu", "date invalide");
    assertErreur(e.get(3), 3, 1, "$[ligne 3]", "ligne vide");
    assertErreur(e.get(4), 4, 27, "$[ligne 4]", "guillemet ouvrant sans guillemet fermant");
  }

  @Test
  void fichierTropVolumineux() throws IOException {
    Path f = dossier.resolve("gros.csv");
    try (OutputStream out = Files.newOutputStream(f)) {
      out.write(ENTETE.getBytes(StandardCharsets.UTF_8));
      byte[] bloc = new byte[1 << 20];
      java.util.Arrays.fill(bloc, (byte) 'x');
      for (int i = 0; i <= 50; i++) out.write(bloc);
    }
    InvalidDocumentException e = assertThrows(InvalidDocumentException.class, () -> PopulationsCsv.lire(f, T));
    assertEquals(1, e.errors().size());
    assertErreur(e.errors().get(0), 0, 0, "$", "fichier trop volumineux");
  }

  @Test
  void fichierNonUtf8EtFichierAbsent() throws IOException {
    Path f = dossier.resolve("latin1.csv");
    Files.write(f, (ENTETE + "62119;;;25679;2026-01-01;;INSEE é\n").getBytes(StandardCharsets.ISO_8859_1));
    InvalidDocumentException e = assertThrows(InvalidDocumentException.class, () -> PopulationsCsv.lire(f, T));
    assertTrue(e.errors().get(0).message().contains("UTF-8"));
    InvalidDocumentException absent = assertThrows(InvalidDocumentException.class,
        () -> PopulationsCsv.lire(dossier.resolve("absent.csv"), T));
    assertEquals("fichier introuvable", absent.errors().get(0).message());
  }

  // ------------------------------------------------------------------ issue 15: large files, streamed

  @Test
  void lesPeriodesDUneMemeCommuneSontCompareesEnTempsQuasiLineaire() throws Exception {
    // 100 000 one-day periods of one commune: the former pairwise check made 5·10^9 comparisons
    StringBuilder b = new StringBuilder(ENTETE);
    java.time.LocalDate d = java.time.LocalDate.of(1900, 1, 1);
    for (int i = 0; i < 100_000; i++, d = d.plusDays(1)) {
      b.append("62119;;;25679;").append(d).append(';').append(d).append(";INSEE\n");
    }
    Path f = fichier(b.toString());
    long debut = System.nanoTime();
    assertEquals(100_000, PopulationsCsv.lire(f, T).size());
    long ms = (System.nanoTime() - debut) / 1_000_000;
    assertTrue(ms < 20_000, ms + " ms");
    // and one overlap among them is still found, on the later line, naming the other
    String avecChevauchement = b + "62119;;;25679;1950-06-01;1950-06-02;INSEE\n";
    List<DocumentError> e = erreurs(avecChevauchement);
    assertEquals(1, e.size(), e.toString());
    assertErreur(e.get(0), 100_002, 15, "$[ligne 100002].enVigueurDu", "la période de la commune 62119 (du 1950-06-01 au 1950-06-02) chevauche celle de la ligne");
  }

  @Test
  void auDelaDuNombreMaximalDEnregistrementsLaLectureEstRefusee() throws IOException {
    StringBuilder b = new StringBuilder(ENTETE);
    java.time.LocalDate d = java.time.LocalDate.of(1000, 1, 1);
    for (int i = 0; i <= PopulationsCsv.ENREGISTREMENTS_MAX; i++, d = d.plusDays(1)) {
      b.append("62119;;;1;").append(d).append(';').append(d).append(";s\n");
    }
    InvalidDocumentException e = assertThrows(InvalidDocumentException.class, () -> PopulationsCsv.lire(fichier(b.toString()), T));
    assertEquals(1, e.errors().size());
    assertErreur(e.errors().get(0), PopulationsCsv.ENREGISTREMENTS_MAX + 2, 1, "$[ligne " + (PopulationsCsv.ENREGISTREMENTS_MAX + 2) + "]",
        "plus de 400000 enregistrements : lecture arrêtée");
  }

  @Test
  void uneLigneTropLongueEstSignaleeSansLaGarderEnMemoire() throws IOException {
    String longue = "62119;;;25679;2026-01-01;;" + "x".repeat(PopulationsCsv.LIGNE_MAX * 50) + "\n";
    List<DocumentError> e = erreurs(ENTETE + longue + "62427;;;26090;2026-01-01;;INSEE\n");
    assertEquals(1, e.size(), e.toString());
    assertErreur(e.get(0), 2, PopulationsCsv.LIGNE_MAX + 1, "$[ligne 2]", "ligne trop longue : au plus 10000 caractères");
  }

  @Test
  void lAnneeZeroEstRefusee() throws IOException {
    List<DocumentError> e = erreurs(ENTETE + "62119;;;25679;0000-01-01;;INSEE\n");
    assertErreur(e.get(0), 2, 15, "$[ligne 2].enVigueurDu", "date invalide « 0000-01-01 » : l'année 0000 n'existe pas");
  }

  @Test
  void unOctetQuiNEstPasDeLUtf8EstSitueASaLigne() throws IOException {
    Path f = dossier.resolve("latin1.csv");
    Files.write(f, (ENTETE + "62119;;;25679;2026-01-01;;INSEE\n62427;;;26090;2026-01-01;;Hénin\n").getBytes(StandardCharsets.ISO_8859_1));
    InvalidDocumentException e = assertThrows(InvalidDocumentException.class, () -> PopulationsCsv.lire(f, T));
    assertTrue(e.errors().get(0).message().startsWith("le fichier n'est pas encodé en UTF-8"), e.getMessage());
  }
}
