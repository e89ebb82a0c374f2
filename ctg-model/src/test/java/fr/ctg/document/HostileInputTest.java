package fr.ctg.document;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import fr.ctg.territoire.PopulationsCsv;
import fr.ctg.territoire.Territoire;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;

/**
 * Hostile input (issues 7 and 15): generated and mutated documents fed to every loader
 * ({@link DocumentReader#readConvention(Path)}, {@link DocumentReader#readTransferts(Path)},
 * {@link DocumentReader#readRpe(Path)}, {@link DocumentReader#readParametres(Path...)},
 * {@link PopulationsCsv#lire(Path, Territoire)}), each as YAML, JSON and CSV file, never produce
 * anything but a valid result or an {@link InvalidDocumentException} carrying at least one
 * positioned error. Any other exception escaping a loader is a bug. The time bound per loader call
 * ({@link #LIMITE}) is a guard against blow-ups (exponential aliases, quadratic parsing, giant
 * numbers expanded digit by digit), not a benchmark: a real document takes milliseconds once the
 * loaders are warm (done in the static initializer), and YAML parsing is linear, about 1 s per
 * million characters of one scalar (measured under load) in SnakeYAML's scanner. 5 s rather than 2 s because the shared
 * 2-core build machine runs several builds at once (load average above 15 observed).
 */
class HostileInputTest {
  static final Duration LIMITE = Duration.ofSeconds(5);
  static final Territoire FRANCE = Territoire.national();

  /** Valid documents the attacks start from (same as {@link TerritoryDocumentsTest}). */
  static final String TRANSFERTS = TerritoryDocumentsTest.TRANSFERTS;
  static final String RPE = TerritoryDocumentsTest.RPE;
  static final String PARAMETRES = String.join("\n",
      "schema: ctg-parametres/1",
      "ao.seuil_rpe:",
      "  description: Seuil de population au-delà duquel un RPE est obligatoire",
      "  unite: habitants",
      "  type: NOMBRE",
      "  valeurs:",
      "    - depuis: 2026-01-01",
      "      valeur: 10000",
      "      reference:",
      "        texte: CASF art. L.214-1-3 II al. 4",
      "cct.cout_indicatif_etp:",
      "  description: Coût indicatif annuel d'un ETP",
      "  unite: euros par ETP et par an",
      "  type: MONTANT",
      "  valeurs:",
      "    - depuis: 2026-01-01",
      "      valeur: 48000.00",
      "      reference:",
      "        texte: Référentiel national du chargé de coopération territoriale",
      "");
  static final String CSV = PopulationsCsv.ENTETE + "\n"
      + "62119;25342;337;25679;2026-01-01;2026-12-31;INSEE, populations légales 2023\r\n"
      + "29155;;;880;2026-01-01;2026-12-31;\"mairie; \"\"provisoire\"\"\"\n";
  static final String CONVENTION = ressource("fr/ctg/document/exemple.ctg.yaml");

  /** The valid documents the mutations start from: YAML, the same as JSON, and the CSV. */
  static final List<byte[]> GRAINES = graines();

  private enum Chargeur { CONVENTION, TRANSFERTS, RPE, PARAMETRES, POPULATIONS }

