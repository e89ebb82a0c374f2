package fr.ctg.textes;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The source documents the rules, the parameters and the conventions cite, and the rewriting of a
 * maintainers' citation ({@code 004_6fa37c30264637ed.txt L347, L349-355}) into one a user can read:
 * the document's title, the article or annex of each line range (with its page when known) and the
 * quoted passage. Immutable, thread-safe.
 */
public final class CatalogueSources {
  /** A maintainers' file name of a source document. */
  public static final Pattern FICHIER = Pattern.compile("\\b(\\d{3}_[0-9a-f]{16}\\.txt)\\b");
  /** One line range after a file name: « L347 », « L349-355 » (not « L.214-2 »). */
  private static final Pattern PLAGE = Pattern.compile("\\GL(\\d+)(?:-(\\d+))?(?![\\w.-])");
  private static final Pattern SEPARATEUR = Pattern.compile("\\G(?:\\s*,\\s*|\\s+et\\s+|\\s+)");
  private static final Pattern REMARQUE = Pattern.compile("\\G\\s*(\\([^()]*\\))");

  private final Map<String, DocumentSource> parFichier;

  private CatalogueSources(Map<String, DocumentSource> parFichier) {
    this.parFichier = parFichier;
  }

  public static CatalogueSources of(Collection<DocumentSource> documents) {
    Map<String, DocumentSource> m = new TreeMap<>();
    for (DocumentSource d : documents) {
      if (m.put(d.fichier(), d) != null) throw new IllegalArgumentException("document source en double : " + d.fichier());
    }
    return new CatalogueSources(m);
  }

  /** The documents, by file name. */
  public Collection<DocumentSource> documents() {
    return parFichier.values();
  }

  public Optional<DocumentSource> document(String fichier) {
    return Optional.ofNullable(parFichier.get(fichier));
  }

  /** The file names {@code texte} cites, sorted, without duplicates. */
  public static List<String> fichiersCites(String texte) {
    TreeSet<String> out = new TreeSet<>();
    Matcher m = FICHIER.matcher(texte);
    while (m.find()) out.add(m.group(1));
    return new ArrayList<>(out);
  }

  /**
   * {@code texte} with every maintainers' citation ({@code NNN_hash.txt Lx-y, Lz (remarque)}) replaced by
   * the document's title and, for each line range, its section (« Article 3 : … », page) and the quoted
   * passage: « titre, Article 3 : …, p. 10 : « … » ». Text without a citation is returned as is. A file
   * the catalogue does not know is named « document source non catalogué » — never by its file name.
   */
  public String citer(String texte) {
    if (texte == null || texte.indexOf(".txt") < 0) return texte;
    Matcher m = FICHIER.matcher(texte);
    StringBuilder out = new StringBuilder();
    int fin = 0;
    while (m.find(fin)) {
      out.append(texte, fin, m.start());
      DocumentSource d = parFichier.get(m.group(1));
      int i = m.end();
      List<String> parties = new ArrayList<>();
      while (true) {
        Matcher sep = SEPARATEUR.matcher(texte);
        int j = sep.find(i) ? sep.end() : i;
        Matcher p = PLAGE.matcher(texte);
        if (!p.find(j)) break;
        int a = Integer.parseInt(p.group(1));
        int b = p.group(2) == null ? a : Integer.parseInt(p.group(2));
        String partie = plage(d, a, b);
        i = p.end();
        Matcher r = REMARQUE.matcher(texte);
        if (r.find(i)) {
          partie += " " + r.group(1);
          i = r.end();
        }
        parties.add(partie);
      }
      out.append(d == null ? "document source non catalogué" : "« " + d.titre() + " »");
      if (!parties.isEmpty()) out.append(", ").append(String.join(" ; ", parties));
      fin = i;
    }
    out.append(texte, fin, texte.length());
    return out.toString();
  }

  private static String plage(DocumentSource d, int a, int b) {
    if (d == null) return "lignes " + a + (a == b ? "" : "-" + b);
    StringBuilder s = new StringBuilder();
    Optional<DocumentSource.Section> section = d.section(a);
    s.append(section.map(DocumentSource.Section::titre).map(CatalogueSources::sansDeuxPoints).orElse("en-tête du document"));
    section.flatMap(x -> x.page().isPresent() ? Optional.of(x.page().getAsInt()) : Optional.empty())
        .ifPresent(p -> s.append(", p. ").append(p));
    d.passage(a, b).ifPresent(t -> s.append(" : « ").append(t).append(" »"));
    return s.toString();
  }

  private static String sansDeuxPoints(String titre) {
    String t = titre.strip();
    return t.endsWith(":") ? t.substring(0, t.length() - 1).strip() : t;
  }

  /** Every document with the rules whose citation names it, for the catalogue. */
  public Map<DocumentSource, List<String>> lecteurs(Map<String, String> sourceParRegle) {
    Map<DocumentSource, List<String>> out = new LinkedHashMap<>();
    for (DocumentSource d : parFichier.values()) {
      List<String> regles = new ArrayList<>();
      sourceParRegle.forEach((id, source) -> {
        if (fichiersCites(source).contains(d.fichier())) regles.add(id);
      });
      out.put(d, regles);
    }
    return out;
  }
}
