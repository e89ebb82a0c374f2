package fr.ctg.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The training run of the command's class-data sharing archive ({@code target/ctg.jsa}, see
 * {@code ctg-samples/pom.xml} and the {@code ctg} launcher): runs in one JVM, output discarded, the
 * commands people run most — the national AO obligations (CSV) and those of a department (text), the
 * check of a convention in each of its formats, its bonus — so that the archive holds the classes
 * each of them loads (the convention's reader and schema, every rule family, the reports), not only
 * those of {@code ctg obligations --france}. Not a command of {@code ctg}: the build runs it as
 * {@code java -XX:ArchiveClassesAtExit=… -cp ctg.jar fr.ctg.cli.EntrainementCds}. A command that
 * does not end with code 0 stops it with a message: the build then fails rather than archive less.
 */
public final class EntrainementCds {
  /** A convention bundled with the samples, with every family's data (AO, conformity, bonus, posts). */
  private static final String CONVENTION = "conventions/cabbalr-2026-2030.ctg.yaml";

  private EntrainementCds() {}

  public static void main(String[] args) throws IOException {
    System.setOut(new PrintStream(OutputStream.nullOutputStream(), false, StandardCharsets.UTF_8));
    Path dossier = Files.createTempDirectory("ctg-entrainement-cds");
    Path convention = dossier.resolve("convention.ctg.yaml");
    try {
      try (InputStream in = EntrainementCds.class.getClassLoader().getResourceAsStream(CONVENTION)) {
        if (in == null) throw new IllegalStateException("entraînement CDS : ressource absente du jar : " + CONVENTION);
        Files.copy(in, convention);
      }
      String c = convention.toString();
      lancer("obligations", "--france", "--date", "2026-01-01", "--format", "csv");
      lancer("obligations", "--departement", "62", "--date", "2026-01-01");
      lancer("check", c, "--date", "2026-06-30");
      lancer("check", c, "--date", "2026-06-30", "--format", "json");
      lancer("check", c, "--date", "2026-06-30", "--format", "markdown");
      lancer("check", c, "--date", "2026-06-30", "--format", "html");
      lancer("bonus", c, "--annee", "2026", "--enveloppe", "3348460.64", "--poids-par-defaut", "1");
    } finally {
      Files.deleteIfExists(convention);
      Files.deleteIfExists(dossier);
    }
  }

  private static void lancer(String... args) {
    int code = Ctg.execute(args);
    if (code != Ctg.OK) {
      throw new IllegalStateException("entraînement CDS : « ctg " + String.join(" ", args) + " » a rendu le code " + code);
    }
  }
}