  static {
    // warm the loaders (schemas, Jackson, registry predicate) so the time bound measures the attack
    for (byte[] g : GRAINES) {
      for (Chargeur c : Chargeur.values()) {
        try {
          Path d = Files.createTempDirectory("ctg-hostile");
          try {
            charger(c, ecrire(d, c == Chargeur.POPULATIONS ? "d.csv" : "d.yaml", g));
          } catch (InvalidDocumentException attendue) {
            // most seeds are not of this loader's type
          } finally {
            effacer(d);
          }
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    }
  }

  // ------------------------------------------------------------------ the attacks

  @Example
  void lesDocumentsDeDepartSontValides() throws Exception {
    Path d = Files.createTempDirectory("ctg-hostile");
    try {
      assertNotNull(DocumentReader.readConvention(ecrire(d, "c.yaml", CONVENTION.getBytes(StandardCharsets.UTF_8))));
      assertNotNull(DocumentReader.readTransferts(ecrire(d, "t.yaml", TRANSFERTS.getBytes(StandardCharsets.UTF_8))));
      assertNotNull(DocumentReader.readRpe(ecrire(d, "r.yaml", RPE.getBytes(StandardCharsets.UTF_8))));
      assertNotNull(DocumentReader.readParametres(ecrire(d, "p.yaml", PARAMETRES.getBytes(StandardCharsets.UTF_8))));
      assertFalse(PopulationsCsv.lire(ecrire(d, "p.csv", CSV.getBytes(StandardCharsets.UTF_8)), FRANCE).isEmpty());
      assertNotNull(DocumentReader.readConvention(ecrire(d, "c.json", json(CONVENTION))));
    } finally {
      effacer(d);
    }
  }

  @Property(tries = 100)
  void octetsAleatoires(@ForAll @Size(max = 2048) byte[] octets) {
    subir("octets aléatoires", octets);
  }

  @Property(tries = 100)
  void fichiersValidesTronques(@ForAll("graine") byte[] graine, @ForAll("proportion") double coupe) {
    byte[] tronque = java.util.Arrays.copyOf(graine, (int) (graine.length * coupe));
    subir("tronqué à " + tronque.length + " octets", tronque);
  }

  @Property(tries = 150)
  void fichiersValidesMutes(@ForAll("mutant") byte[] mutant) {
    subir("document muté", mutant);
  }

  @Example
  void imbricationProfonde() {
    int n = 100_000;
    subir("listes JSON imbriquées", ("[".repeat(n) + "]".repeat(n)).getBytes(StandardCharsets.US_ASCII));
    subir("objets JSON imbriqués", ("{\"a\":".repeat(n) + "1" + "}".repeat(n)).getBytes(StandardCharsets.US_ASCII));
    subir("listes YAML en flux imbriquées", ("schema: ctg-rpe/1\nrpe: " + "[".repeat(n) + "]".repeat(n) + "\n")
        .getBytes(StandardCharsets.US_ASCII));
    StringBuilder bloc = new StringBuilder("schema: ctg-transferts/1\ntransferts:\n");
    for (int i = 0; i < 2000; i++) bloc.append(" ".repeat(i + 1)).append("- k").append(i).append(":\n");
    subir("blocs YAML imbriqués", bloc.toString().getBytes(StandardCharsets.US_ASCII));
    subir("imbrication au-delà de la limite dans un document valide", CONVENTION
        .replace("territoire:\n", "niveaux: " + "[".repeat(TreeParser.MAX_DEPTH + 1) + "]".repeat(TreeParser.MAX_DEPTH + 1)
            + "\nterritoire:\n").getBytes(StandardCharsets.UTF_8));
  }

  @Example
  void bombeDAliasYaml() {
    // one big anchored list referenced by many aliases (quadratic expansion), then a recursive alias
    StringBuilder b = new StringBuilder("schema: ctg-rpe/1\nbase: &b [");
    for (int i = 0; i < 10_000; i++) b.append(i == 0 ? "" : ",").append("x");
    b.append("]\nrpe:\n");
    for (int i = 0; i < 10_000; i++) b.append("  - *b\n");
    subir("alias d'une grande liste", b.toString().getBytes(StandardCharsets.US_ASCII));
    subir("alias récursif", "schema: ctg-rpe/1\nrpe: &r [*r]\n".getBytes(StandardCharsets.US_ASCII));
    subir("clé récursive", "&k {*k: 1}: 2\n".getBytes(StandardCharsets.US_ASCII));
    subir("alias en clé", "schema: ctg-transferts/1\na: &a cle\n*a : valeur\ntransferts: []\n".getBytes(StandardCharsets.US_ASCII));
  }

  @Example
  void milliardDeRires() {
    // the YAML "billion laughs": 9 levels of 9 aliases each = 9^9 nodes once expanded
    StringBuilder b = new StringBuilder("schema: ctg-parametres/1\na: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
    char precedent = 'a';
    for (char c = 'b'; c <= 'i'; c++) {
      b.append(c).append(": &").append(c).append(" [");
      for (int i = 0; i < 9; i++) b.append(i == 0 ? "" : ",").append('*').append(precedent);
      b.append("]\n");
      precedent = c;
    }
    subir("milliard de rires", b.toString().getBytes(StandardCharsets.US_ASCII));
  }

  @Example
  void tresGrandsNombres() {
    String chiffres400 = "9".repeat(400);
    List<String> nombres = List.of("1e400", "-1e400", "1E+999999999", "1E+99999999", "1e+9999999", "1e-999999999", "1E-99999999", "0.1e-400", chiffres400,
        "-" + chiffres400, chiffres400 + "." + chiffres400, "1" + "0".repeat(5000), ".inf", "-.inf", ".nan",
        "0x7FFFFFFFFFFFFFFFFFFF", "1_000_000");
    for (String n : nombres) {
      subir("NOMBRE " + n, PARAMETRES.replace("valeur: 10000", "valeur: " + n).getBytes(StandardCharsets.UTF_8));
      subir("MONTANT " + n, PARAMETRES.replace("valeur: 48000.00", "valeur: " + n).getBytes(StandardCharsets.UTF_8));
      subir("population déclarée " + n, CONVENTION.replace("populationDeclaree: 25679", "populationDeclaree: " + n)
          .getBytes(StandardCharsets.UTF_8));
      subir("millésime " + n, CONVENTION.replace("millesimePopulation: 2021", "millesimePopulation: " + n)
          .getBytes(StandardCharsets.UTF_8));
      subir("places " + n, CONVENTION.replace("placesPsu: 30", "placesPsu: " + n).getBytes(StandardCharsets.UTF_8));
      subir("JSON " + n, ("{\"schema\":\"ctg-parametres/1\",\"x\":{\"valeur\":" + n + "}}").getBytes(StandardCharsets.UTF_8));
      subir("population CSV " + n, CSV.replace("25679", n).getBytes(StandardCharsets.UTF_8));
    }
    for (String annee : List.of("99999999999", "+999999999", "-0001", "0000")) {
      subir("année " + annee, TRANSFERTS.replace("2025-01-01", annee + "-01-01").getBytes(StandardCharsets.UTF_8));
      subir("année CSV " + annee, CSV.replace("2026-01-01", annee + "-01-01").getBytes(StandardCharsets.UTF_8));
    }
  }

  /**
   * Issue 15: parameter values of every shape, under each type, with and without a declared
   * domain: numbers far beyond any range, negative, with many decimals, in exponent notation,
   * dates of impossible years, texts, explicit YAML tags, empty values, lists and objects.
   */
  @Property(tries = 200)
  void valeursDeParametres(@ForAll("litteral") String litteral, @ForAll("typeEtDomaine") String typeEtDomaine) {
    String doc = PARAMETRES.replace("  type: NOMBRE\n", "  type: " + typeEtDomaine + "\n")
        .replace("valeur: 10000", "valeur: " + litteral);
    subir("valeur de paramètre " + litteral + " (" + typeEtDomaine + ")", doc.getBytes(StandardCharsets.UTF_8));
  }

  @Provide
  Arbitrary<String> typeEtDomaine() {
    return Arbitraries.of("NOMBRE", "NOMBRE\n  domaine: {min: 0, max: 100000000, decimales: 0}",
        "NOMBRE\n  domaine: {min: 10, max: 5}", "NOMBRE\n  domaine: {min: -1e400, max: 1e26, decimales: 99}",
        "MONTANT", "MONTANT\n  domaine: {min: 0, max: 100000}", "DATE", "DATE\n  domaine: {min: 2000-01-01, max: 2100-12-31}",
        "DATE\n  domaine: {min: 0000-01-01, max: 99999-01-01}", "TEXTE", "TEXTE\n  domaine: {valeurs: [totale, municipale]}",
        "TEXTE\n  domaine: {valeurs: []}");
  }

  @Provide
  Arbitrary<String> litteral() {
    Arbitrary<String> nombres = Combinators.combine(Arbitraries.bigIntegers().between(
            java.math.BigInteger.TEN.pow(40).negate(), java.math.BigInteger.TEN.pow(40)), Arbitraries.integers().between(-40, 40))
        .as((n, echelle) -> new java.math.BigDecimal(n, echelle).toString());
    Arbitrary<String> dates = Combinators.combine(Arbitraries.integers().between(-99_999, 99_999_999),
        Arbitraries.integers().between(0, 13), Arbitraries.integers().between(0, 32))
        .as((a, m, j) -> String.format("%04d-%02d-%02d", a, m, j));
    Arbitrary<String> textes = Arbitraries.strings().ofMaxLength(30).map(t -> "\"" + t.replace("\\", "").replace("\"", "") + "\"");
    Arbitrary<String> speciaux = Arbitraries.of("-0.01", "1e26", "9223372036854775808", "2147483648", "-1", "3500.5",
        "0000-01-01", "2147483648-01-01", "!!java.io.File /etc/passwd", "!custom 1", "!!int 12", "!!float 1e26",
        "!!timestamp 2026-01-01", "~", "[]", "{}", "[1, 2]", "\"\"", ".inf", "-.nan", "0x1F", "0o17", "1_000", "+1", "true");
    return Arbitraries.oneOf(nombres, dates, textes, speciaux);
  }

  @Example
  void encodageLatin1() {
    for (byte[] graine : List.of(CONVENTION.getBytes(StandardCharsets.ISO_8859_1), RPE.getBytes(StandardCharsets.ISO_8859_1),
        PARAMETRES.getBytes(StandardCharsets.ISO_8859_1), CSV.getBytes(StandardCharsets.ISO_8859_1))) {
      subir("Latin-1", graine);
    }
  }

  @Example
  void encodageUtf16AvecBom() {
    for (String texte : List.of(CONVENTION, TRANSFERTS, RPE, PARAMETRES, CSV)) {
      subir("UTF-16 BE avec BOM", concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, texte.getBytes(StandardCharsets.UTF_16BE)));
      subir("UTF-16 LE avec BOM", concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, texte.getBytes(StandardCharsets.UTF_16LE)));
      subir("UTF-8 avec BOM", concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, texte.getBytes(StandardCharsets.UTF_8)));
      subir("BOM UTF-8 doublé", ("\uFEFF\uFEFF" + texte).getBytes(StandardCharsets.UTF_8));
    }
  }

