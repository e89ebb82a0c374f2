package fr.ctg.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The command writes UTF-8 whatever the platform locale: under {@code LANG=C} or
 * {@code LC_ALL=POSIX} a JVM's default charset is US-ASCII, and every accent written through it
 * becomes "?". The command runs in a child JVM with the locale's environment and the charset
 * properties such a JVM takes from it (given explicitly, so that the test does not depend on the
 * JDK's defaults); its stdout, stderr and output file must be well-formed UTF-8 with the accents.
 */
class EncodageSortieTest {
  /** The charset a JDK 17 derives from the C/POSIX locale. */
  private static final String ASCII = "ANSI_X3.4-1968";

  @TempDir Path dossier;

  @ParameterizedTest
  @ValueSource(strings = {"LANG=C", "LC_ALL=POSIX"})
  void stdoutStderrEtFichiersEnUtf8SousUneLocaleNonUtf8(String locale) throws Exception {
    Resultat territoire = lancer(locale, "territoire", "--commune", "62119");
    assertEquals(Ctg.OK, territoire.code, territoire.erreur());
    assertTrue(utf8(territoire.out).startsWith("Béthune (INSEE 62119"), utf8(territoire.out));

    // a usage error: French message on stderr, with « » and accents
    Resultat erreur = lancer(locale, "obligations", "--commune", "62119", "--date", "hier");
    assertEquals(Ctg.ENTREE_INVALIDE, erreur.code, erreur.erreur());
    assertTrue(utf8(erreur.err).contains("date invalide « hier » : AAAA-MM-JJ attendu"), utf8(erreur.err));

    Path sortie = dossier.resolve("rapport.md");
    Resultat check = lancer(locale, "check", "src/main/resources/conventions/cabbalr-2026-2030.ctg.yaml",
        "--date", "2026-06-30", "--format", "markdown", "--sortie", sortie.toString());
    assertEquals(Ctg.OK, check.code, check.erreur());
    String md = utf8(Files.readAllBytes(sortie));
    assertTrue(md.contains("Béthune"), md);
    // the same bytes as in a UTF-8 JVM (CliRun runs in this one)
    Path reference = dossier.resolve("reference.md");
    CliRun.run("check", "src/main/resources/conventions/cabbalr-2026-2030.ctg.yaml", "--date", "2026-06-30",
        "--format", "markdown", "--sortie", reference.toString()).expect(Ctg.OK);
    assertArrayEquals(Files.readAllBytes(reference), Files.readAllBytes(sortie));
  }

  private record Resultat(int code, byte[] out, byte[] err) {
    String erreur() {
      return new String(err, StandardCharsets.UTF_8);
    }
  }

  /** Strict decoding: a byte sequence that is not UTF-8 fails the test. */
  private static String utf8(byte[] octets) throws CharacterCodingException {
    return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(octets)).toString();
  }

  private Resultat lancer(String locale, String... args) throws IOException, InterruptedException {
    List<String> commande = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Dfile.encoding=" + ASCII, "-Dsun.stdout.encoding=" + ASCII, "-Dsun.stderr.encoding=" + ASCII,
        "-Dstdout.encoding=" + ASCII, "-Dstderr.encoding=" + ASCII,
        "-cp", System.getProperty("java.class.path"), Ctg.class.getName()));
    commande.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(commande);
    Map<String, String> env = pb.environment();
    env.keySet().removeIf(k -> k.equals("LANG") || k.equals("LANGUAGE") || k.startsWith("LC_"));
    env.put(locale.substring(0, locale.indexOf('=')), locale.substring(locale.indexOf('=') + 1));
    env.remove("JAVA_TOOL_OPTIONS");
    env.remove("JDK_JAVA_OPTIONS");
    Path out = Files.createTempFile(dossier, "out", ".bin");
    Path err = Files.createTempFile(dossier, "err", ".bin");
    pb.redirectOutput(out.toFile()).redirectError(err.toFile());
    int code = pb.start().waitFor();
    return new Resultat(code, Files.readAllBytes(out), Files.readAllBytes(err));
  }
}
