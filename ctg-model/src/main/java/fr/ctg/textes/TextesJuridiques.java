package fr.ctg.textes;

import fr.ctg.rapport.ImmutableTexteCite;
import fr.ctg.rapport.TexteCite;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.temporal.ChronoField;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The legal texts the rules cite (document {@code ctg-legifrance/1}, {@code fr/ctg/textes/legifrance.yaml}
 * in ctg-rules): the codes, each cited article with its Légifrance identifier when confirmed and the
 * versions the rules encode (in force from, until, created or amended by which text, whether that is a
 * reading of ours), the laws and decrees with their publication date. {@link #citer} says which version of
 * an article applies at an evaluation date, in the words a report prints. Immutable, thread-safe.
 */
public final class TextesJuridiques {
  /** « L.214-1-3 », « D.214-10-1 », « L. 214-2 » — not followed by another digit or dash-digit. */
  public static final Pattern ARTICLE = Pattern.compile("\\b([LRD])\\.\\s?(\\d+(?:-\\d+)*)(?![\\d-])");
  /** « loi n° 2023-1196 », « décret 2025-253 », « Décret n° 2021-1644 ». */
  public static final Pattern TEXTE = Pattern.compile("\\b([Ll]oi|[Dd]écret)\\s+(?:n°\\s*)?(\\d{4}-\\d+)");

  private static final DateTimeFormatter DATE = new DateTimeFormatterBuilder()
      .appendText(ChronoField.DAY_OF_MONTH, jours())
      .appendLiteral(' ')
      .appendPattern("MMMM uuuu")
      .toFormatter(Locale.FRANCE);

  /** A code: its acronym, title and Légifrance identifier. */
  public record Code(String sigle, String titre, String legitext, String verification) {
    public Code {
      Objects.requireNonNull(sigle);
      Objects.requireNonNull(titre);
      Objects.requireNonNull(legitext);
      Objects.requireNonNull(verification);
    }
  }

  /** A part of an article whose effect starts later than its version (« II, 4e alinéa … » from 1 January 2026). */
  public record EffetDiffere(String partie, LocalDate depuis, Optional<String> parametre, String verification) {
    public EffetDiffere {
      Objects.requireNonNull(partie);
      Objects.requireNonNull(depuis);
      Objects.requireNonNull(parametre);
      Objects.requireNonNull(verification);
    }
  }

  /**
   * A version of an article: in force from {@code depuis} until {@code jusquAu} (excluded, when known),
   * created ({@code creation}) or amended by {@code issueDe}; {@code lecture} when its date or origin is a
   * reading of ours.
   */
  public record Version(LocalDate depuis, Optional<LocalDate> jusquAu, String issueDe, boolean creation, boolean lecture,
      String verification, Optional<String> parametre, List<EffetDiffere> effetsDifferes) {
    public Version {
      Objects.requireNonNull(depuis);
      Objects.requireNonNull(jusquAu);
      Objects.requireNonNull(issueDe);
      Objects.requireNonNull(verification);
      Objects.requireNonNull(parametre);
      effetsDifferes = List.copyOf(effetsDifferes);
      if (jusquAu.isPresent() && !jusquAu.get().isAfter(depuis)) {
        throw new IllegalArgumentException("version du " + depuis + " : jusquAu (" + jusquAu.get() + ") n'est pas après depuis");
      }
    }

    /** Whether the version is in force on {@code date}. */
    public boolean enVigueurAu(LocalDate date) {
      return !date.isBefore(depuis) && jusquAu.map(date::isBefore).orElse(true);
    }
  }

  /** An article of a code, as the fondements write its number (« L.214-1-3 »), with its versions in order. */
  public record Article(String numero, Code code, Optional<String> legiarti, String verification, List<Version> versions) {
    public Article {
      Objects.requireNonNull(numero);
      Objects.requireNonNull(code);
      Objects.requireNonNull(legiarti);
      Objects.requireNonNull(verification);
      versions = List.copyOf(versions);
      for (int i = 1; i < versions.size(); i++) {
        Version a = versions.get(i - 1);
        if (a.jusquAu().isEmpty() || versions.get(i).depuis().isBefore(a.jusquAu().get())) {
          throw new IllegalArgumentException("article " + numero + " : la version du " + versions.get(i).depuis()
              + " chevauche la précédente (du " + a.depuis() + a.jusquAu().map(j -> " au " + j).orElse(", sans fin") + ")");
        }
      }
    }

    /** « CASF, art. L.214-1-3 ». */
    public String citation() {
      return code.sigle() + ", art. " + numero;
    }

    /** The version in force on {@code date}, if a recorded one is. */
    public Optional<Version> versionAu(LocalDate date) {
      for (Version v : versions) if (v.enVigueurAu(date)) return Optional.of(v);
      return Optional.empty();
    }
  }

  /** A law or a decree, by its key (« loi 2023-1196 »): its title, publication date and ELI address. */
  public record TexteOfficiel(String cle, String titre, Optional<LocalDate> publication, Optional<String> eli,
      String verification) {
    public TexteOfficiel {
      Objects.requireNonNull(cle);
      Objects.requireNonNull(titre);
      Objects.requireNonNull(publication);
      Objects.requireNonNull(eli);
      Objects.requireNonNull(verification);
    }
  }

  private final Map<String, Article> articles;
  private final Map<String, TexteOfficiel> textes;

  private TextesJuridiques(Map<String, Article> articles, Map<String, TexteOfficiel> textes) {
    this.articles = articles;
    this.textes = textes;
  }

  public static TextesJuridiques of(Collection<Article> articles, Collection<TexteOfficiel> textes) {
    Map<String, Article> a = new TreeMap<>();
    for (Article x : articles) {
      if (a.put(x.numero(), x) != null) throw new IllegalArgumentException("article en double : " + x.numero());
    }
    Map<String, TexteOfficiel> t = new TreeMap<>();
    for (TexteOfficiel x : textes) {
      if (t.put(x.cle(), x) != null) throw new IllegalArgumentException("texte en double : " + x.cle());
    }
    return new TextesJuridiques(Map.copyOf(a), Map.copyOf(t));
  }

  /** The articles, sorted by number. */
  public List<Article> articles() {
    return List.copyOf(new TreeMap<>(articles).values());
  }

  /** The laws and decrees, sorted by key. */
  public List<TexteOfficiel> textes() {
    return List.copyOf(new TreeMap<>(textes).values());
  }

  public Optional<Article> article(String numero) {
    return Optional.ofNullable(articles.get(numero));
  }

  public Optional<TexteOfficiel> texte(String cle) {
    return Optional.ofNullable(textes.get(cle));
  }

  /** The article numbers {@code texte} cites (« L.214-2-1 », « D.214-10-1 »), in order, without duplicates. */
  public static List<String> articlesCites(String texte) {
    LinkedHashSet<String> c = new LinkedHashSet<>();
    Matcher a = ARTICLE.matcher(texte);
    while (a.find()) c.add(a.group(1) + "." + a.group(2));
    return new ArrayList<>(c);
  }

  /** The laws and decrees {@code texte} cites, as keys (« loi 2023-1196 », « décret 2025-253 »), in order, without duplicates. */
  public static List<String> textesCites(String texte) {
    LinkedHashSet<String> c = new LinkedHashSet<>();
    Matcher t = TEXTE.matcher(texte);
    while (t.find()) c.add(t.group(1).toLowerCase(Locale.ROOT) + " " + t.group(2));
    return new ArrayList<>(c);
  }

  /** Every key {@code texte} cites: its articles, then its laws and decrees. */
  public static List<String> cles(String texte) {
    List<String> c = articlesCites(texte);
    c.addAll(textesCites(texte));
    return c;
  }

  /** {@code 2026-01-01} → « 1er janvier 2026 ». */
  public static String date(LocalDate d) {
    return DATE.format(d);
  }

  /**
   * The version of article {@code numero} at {@code date}, in the words a report prints:
   * <ul>
   *   <li>« CASF, art. L.214-1-3, version en vigueur au 30 juin 2026 (issue de la loi n° 2023-1196 du 18
   *       décembre 2023, art. 17) » — followed by « ; date ou texte d'origine de cette version : lecture de
   *       ctg » when either is a reading, and by the parts whose effect is still to come;
   *   <li>before the first version: « CASF, art. L.214-1-3, pas encore en vigueur au 30 juin 2024 : créé par
   *       la loi …, en vigueur à compter du 1er janvier 2025 » when that version created the article, otherwise
   *       « CASF, art. L.214-2, version appliquée par les règles pas encore en vigueur au 30 juin 2024 : version
   *       issue de la loi …, en vigueur à compter du 1er janvier 2025 ; ctg ne recense pas la version antérieure »;
   *   <li>between or after the recorded versions: « …, aucune version recensée par ctg au … ».
   * </ul>
   */
  public String versionAu(String numero, LocalDate date) {
    return citer(numero, date, List.of()).libelle();
  }

  /** The report entry of key {@code cle} (an article number or a law/decree key) at {@code date}, cited by {@code regles}. */
  public TexteCite citer(String cle, LocalDate date, Collection<String> regles) {
    ImmutableTexteCite.Builder b = ImmutableTexteCite.builder().cle(cle).regles(new TreeSet<>(regles));
    Article a = articles.get(cle);
    if (a != null) {
      b.nature("article").citation(a.citation());
      a.legiarti().ifPresent(id -> b.url("https://www.legifrance.gouv.fr/codes/article_lc/" + id));
      Optional<Version> v = a.versionAu(date);
      if (v.isPresent()) {
        Version x = v.get();
        List<String> differes = new ArrayList<>();
        for (EffetDiffere e : x.effetsDifferes()) {
          if (date.isBefore(e.depuis())) differes.add(e.partie() + " : à compter du " + date(e.depuis()));
        }
        version(b, x, true).effetsDifferes(differes);
        StringBuilder l = new StringBuilder(a.citation()).append(", version en vigueur au ").append(date(date))
            .append(" (issue ").append(de(x.issueDe())).append(')');
        if (x.lecture()) l.append(" ; date ou texte d'origine de cette version : lecture de ctg");
        for (String d : differes) l.append(" ; ").append(d);
        return b.libelle(l.toString()).build();
      }
      Optional<Version> suivante = a.versions().stream().filter(x -> x.depuis().isAfter(date)).findFirst();
      if (suivante.isPresent()) {
        Version x = suivante.get();
        version(b, x, false);
        boolean avantToutes = x == a.versions().get(0);
        StringBuilder l = new StringBuilder(a.citation());
        if (avantToutes && x.creation()) {
          l.append(", pas encore en vigueur au ").append(date(date)).append(" : créé").append(" par ").append(par(x.issueDe()))
              .append(", en vigueur à compter du ").append(date(x.depuis()));
        } else {
          l.append(avantToutes ? ", version appliquée par les règles pas encore en vigueur au " : ", aucune version recensée par ctg au ")
              .append(date(date)).append(" : version issue ").append(de(x.issueDe())).append(", en vigueur à compter du ")
              .append(date(x.depuis()));
          if (avantToutes) l.append(" ; ctg ne recense pas la version antérieure");
        }
        if (x.lecture()) l.append(" ; date ou texte d'origine de cette version : lecture de ctg");
        return b.libelle(l.toString()).build();
      }
      b.enVigueur(false);
      if (a.versions().isEmpty()) return b.libelle(a.citation() + ", aucune version recensée par ctg").build();
      Version x = a.versions().get(a.versions().size() - 1);
      return b.libelle(a.citation() + ", aucune version recensée par ctg au " + date(date) + " ; dernière version recensée : du "
          + date(x.depuis()) + x.jusquAu().map(j -> " au " + date(j)).orElse("") + " (issue " + de(x.issueDe()) + ")").build();
    }
    TexteOfficiel t = textes.get(cle);
    if (t != null) {
      b.nature(cle.substring(0, cle.indexOf(' '))).citation(t.titre());
      t.publication().ifPresent(b::publication);
      t.eli().ifPresent(b::url);
      return b.libelle(t.titre() + t.publication().map(p -> " (Journal officiel du " + date(p) + ")").orElse("")).build();
    }
    if (ARTICLE.matcher(cle).matches()) {
      return b.nature("article").citation("art. " + cle)
          .libelle("art. " + cle + ", version non recensée par ctg : lire la version en vigueur au " + date(date)).build();
    }
    return b.nature(cle.substring(0, Math.max(0, cle.indexOf(' ')))).citation(cle)
        .libelle(cle + " : texte non recensé par ctg").build();
  }

  private static ImmutableTexteCite.Builder version(ImmutableTexteCite.Builder b, Version x, boolean enVigueur) {
    b.enVigueur(enVigueur).depuis(x.depuis()).issueDe(x.issueDe()).lecture(x.lecture());
    x.jusquAu().ifPresent(b::jusquAu);
    return b;
  }

  /**
   * The report entries of the texts cited by {@code parRegle} (rule id → the fondements of its findings)
   * and {@code parParametre} (parameter name → its reference), at {@code date}: one entry per key,
   * articles first by number, then laws and decrees by key, each with the rules and parameters that cite it.
   */
  public List<TexteCite> citer(LocalDate date, Map<String, ? extends Collection<String>> parRegle,
      Map<String, String> parParametre) {
    SortedMap<String, SortedSet<String>[]> parArticle = new TreeMap<>();
    SortedMap<String, SortedSet<String>[]> parTexte = new TreeMap<>();
    parRegle.forEach((regle, fondements) -> {
      for (String t : fondements) noter(t, regle, 0, parArticle, parTexte);
    });
    parParametre.forEach((nom, reference) -> noter(reference, nom, 1, parArticle, parTexte));
    List<TexteCite> out = new ArrayList<>();
    parArticle.forEach((c, q) -> out.add(ImmutableTexteCite.builder().from(citer(c, date, q[0])).parametres(q[1]).build()));
    parTexte.forEach((c, q) -> out.add(ImmutableTexteCite.builder().from(citer(c, date, q[0])).parametres(q[1]).build()));
    return out;
  }

  @SuppressWarnings("unchecked")
  private static void noter(String texte, String qui, int i, SortedMap<String, SortedSet<String>[]> parArticle,
      SortedMap<String, SortedSet<String>[]> parTexte) {
    for (String c : articlesCites(texte)) {
      parArticle.computeIfAbsent(c, k -> new SortedSet[] {new TreeSet<>(), new TreeSet<>()})[i].add(qui);
    }
    for (String c : textesCites(texte)) {
      parTexte.computeIfAbsent(c, k -> new SortedSet[] {new TreeSet<>(), new TreeSet<>()})[i].add(qui);
    }
  }

  /** « la loi … », « le décret … », « l'ordonnance … »: the text's name after « créé par ». */
  static String par(String texte) {
    String d = de(texte);
    if (d.startsWith("de la ")) return d.substring(3);
    if (d.startsWith("du ")) return "le " + d.substring(3);
    return d.startsWith("de l'") ? d.substring(3) : texte;
  }

  /** « de la loi … », « du décret … », « de l'ordonnance … »: the text's name after « issue ». */
  static String de(String texte) {
    String t = texte.toLowerCase(Locale.ROOT);
    if (t.startsWith("loi")) return "de la " + texte;
    if (t.startsWith("décret")) return "du " + texte;
    if (!t.isEmpty() && "aeéiou".indexOf(t.charAt(0)) >= 0) return "de l'" + texte;
    return "de " + texte;
  }

  private static Map<Long, String> jours() {
    Map<Long, String> jours = new HashMap<>();
    for (long j = 1; j <= 31; j++) jours.put(j, j == 1 ? "1er" : Long.toString(j));
    return jours;
  }
}