  @Example
  void octetsNuls() {
    for (String texte : List.of(CONVENTION, TRANSFERTS, RPE, PARAMETRES, CSV)) {
      byte[] b = texte.getBytes(StandardCharsets.UTF_8);
      for (int at : new int[] {0, b.length / 3, b.length / 2, b.length - 1}) {
        byte[] nul = b.clone();
        nul[at] = 0;
        subir("NUL à l'octet " + at, nul);
      }
      subir("NUL dans une valeur", texte.replace("62119", "621\u000019").getBytes(StandardCharsets.UTF_8));
      subir("caractères de contrôle", texte.replace("\n", "\u0085\u2028\r\u000B\n").getBytes(StandardCharsets.UTF_8));
    }
  }

  @Example
  void documentTropVolumineux() {
    byte[] grand = new byte[TreeParser.MAX_BYTES + 1];
    java.util.Arrays.fill(grand, (byte) ' ');
    byte[] debut = RPE.getBytes(StandardCharsets.UTF_8);
    System.arraycopy(debut, 0, grand, 0, debut.length);
    subir("plus de 10 Mio", grand);
    subir("une chaîne de 300 000 caractères", RPE.replace("rpe-bethune", "x".repeat(300_000))
        .getBytes(StandardCharsets.UTF_8));
  }

