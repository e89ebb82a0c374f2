package fr.ctg.eligibilite.report;

import fr.ctg.rapport.Constat;
import fr.ctg.rapport.Fondement;
import fr.ctg.rapport.ParametreLu;
import fr.ctg.rapport.Rapport;
import fr.ctg.rapport.Statut;
import fr.ctg.rapport.Sujet;
import fr.ctg.regles.RegleInfo;
import fr.ctg.regles.Textes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * A {@link Rapport} arranged for people: counts by statut, findings grouped by rule family then by
 * rule (most urgent statut first), the territory table (each commune's AO obligations) and the
 * parameters read. The Markdown and HTML renderings read it; every list is in a deterministic
 * order, so the same report always gives the same page. Immutable.
 *
 * <p><b>Not part of the public API</b>: public only because the precompiled jte template of {@link HtmlReport}, generated into another package, reads it; it may change in any release.
 */
public final class ReportView {
  /** Order in which statuts are shown: what needs action first. */
  static final List<Statut> ORDRE_STATUTS = List.of(Statut.NON_SATISFAIT, Statut.INELIGIBLE,
      Statut.A_VERIFIER, Statut.AVERTISSEMENT, Statut.SATISFAIT, Statut.ELIGIBLE, Statut.INFO,
      Statut.NON_APPLICABLE);
  private static final Map<String, String> FAMILLES = new LinkedHashMap<>();
  private static final List<String> ORDRE_AO = List.of("AO-RECENSEMENT", "AO-INFORMATION",
      "AO-PLANIFICATION", "AO-QUALITE", "AO-SCHEMA", "AO-RPE", "AO-DISPENSE-CTG", "AO-TRANSMISSION-CDSF");

  static {
    FAMILLES.put("CONV", "Conformité de la convention");
    FAMILLES.put("AO", "Autorités organisatrices de l'accueil du jeune enfant");
    FAMILLES.put("BT", "Bonus territoire");
    FAMILLES.put("CCT", "Chargés de coopération territoriale");
  }

  private final Rapport rapport;
  private final String titre;
  private final List<Compte> resume;
  private final List<Famille> familles;
  private final List<String> colonnesAo;
  private final List<LigneTerritoire> territoire;

  private ReportView(Rapport rapport, Function<String, Optional<RegleInfo>> regles) {
    this.rapport = rapport;
    this.titre = rapport.convention().map(c -> "Rapport de conformité de la convention " + c)
        .orElse("Rapport des constats");
    List<Compte> r = new ArrayList<>();
    for (Statut s : ORDRE_STATUTS) {
      Integer n = rapport.resume().get(s);
      if (n != null) r.add(new Compte(s, n));
    }
    this.resume = List.copyOf(r);

    Map<String, Map<String, List<Constat>>> parFamille = new TreeMap<>(Comparator
        .comparing((String f) -> FAMILLES.containsKey(f) ? List.copyOf(FAMILLES.keySet()).indexOf(f) : FAMILLES.size())
        .thenComparing(Comparator.naturalOrder()));
    Map<Constat, Integer> rang = new java.util.IdentityHashMap<>();
    VersionsCitees versions = new VersionsCitees(rapport);
    for (Constat c : rapport.constats()) {
      rang.put(c, rang.size());
      parFamille.computeIfAbsent(famille(c.regle()), k -> new TreeMap<>(ReportView::ordreRegle))
          .computeIfAbsent(c.regle(), k -> new ArrayList<>()).add(c);
    }
    List<Famille> fs = new ArrayList<>();
    for (Map.Entry<String, Map<String, List<Constat>>> f : parFamille.entrySet()) {
      List<Regle> rs = new ArrayList<>();
      for (Map.Entry<String, List<Constat>> e : f.getValue().entrySet()) {
        List<Constat> cs = new ArrayList<>(e.getValue());
        cs.sort(Comparator.comparing((Constat c) -> ORDRE_STATUTS.indexOf(c.statut())).thenComparing(Constat.ORDRE));
        Optional<RegleInfo> info = regles.apply(e.getKey());
        List<ConstatVue> vues = new ArrayList<>();
        for (Constat c : cs) vues.add(new ConstatVue(c, rang.get(c), versions.de(c.fondement())));
        boolean aTraiter = cs.stream().anyMatch(c -> ORDRE_STATUTS.indexOf(c.statut()) < ORDRE_STATUTS.indexOf(Statut.SATISFAIT));
        rs.add(new Regle(e.getKey(), info.map(RegleInfo::titre).orElse(""),
            info.map(RegleInfo::source).map(fr.ctg.regles.SourcesCitees::citer).orElse(""), vues, f.getKey().equals("CONV") && aTraiter));
      }
      fs.add(new Famille(f.getKey(), FAMILLES.getOrDefault(f.getKey(), "Règles " + f.getKey()),
          f.getKey().equals("CONV"), rs));
    }
    this.familles = List.copyOf(fs);

    // Territory table: every subject of an AO finding (commune, EPCI, syndicat), AO rules as columns.
    Map<String, Map<String, Constat>> parSujet = new TreeMap<>();
    Map<String, Sujet> sujets = new TreeMap<>();
    List<String> colonnes = new ArrayList<>();
    for (Constat c : rapport.constats()) {
      if (!famille(c.regle()).equals("AO")) continue;
      String cle = c.sujet().type() + ":" + c.sujet().id();
      sujets.putIfAbsent(cle, c.sujet());
      parSujet.computeIfAbsent(cle, k -> new TreeMap<>()).putIfAbsent(c.regle(), c);
      if (!colonnes.contains(c.regle())) colonnes.add(c.regle());
    }
    colonnes.sort(ReportView::ordreRegle);
    this.colonnesAo = List.copyOf(colonnes);
    List<LigneTerritoire> lignes = new ArrayList<>();
    List<String> cles = new ArrayList<>(sujets.keySet());
    cles.sort(Comparator.comparing((String k) -> sujets.get(k).type().equals("commune") ? 0 : 1)
        .thenComparing(k -> sujets.get(k).id()));
    for (String cle : cles) {
      Map<String, Constat> parRegle = parSujet.get(cle);
      List<Cellule> cellules = new ArrayList<>();
      String population = "";
      for (String regle : colonnes) {
        Constat c = parRegle.get(regle);
        cellules.add(c == null ? new Cellule(null, "") : new Cellule(c.statut(), c.message()));
        if (c != null && population.isEmpty()) population = population(c);
      }
      lignes.add(new LigneTerritoire(sujets.get(cle), population, cellules));
    }
    this.territoire = List.copyOf(lignes);
  }

  /** The view of {@code rapport}; {@code regles} gives each rule id's title and seed lines. */
  public static ReportView of(Rapport rapport, Function<String, Optional<RegleInfo>> regles) {
    return new ReportView(rapport, regles);
  }

  /** The French label of a rule family: « Bonus territoire » for {@code BT}. */
  static String libelleFamille(String code) {
    return FAMILLES.getOrDefault(code, "Règles " + code);
  }

  /** {@code CONV-PERIODE} → {@code CONV}; {@code AO-RPE} → {@code AO}. */
  static String famille(String regle) {
    int i = regle.indexOf('-');
    return i < 0 ? regle : regle.substring(0, i);
  }

  private static int ordreRegle(String a, String b) {
    int ia = ORDRE_AO.indexOf(a);
    int ib = ORDRE_AO.indexOf(b);
    if (ia >= 0 && ib >= 0) return Integer.compare(ia, ib);
    if (ia >= 0 || ib >= 0) return ia >= 0 ? -1 : 1;
    return a.compareTo(b);
  }

  private static String population(Constat c) {
    for (Map.Entry<String, Object> f : c.faits().entrySet()) {
      if (f.getKey().startsWith("population")) {
        Object v = f.getValue();
        return v instanceof Number ? Textes.nombre(((Number) v).longValue()) : String.valueOf(v);
      }
    }
    return "";
  }

  /** French label of a statut, as people read it. */
  public static String libelle(Statut s) {
    switch (s) {
      case SATISFAIT: return "Satisfait";
      case NON_SATISFAIT: return "Non satisfait";
      case A_VERIFIER: return "À vérifier";
      case ELIGIBLE: return "Éligible";
      case INELIGIBLE: return "Inéligible";
      case AVERTISSEMENT: return "Avertissement";
      case INFO: return "Information";
      case NON_APPLICABLE: return "Non applicable";
      default: throw new IllegalStateException(s.name());
    }
  }

  public String titre() { return titre; }

  public Optional<String> convention() { return rapport.convention(); }

  /** {@code 30 juin 2026}. */
  public String date() { return Textes.date(rapport.dateEvaluation()); }

  public String dateIso() { return rapport.dateEvaluation().toString(); }

  public int nombreConstats() { return rapport.constats().size(); }

  /** Number of findings per statut, most urgent first; statuts without findings left out. */
  public List<Compte> resume() { return resume; }

  public List<Famille> familles() { return familles; }

  /** The AO rule ids that are columns of the territory table, in the order of the law. */
  public List<String> colonnesAo() { return colonnesAo; }

  /** One row per AO holder (communes first, by INSEE code; then EPCI and syndicats). */
  public List<LigneTerritoire> territoire() { return territoire; }

  public List<ParametreLu> parametres() { return rapport.parametres(); }

  /** The legal texts the findings and parameters cite, with their version at the evaluation date. */
  public List<fr.ctg.rapport.TexteCite> textesCites() { return rapport.textesCites(); }

  /** The year of the national registry the evaluation used, with its census vintage and remarks. */
  public java.util.Optional<fr.ctg.rapport.TerritoireUtilise> registre() { return rapport.territoire(); }

  public String reglesSource() { return rapport.regles().source(); }

  public String reglesEmpreinte() { return rapport.regles().empreinte(); }

  public int reglesNombre() { return rapport.regles().nombre(); }

  /** How many findings of one statut. */
  public static final class Compte {
    private final Statut statut;
    private final int nombre;

    Compte(Statut statut, int nombre) {
      this.statut = statut;
      this.nombre = nombre;
    }

    public Statut statut() { return statut; }

    public String code() { return statut.name(); }

    public String libelle() { return ReportView.libelle(statut); }

    public int nombre() { return nombre; }
  }

  /** The findings of one rule family (CONV, AO, BT, CCT), by rule. */
  public static final class Famille {
    private final String code;
    private final String libelle;
    private final boolean ouverte;
    private final List<Regle> regles;
    private final List<Compte> resume;
    private final int nombre;

    Famille(String code, String libelle, boolean ouverte, List<Regle> regles) {
      this.code = code;
      this.libelle = libelle;
      this.ouverte = ouverte;
      this.regles = List.copyOf(regles);
      Map<Statut, Integer> n = new EnumMap<>(Statut.class);
      int total = 0;
      for (Regle r : regles) {
        for (ConstatVue c : r.constats()) {
          n.merge(c.statut(), 1, Integer::sum);
          total++;
        }
      }
      List<Compte> cs = new ArrayList<>();
      for (Statut s : ORDRE_STATUTS) if (n.containsKey(s)) cs.add(new Compte(s, n.get(s)));
      this.resume = List.copyOf(cs);
      this.nombre = total;
    }

    public String code() { return code; }

    public String libelle() { return libelle; }

    /** Whether this is the convention's own conformity (CONV), shown before the territory table. */
    public boolean conformite() { return ouverte; }

    public List<Regle> regles() { return regles; }

    public List<Compte> resume() { return resume; }

    public int nombre() { return nombre; }
  }

  /** The findings of one rule id, with the rule's title and seed lines. */
  public static final class Regle {
    private final String id;
    private final String titre;
    private final String source;
    private final List<ConstatVue> constats;
    private final List<Compte> resume;
    private final boolean ouverte;

    Regle(String id, String titre, String source, List<ConstatVue> constats, boolean ouverte) {
      this.ouverte = ouverte;
      this.id = id;
      this.titre = titre;
      this.source = source;
      this.constats = List.copyOf(constats);
      Map<Statut, Integer> n = new EnumMap<>(Statut.class);
      for (ConstatVue c : constats) n.merge(c.statut(), 1, Integer::sum);
      List<Compte> cs = new ArrayList<>();
      for (Statut s : ORDRE_STATUTS) if (n.containsKey(s)) cs.add(new Compte(s, n.get(s)));
      this.resume = List.copyOf(cs);
    }

    public String id() { return id; }

    /** What the rule requires; empty when the rule base does not know the id. */
    public String titre() { return titre; }

    /** Seed lines the rule encodes; empty when unknown. */
    public String source() { return source; }

    public List<ConstatVue> constats() { return constats; }

    public List<Compte> resume() { return resume; }

    /**
     * Whether the rule is shown unfolded: a rule of the convention's own conformity (CONV) with a
     * finding to act on (NON_SATISFAIT, INELIGIBLE, A_VERIFIER, AVERTISSEMENT). The others are folded.
     */
    public boolean ouverte() { return ouverte; }
  }

  /** One finding, for people. */
  public static final class ConstatVue {
    private final Constat constat;
    private final int rang;
    private final List<Map.Entry<String, String>> faits;

    private final List<String> versions;

    ConstatVue(Constat constat, int rang) {
      this(constat, rang, List.of());
    }

    ConstatVue(Constat constat, int rang, List<String> versions) {
      this.constat = constat;
      this.rang = rang;
      this.versions = versions;
      List<Map.Entry<String, String>> f = new ArrayList<>();
      for (Map.Entry<String, Object> e : constat.faits().entrySet()) {
        f.add(Map.entry(e.getKey(), String.valueOf(e.getValue())));
      }
      this.faits = List.copyOf(f);
    }

    public String regle() { return constat.regle(); }

    public Statut statut() { return constat.statut(); }

    public String code() { return constat.statut().name(); }

    public String libelle() { return ReportView.libelle(constat.statut()); }

    public Sujet sujet() { return constat.sujet(); }

    public String message() { return constat.message(); }

    public List<Fondement> fondements() { return constat.fondement(); }

    /** The version at the evaluation date of each article the fondements cite (« CASF, art. L.214-1-3, version en vigueur au … »). */
    public List<String> versions() { return versions; }

    /** Facts by name (sorted), as text. */
    public List<Map.Entry<String, String>> faits() { return faits; }

    /** Where the facts come from, by fact name (sorted): SOURCE, REGISTRE or HYPOTHESE and the reference. */
    public List<Map.Entry<String, fr.ctg.rapport.ProvenanceFait>> provenance() {
      return List.copyOf(constat.provenance().entrySet());
    }

    public List<String> explication() { return constat.explication(); }

    /** The HTML anchor of this finding: {@code c-} and its rank in the report ({@link Constat#ORDRE}). */
    public String ancre() { return ReportView.ancre(rang); }

    /** Rule family: {@code CONV}, {@code AO}, {@code BT}, {@code CCT}. */
    public String famille() { return ReportView.famille(constat.regle()); }

    /** The INSEE code of the commune the finding is about (its subject, or its fact {@code commune}); empty if none. */
    public String commune() { return ReportView.commune(constat); }

    /** Each legal basis cut into text and Légifrance links (citations known to the table of identifiers). */
    public List<List<Segment>> fondementsRelies() { return ReportView.fondementsRelies(constat); }
  }

  /** {@code texte} cut into text and Légifrance links, for a parameter's reference. */
  public static List<Segment> relier(String texte) {
    return Legifrance.embarque().relier(texte);
  }

  static String ancre(int rang) {
    return "c-" + rang;
  }

  /** The commune of a finding: a subject commune (or collectivité) with an INSEE code, or the fact {@code commune}. */
  static String commune(Constat c) {
    String type = c.sujet().type();
    if ((type.equals("commune") || type.equals("collectivite")) && INSEE.matcher(c.sujet().id()).matches()) {
      return c.sujet().id();
    }
    Object f = c.faits().get("commune");
    return f instanceof String && INSEE.matcher((String) f).matches() ? (String) f : "";
  }

  private static final java.util.regex.Pattern INSEE = java.util.regex.Pattern.compile("(?:\\d{2}|2A|2B)\\d{3}");

  static List<List<Segment>> fondementsRelies(Constat c) {
    List<List<Segment>> r = new ArrayList<>();
    for (Fondement f : c.fondement()) {
      r.add(f.url().isPresent() ? List.of(new Segment(f.texte(), f.url().get(), f.texte()))
          : Legifrance.embarque().relier(f.texte()));
    }
    return r;
  }

  /** A piece of a legal basis: plain text, or a citation linked to its page ({@code url} non-empty). */
  public static final class Segment {
    private final String texte;
    private final String url;
    private final String titre;

    Segment(String texte, String url, String titre) {
      this.texte = texte;
      this.url = url;
      this.titre = titre;
    }

    public String texte() { return texte; }

    public String url() { return url; }

    /** What the link opens (tooltip), e.g. « Code de l'action sociale et des familles, article L.214-1-3 ». */
    public String titre() { return titre; }

    public boolean lien() { return !url.isEmpty(); }
  }

  /** One row of the territory table. */
  public static final class LigneTerritoire {
    private final Sujet sujet;
    private final String population;
    private final List<Cellule> cellules;

    LigneTerritoire(Sujet sujet, String population, List<Cellule> cellules) {
      this.sujet = sujet;
      this.population = population;
      this.cellules = List.copyOf(cellules);
    }

    public Sujet sujet() { return sujet; }

    /** The population the AO rules counted, formatted; empty when none was reported. */
    public String population() { return population; }

    /** One cell per {@link ReportView#colonnesAo()}. */
    public List<Cellule> cellules() { return cellules; }

    /** The distinct statuts of the row, space-separated (for the page's filters). */
    public String statuts() {
      java.util.Set<String> s = new java.util.LinkedHashSet<>();
      for (Cellule c : cellules) if (!c.vide()) s.add(c.code());
      return String.join(" ", s);
    }

    /** The INSEE code of the row when the holder is a commune; empty otherwise (for the page's filters). */
    public String communes() { return sujet.type().equals("commune") ? sujet.id() : ""; }
  }

  /** The statut of one AO obligation for one holder; empty when no finding. */
  public static final class Cellule {
    private final Statut statut;
    private final String message;

    Cellule(Statut statut, String message) {
      this.statut = statut;
      this.message = message;
    }

    public boolean vide() { return statut == null; }

    public String code() { return statut == null ? "" : statut.name(); }

    public String libelle() { return statut == null ? "—" : ReportView.libelle(statut); }

    public String message() { return message; }
  }
}
