package fr.ctg.eligibilite.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Légifrance addresses of the texts the rules cite, read from {@code fr/ctg/textes/legifrance.yaml}
 * (ctg-rules): codes by their stable LEGITEXT page, articles by their LEGIARTI identifier when confirmed
 * (otherwise the code's page), laws and decrees by their ELI address. {@link #relier} cuts a legal basis
 * text into plain parts and linked citations. Immutable, thread-safe.
 */
final class Legifrance {
  static final String RESSOURCE = "fr/ctg/textes/legifrance.yaml";
  private static final String SITE = "https://www.legifrance.gouv.fr/";
  /** « L.214-1-3 », « D.214-10-1 », « L. 214-2 »: the pattern the versions of the articles are looked up by. */
  static final Pattern ARTICLE = fr.ctg.textes.TextesJuridiques.ARTICLE;
  /** « loi n° 2023-1196 », « décret 2025-253 », « Décret n° 2021-1644 ». */
  static final Pattern TEXTE = fr.ctg.textes.TextesJuridiques.TEXTE;

  private static final Legifrance EMBARQUE = lire();

  private final Map<String, Lien> articles;
  private final Map<String, Lien> textes;

  private Legifrance(Map<String, Lien> articles, Map<String, Lien> textes) {
    this.articles = articles;
    this.textes = textes;
  }

  static Legifrance embarque() {
    return EMBARQUE;
  }

  /** Where a citation points, with a tooltip; {@code url} is empty for a text cited without link. */
  static final class Lien {
    final String url;
    final String titre;
    final boolean articleConfirme;

    Lien(String url, String titre, boolean articleConfirme) {
      this.url = url;
      this.titre = titre;
      this.articleConfirme = articleConfirme;
    }
  }

  /** The link of article {@code numero} (« L.214-1-3 »), if the table knows it. */
  Optional<Lien> article(String numero) {
    return Optional.ofNullable(articles.get(numero));
  }

  /** The link of {@code cle} (« loi 2023-1196 », « décret 2025-253 »), if the table knows it. */
  Optional<Lien> texte(String cle) {
    return Optional.ofNullable(textes.get(cle));
  }

  /** Every article number and text key the table lists. */
  Iterable<String> cles() {
    List<String> c = new ArrayList<>(articles.keySet());
    c.addAll(textes.keySet());
    return c;
  }

  /** The citations of {@code texte} as table keys (« L.214-2-1 », « décret 2025-253 »), in order. */
  static List<String> citations(String texte) {
    List<String> c = new ArrayList<>();
    Matcher a = ARTICLE.matcher(texte);
    while (a.find()) c.add(a.group(1) + "." + a.group(2));
    Matcher t = TEXTE.matcher(texte);
    while (t.find()) c.add(t.group(1).toLowerCase(java.util.Locale.ROOT) + " " + t.group(2));
    return c;
  }

  /** {@code texte} cut into parts: citations the table knows become links, the rest stays text. */
  List<ReportView.Segment> relier(String texte) {
    List<int[]> positions = new ArrayList<>();
    List<Lien> liens = new ArrayList<>();
    Matcher a = ARTICLE.matcher(texte);
    while (a.find()) {
      Lien l = articles.get(a.group(1) + "." + a.group(2));
      if (l != null) {
        positions.add(new int[] {a.start(), a.end()});
        liens.add(l);
      }
    }
    Matcher t = TEXTE.matcher(texte);
    while (t.find()) {
      Lien l = textes.get(t.group(1).toLowerCase(java.util.Locale.ROOT) + " " + t.group(2));
      if (l != null && !l.url.isEmpty()) {
        positions.add(new int[] {t.start(), t.end()});
        liens.add(l);
      }
    }
    // in order of position (the two patterns never overlap: an article number has no « loi » before it)
    List<Integer> ordre = new ArrayList<>();
    for (int i = 0; i < positions.size(); i++) ordre.add(i);
    ordre.sort((x, y) -> Integer.compare(positions.get(x)[0], positions.get(y)[0]));
    List<ReportView.Segment> segments = new ArrayList<>();
    int curseur = 0;
    for (int i : ordre) {
      int[] p = positions.get(i);
      if (p[0] > curseur) segments.add(new ReportView.Segment(texte.substring(curseur, p[0]), "", ""));
      segments.add(new ReportView.Segment(texte.substring(p[0], p[1]), liens.get(i).url, liens.get(i).titre));
      curseur = p[1];
    }
    if (curseur < texte.length()) segments.add(new ReportView.Segment(texte.substring(curseur), "", ""));
    return segments;
  }

  private static Legifrance lire() {
    try (InputStream in = Legifrance.class.getClassLoader().getResourceAsStream(RESSOURCE)) {
      if (in == null) throw new IllegalStateException(RESSOURCE + " absent du classpath (ctg-rules)");
      JsonNode racine = new ObjectMapper(new YAMLFactory()).readTree(in);
      Map<String, String[]> codes = new LinkedHashMap<>();
      for (Iterator<Map.Entry<String, JsonNode>> it = racine.path("codes").fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        codes.put(e.getKey(), new String[] {e.getValue().path("titre").asText(), e.getValue().path("legitext").asText()});
      }
      Map<String, Lien> articles = new LinkedHashMap<>();
      for (Iterator<Map.Entry<String, JsonNode>> it = racine.path("articles").fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        String[] code = codes.get(e.getValue().path("code").asText());
        if (code == null) throw new IllegalStateException(RESSOURCE + " : code inconnu pour " + e.getKey());
        String legiarti = e.getValue().path("legiarti").asText("");
        String titre = code[0] + ", article " + e.getKey();
        articles.put(e.getKey(), legiarti.isEmpty()
            ? new Lien(SITE + "codes/texte_lc/" + code[1], titre + " (identifiant de l'article non confirmé : page du code)", false)
            : new Lien(SITE + "codes/article_lc/" + legiarti, titre, true));
      }
      Map<String, Lien> textes = new LinkedHashMap<>();
      for (Iterator<Map.Entry<String, JsonNode>> it = racine.path("textes").fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        textes.put(e.getKey(), new Lien(e.getValue().path("eli").asText(""), e.getValue().path("titre").asText(), true));
      }
      return new Legifrance(Map.copyOf(articles), Map.copyOf(textes));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