  // ------------------------------------------------------------------ generators

  @Provide
  Arbitrary<byte[]> graine() {
    return Arbitraries.of(GRAINES);
  }

  @Provide
  Arbitrary<Double> proportion() {
    return Arbitraries.doubles().between(0, 1);
  }

  /** A valid document with 1 to 8 random byte edits (replace, insert, delete, duplicate a slice). */
  @Provide
  Arbitrary<byte[]> mutant() {
    Arbitrary<int[]> edition = Combinators.combine(Arbitraries.integers().between(0, 3),
        Arbitraries.integers().between(0, Integer.MAX_VALUE), Arbitraries.integers().between(0, 255))
        .as((op, pos, val) -> new int[] {op, pos, val});
    return Combinators.combine(graine(), edition.list().ofMinSize(1).ofMaxSize(8)).as((g, editions) -> {
      List<Byte> b = new ArrayList<>();
      for (byte x : g) b.add(x);
      for (int[] e : editions) {
        int pos = b.isEmpty() ? 0 : e[1] % b.size();
        switch (e[0]) {
          case 0:
            if (!b.isEmpty()) b.set(pos, (byte) e[2]);
            break;
          case 1:
            b.add(pos, (byte) e[2]);
            break;
          case 2:
            if (!b.isEmpty()) b.remove(pos);
            break;
          default:
            int fin = Math.min(b.size(), pos + e[2]);
            b.addAll(pos, new ArrayList<>(b.subList(pos, fin)));
        }
      }
      byte[] out = new byte[b.size()];
      for (int i = 0; i < out.length; i++) out[i] = b.get(i);
      return out;
    });
  }

