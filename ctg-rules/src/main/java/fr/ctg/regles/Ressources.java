package fr.ctg.regles;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The files this module ships in its jar, read whole from the classpath: the bundled documents, and
 * the lists the build writes (the executable model's classes, {@link IndexFamilles}' indexes).
 */
final class Ressources {
  private Ressources() {}

  /**
   * The bytes of resource {@code chemin}, or null when the jar does not have it (the caller says
   * what that means).
   */
  static byte[] lireSiPresente(String chemin) {
    try (InputStream in = Ressources.class.getClassLoader().getResourceAsStream(chemin)) {
      return in == null ? null : in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The bytes of a bundled document; its absence is a build defect. */
  static byte[] lire(String chemin) {
    byte[] b = lireSiPresente(chemin);
    if (b == null) throw new IllegalStateException("ressource absente : " + chemin);
    return b;
  }

  /**
   * The text of a list written at build time by {@code etape}; absent, the module was not built by
   * Maven, which a {@link RuleBaseException} says.
   */
  static String lireListeDuBuild(String chemin, String quoi, String etape) {
    byte[] b = lireSiPresente(chemin);
    if (b == null) {
      throw new RuleBaseException(quoi + " absent (" + chemin + ") : ctg-rules doit être construit par " + etape);
    }
    return new String(b, StandardCharsets.UTF_8);
  }
}
