package fr.ctg.regles;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collections;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The files of a rule base as an expert edits them: rule files ({@code *.drl}, decision tables
 * {@code *.drl.csv}/{@code *.drl.xls}/{@code *.drl.xlsx}) and parameter files
 * ({@code parametres/**}{@code .yaml}), by path relative to the root, with '/' separators. The
 * bundled rules have the same layout in the jar ({@code fr/ctg/regles/<famille>/},
 * {@code parametres/<famille>/}), so an exported directory is this layout on disk. Immutable.
 */
public final class RuleFiles {
  /** Where the bundled rule files live in the jar. */
  public static final String RULES_ROOT = "fr/ctg/regles/";
  /** Where the parameter files live, in the jar and in an expert directory. */
  public static final String PARAMETERS_ROOT = "parametres/";
  /** Where the scope of the texts lives ({@code ctg-textes/1}), in the jar and in an expert directory. */
  public static final String TEXTES_ROOT = "textes/";

  private static final long MAX_FILE_BYTES = 10L * 1024 * 1024;
  private static final int MAX_FILES = 10_000;

  /**
   * Written at build time by {@link IndexFamilles}: the fingerprint of the bundled files
   * ({@link #fingerprint()}) on the first line, then their paths, one per line.
   */
  static final String INDEX_FICHIERS = "META-INF/kie/fr.ctg/ctg-rules/fichiers";

  private final String display;
  private final SortedMap<String, byte[]> files;
  /** The fingerprint written at build time, for the bundled files; null: computed when asked. */
  private final String empreinte;

  private RuleFiles(String display, SortedMap<String, byte[]> files) {
    this(display, files, null);
  }

  private RuleFiles(String display, SortedMap<String, byte[]> files, String empreinte) {
    this.display = display;
    this.files = Collections.unmodifiableSortedMap(files);
    this.empreinte = empreinte;
  }

  /**
   * The files of {@code dir} (hidden files and folders skipped).
   *
   * @throws RuleBaseException when {@code dir} is not a readable directory or holds a file too big
   */
  public static RuleFiles fromDirectory(Path dir) {
    if (!Files.isDirectory(dir)) {
      throw new RuleBaseException("dossier de règles introuvable : " + dir);
    }
    SortedMap<String, byte[]> files = new TreeMap<>();
    try (Stream<Path> s = Files.walk(dir)) {
      for (Path p : (Iterable<Path>) s.filter(Files::isRegularFile)::iterator) {
        String rel = dir.relativize(p).toString().replace('\\', '/');
        if (rel.startsWith(".") || rel.contains("/.")) continue;
        if (!isRuleFile(rel) && !isParameterFile(rel) && !isTextesFile(rel) && !isIgnoredTable(rel)) continue;
        if (Files.size(p) > MAX_FILE_BYTES) {
          throw new RuleBaseException(display(dir) + rel + " : fichier trop volumineux (limite "
              + MAX_FILE_BYTES + " octets)");
        }
        if (files.size() >= MAX_FILES) {
          throw new RuleBaseException(dir + " : plus de " + MAX_FILES + " fichiers de règles");
        }
        files.put(rel, Files.readAllBytes(p));
      }
    } catch (NoSuchFileException e) {
      throw new RuleBaseException("dossier de règles introuvable : " + dir);
    } catch (IOException e) {
      throw new RuleBaseException("lecture du dossier de règles impossible : " + e.getMessage(), e);
    }
    return new RuleFiles(display(dir), files);
  }

  private static String display(Path dir) {
    String d = dir.toString().replace('\\', '/');
    return d.endsWith("/") ? d : d + "/";
  }

  /** The bundled rule and parameter files, read from this module's jar (or classes directory). */
  public static RuleFiles bundled() {
    return Bundled.INSTANCE;
  }

  private static final class Bundled {
    static final RuleFiles INSTANCE = lireIndex();

    /**
     * The files the build listed in {@value #INDEX_FICHIERS}, each read by name, with the fingerprint
     * computed by the build: no walk through the 28 000 entries of the command's jar, no digest, at
     * each start (docs/performance.md, « Démarrage à froid, suite »). {@code FichiersEmbarquesTest}
     * checks that the index gives what a walk gives.
     */
    private static RuleFiles lireIndex() {
      String[] lignes = Ressources.lireListeDuBuild(INDEX_FICHIERS, "index des fichiers de règles", IndexFamilles.ETAPE)
          .split("\n");
      SortedMap<String, byte[]> files = new TreeMap<>();
      for (int i = 1; i < lignes.length; i++) {
        byte[] contenu = Ressources.lireSiPresente(lignes[i]);
        if (contenu == null) {
          throw new RuleBaseException("fichier de règles embarqué absent : " + lignes[i] + " (listé par " + INDEX_FICHIERS + ")");
        }
        files.put(lignes[i], contenu);
      }
      if (files.isEmpty()) {
        throw new RuleBaseException("aucun fichier de règles trouvé sous " + RULES_ROOT);
      }
      return new RuleFiles("classpath:", files, lignes[0]);
    }
  }

  /**
   * The bundled files as a walk of this module's jar or classes directory finds them: what the build
   * lists in {@value #INDEX_FICHIERS} ({@link IndexFamilles}), and what tests compare the index with.
   */
  static RuleFiles parcourirLesFichiersEmbarques() {
    SortedMap<String, byte[]> files = new TreeMap<>();
    try {
      Path lieu = Paths.get(RuleFiles.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      if (Files.isDirectory(lieu)) {
        try (Stream<Path> s = Files.walk(lieu)) {
          for (Path p : (Iterable<Path>) s.filter(Files::isRegularFile)::iterator) {
            String nom = lieu.relativize(p).toString().replace('\\', '/');
            if (isBundledFile(nom)) files.put(nom, Files.readAllBytes(p));
          }
        }
      } else {
        try (ZipFile zip = new ZipFile(lieu.toFile())) {
          for (ZipEntry e : Collections.list(zip.entries())) {
            if (!e.isDirectory() && isBundledFile(e.getName())) {
              try (InputStream in = zip.getInputStream(e)) {
                files.put(e.getName(), in.readAllBytes());
              }
            }
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
    if (files.isEmpty()) {
      throw new RuleBaseException("aucun fichier de règles trouvé sous " + RULES_ROOT);
    }
    return new RuleFiles("classpath:", files);
  }

  private static boolean isBundledFile(String nom) {
    return (nom.startsWith(RULES_ROOT) && (isRuleFile(nom) || isIgnoredTable(nom)))
        || (nom.startsWith(PARAMETERS_ROOT) && isParameterFile(nom)) || isTextesFile(nom);
  }

  /** Whether Drools compiles this file: {@code .drl}, {@code .drl.csv}, {@code .drl.xls}, {@code .drl.xlsx}. */
  static boolean isRuleFile(String path) {
    String n = path.toLowerCase(Locale.ROOT);
    return !n.startsWith(PARAMETERS_ROOT) && (n.endsWith(".drl") || isDecisionTable(n));
  }

  /** Whether Drools reads {@code path} as a decision table ({@code *.drl.csv}, {@code *.drl.xls}, {@code *.drl.xlsx}). */
  public static boolean isDecisionTable(String path) {
    String n = path.toLowerCase(Locale.ROOT);
    return n.endsWith(".drl.csv") || n.endsWith(".drl.xls") || n.endsWith(".drl.xlsx");
  }

  /** A spreadsheet or CSV whose name Drools does not recognise as a decision table: it would be silently ignored. */
  public static boolean isIgnoredTable(String path) {
    String n = path.toLowerCase(Locale.ROOT);
    return !n.startsWith(PARAMETERS_ROOT) && !isDecisionTable(n)
        && (n.endsWith(".csv") || n.endsWith(".xls") || n.endsWith(".xlsx"));
  }

  /** A file of {@code textes/} ({@code .yaml}, {@code .yml}, {@code .json}): the scope of the texts. */
  static boolean isTextesFile(String path) {
    String n = path.toLowerCase(Locale.ROOT);
    return n.startsWith(TEXTES_ROOT) && (n.endsWith(".yaml") || n.endsWith(".yml") || n.endsWith(".json"));
  }

  static boolean isParameterFile(String path) {
    String n = path.toLowerCase(Locale.ROOT);
    return n.startsWith(PARAMETERS_ROOT) && (n.endsWith(".yaml") || n.endsWith(".yml") || n.endsWith(".json"));
  }

  /**
   * The same origin with each file replaced by what {@code conversion} gives for its path and
   * content: a map of the files to write instead (usually one entry, possibly under another name).
   * The compiler module converts decision tables this way ({@code Classeurs.enClasseurs}).
   */
  public RuleFiles convertis(java.util.function.BiFunction<String, byte[], Map<String, byte[]>> conversion) {
    SortedMap<String, byte[]> out = new TreeMap<>();
    files.forEach((path, content) -> out.putAll(conversion.apply(path, content)));
    return new RuleFiles(display, out);
  }

  /** Every file, by relative path, sorted. */
  public SortedMap<String, byte[]> all() {
    return files;
  }

  /** The rule files (DRL and decision tables), by relative path, sorted. */
  public SortedMap<String, byte[]> rules() {
    SortedMap<String, byte[]> m = new TreeMap<>();
    files.forEach((k, v) -> { if (isRuleFile(k)) m.put(k, v); });
    return m;
  }

  /** The parameter files under {@code parametres/}, by relative path, sorted. */
  public SortedMap<String, byte[]> parameters() {
    SortedMap<String, byte[]> m = new TreeMap<>();
    files.forEach((k, v) -> { if (isParameterFile(k)) m.put(k, v); });
    return m;
  }

  /** The files of {@code textes/} (scope of the texts), by relative path, sorted. */
  public SortedMap<String, byte[]> textes() {
    SortedMap<String, byte[]> m = new TreeMap<>();
    files.forEach((k, v) -> { if (isTextesFile(k)) m.put(k, v); });
    return m;
  }

  /** How a file is shown in messages: {@code dir/fr/ctg/regles/ao/rpe.drl} or {@code classpath:fr/...}. */
  public String display(String relativePath) {
    return display + relativePath;
  }

  /** {@code classpath} for the bundled files, else the directory. */
  public String origin() {
    return display.equals("classpath:") ? "classpath" : display.substring(0, display.length() - 1);
  }

  public String text(String relativePath) {
    byte[] b = files.get(relativePath);
    if (b == null) throw new IllegalArgumentException("fichier inconnu : " + relativePath);
    return new String(b, StandardCharsets.UTF_8);
  }

  /** {@code sha256:} + hex digest of every file, by path (rule and parameter files). */
  public String fingerprint() {
    return empreinte != null ? empreinte : empreinteCalculee();
  }

  /** {@link #fingerprint()} computed from the files. */
  String empreinteCalculee() {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      for (Map.Entry<String, byte[]> f : files.entrySet()) {
        if (isIgnoredTable(f.getKey())) continue;
        sha.update(f.getKey().getBytes(StandardCharsets.UTF_8));
        sha.update((byte) 0);
        sha.update(f.getValue());
        sha.update((byte) 0);
      }
      return "sha256:" + HexFormat.of().formatHex(sha.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Writes every file under {@code dir}, which must be absent or empty unless {@code overwrite}.
   *
   * @throws RuleBaseException when {@code dir} is not empty and {@code overwrite} is false
   */
  public void export(Path dir, boolean overwrite) throws IOException {
    if (Files.exists(dir)) {
      if (!Files.isDirectory(dir)) {
        throw new RuleBaseException(dir + " existe et n'est pas un dossier");
      }
      try (Stream<Path> s = Files.list(dir)) {
        if (s.findAny().isPresent() && !overwrite) {
          throw new RuleBaseException("le dossier " + dir + " n'est pas vide (--ecraser pour remplacer les fichiers exportés)");
        }
      }
    }
    for (Map.Entry<String, byte[]> f : files.entrySet()) {
      Path p = dir.resolve(f.getKey());
      Files.createDirectories(p.getParent());
      Files.write(p, f.getValue());
    }
  }
}