  // ------------------------------------------------------------------ feeding every loader

  /**
   * Feeds {@code contenu} to every loader, as a {@code .yaml}, a {@code .json} and a {@code .csv}
   * file: each call returns a value or throws {@link InvalidDocumentException} with errors, within
   * {@link #LIMITE}.
   */
  static void subir(String attaque, byte[] contenu) {
    Path d;
    try {
      d = Files.createTempDirectory("ctg-hostile");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    try {
      for (Chargeur c : Chargeur.values()) {
        for (String ext : c == Chargeur.POPULATIONS ? List.of("csv") : List.of("yaml", "json")) {
          Path f = ecrire(d, "document." + ext, contenu);
          assertTimeoutPreemptively(LIMITE, () -> {
            try {
              assertNotNull(charger(c, f));
            } catch (InvalidDocumentException e) {
              assertFalse(e.errors().isEmpty(), attaque + " : " + c + " sans erreur");
              for (DocumentError err : e.errors()) {
                assertFalse(err.message().isBlank(), attaque + " : " + c + " message vide");
              }
            } catch (RuntimeException | Error e) {
              throw new AssertionError(attaque + " (" + contenu.length + " octets, ." + ext + ") : " + c
                  + " laisse échapper " + e, e);
            }
          }, () -> attaque + " : " + c + " (." + ext + ") dépasse " + LIMITE);
        }
      }
    } finally {
      effacer(d);
    }
  }

  private static Object charger(Chargeur c, Path f) throws InvalidDocumentException {
    switch (c) {
      case CONVENTION:
        return DocumentReader.readConvention(f);
      case TRANSFERTS:
        return DocumentReader.readTransferts(f);
      case RPE:
        return DocumentReader.readRpe(f);
      case PARAMETRES:
        return DocumentReader.readParametres(f);
      case POPULATIONS:
        return PopulationsCsv.lire(f, FRANCE);
      default:
        throw new AssertionError(c);
    }
  }

  // ------------------------------------------------------------------ plumbing

  private static List<byte[]> graines() {
    List<byte[]> l = new ArrayList<>();
    for (String yaml : List.of(CONVENTION, TRANSFERTS, RPE, PARAMETRES)) {
      l.add(yaml.getBytes(StandardCharsets.UTF_8));
      l.add(json(yaml));
    }
    l.add(CSV.getBytes(StandardCharsets.UTF_8));
    return List.copyOf(l);
  }

  private static byte[] json(String yaml) {
    try {
      return new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsBytes(new YAMLMapper().readTree(yaml));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String ressource(String chemin) {
    try (InputStream in = HostileInputTest.class.getClassLoader().getResourceAsStream(chemin)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Path ecrire(Path d, String nom, byte[] contenu) {
    try {
      return Files.write(d.resolve(nom), contenu);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void effacer(Path d) {
    try (var s = Files.list(d)) {
      for (Path f : (Iterable<Path>) s::iterator) Files.deleteIfExists(f);
      Files.deleteIfExists(d);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] out = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }
}
