package fr.ctg.eligibilite.report;

import fr.ctg.convention.Convention;
import fr.ctg.eligibilite.report.ReportView.Compte;
import fr.ctg.eligibilite.report.ReportView.ConstatVue;
import fr.ctg.eligibilite.report.ReportView.Famille;
import fr.ctg.eligibilite.report.ReportView.Regle;
import fr.ctg.eligibilite.report.ReportView.Segment;
import fr.ctg.rapport.Constat;
import fr.ctg.rapport.ParametreLu;
import fr.ctg.rapport.Statut;
import fr.ctg.regles.Textes;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The HTML page of a report, action first: the {@link ReportView} plus what to do (findings to act
 * on, NON_SATISFAIT and A_VERIFIER, grouped by rule family and rule, then by authority), the charts
 * and the choices of the detail's filters. Every list is in a deterministic order. Immutable.
 *
 * <p><b>Not part of the public API</b>: public only because the precompiled jte templates of
 * {@link HtmlReport}, generated into another package, read it.
 */
public final class PageView {
  /** The statuts that call for an action, in the order they are shown. */
  static final List<Statut> A_TRAITER = List.of(Statut.NON_SATISFAIT, Statut.A_VERIFIER);
  /** Subjects named before the rest of a group are folded. */
  static final int SUJETS_VISIBLES = 12;

  private final ReportView vue;
  private final List<FamilleActions> actions;
  private final List<Autorite> autorites;
  private final List<Graphique> graphiques;
  private final List<Choix> communes;
  private final int nombreActions;

  private PageView(ReportView vue, Optional<Convention> convention) {
    this.vue = vue;
    LocalDate date = LocalDate.parse(vue.dateIso());
    Map<String, ParametreLu> parametres = new LinkedHashMap<>();
    for (ParametreLu p : vue.parametres()) parametres.put(p.nom(), p);

    List<FamilleActions> fs = new ArrayList<>();
    Map<String, Autorite.Builder> parAutorite = new TreeMap<>();
    int n = 0;
    for (Famille f : vue.familles()) {
      List<Action> as = new ArrayList<>();
      for (Statut s : A_TRAITER) {
        for (Regle r : f.regles()) {
          List<ConstatVue> cs = new ArrayList<>();
          for (ConstatVue c : r.constats()) if (c.statut() == s) cs.add(c);
          if (cs.isEmpty()) continue;
          Action a = new Action(r, s, cs, date, parametres);
          as.add(a);
          n += cs.size();
          for (ConstatVue c : cs) {
            String cle = Autorite.cle(c);
            parAutorite.computeIfAbsent(cle, k -> new Autorite.Builder(c, vue.convention())).ajouter(a, c);
          }
        }
      }
      if (!as.isEmpty()) fs.add(new FamilleActions(f.code(), f.libelle(), as));
    }
    this.actions = List.copyOf(fs);
    this.nombreActions = n;
    Map<String, String> populations = new TreeMap<>();
    for (ReportView.LigneTerritoire l : vue.territoire()) populations.put(l.sujet().id(), l.population());
    List<Autorite> au = new ArrayList<>();
    for (Autorite.Builder b : parAutorite.values()) au.add(b.construire(populations));
    au.sort(Autorite.ORDRE);
    this.autorites = List.copyOf(au);

    Map<String, String> noms = new TreeMap<>();
    for (Famille f : vue.familles()) {
      for (Regle r : f.regles()) {
        for (ConstatVue c : r.constats()) {
          String insee = c.commune();
          if (insee.isEmpty()) continue;
          if (c.sujet().id().equals(insee)) noms.put(insee, c.sujet().nom());
          else noms.putIfAbsent(insee, insee);
        }
      }
    }
    List<Choix> cs = new ArrayList<>();
    noms.forEach((insee, nom) -> cs.add(new Choix(insee, nom.equals(insee) ? insee : nom + " (" + insee + ")")));
    cs.sort((a, b) -> a.libelle.compareTo(b.libelle));
    this.communes = List.copyOf(cs);
    this.graphiques = Graphiques.de(vue, convention);
  }

  /** The page of {@code vue}; {@code convention}, when known, gives the bonus territoire by year. */
  static PageView of(ReportView vue, Optional<Convention> convention) {
    return new PageView(vue, convention);
  }

  public ReportView vue() { return vue; }

  /**
   * The page's title, after what the report holds: a convention's conformity ({@code ctg check}), its
   * bonus and pilotage only ({@code ctg bonus}), or a territory's AO obligations ({@code ctg obligations}).
   */
  public String titre() {
    Set<String> codes = new LinkedHashSet<>();
    for (Famille f : vue.familles()) codes.add(f.code());
    if (vue.convention().isPresent() && !codes.isEmpty() && Set.of("BT", "CCT").containsAll(codes)) {
      return "Bonus territoire et pilotage de la convention " + vue.convention().get();
    }
    if (vue.convention().isEmpty() && codes.equals(Set.of("AO"))) {
      return "Obligations des autorités organisatrices de l'accueil du jeune enfant";
    }
    return vue.titre();
  }

  /** Findings to act on, by rule family (CONV, AO, BT, CCT), then statut, then rule. */
  public List<FamilleActions> actions() { return actions; }

  /** How many findings call for an action (NON_SATISFAIT and A_VERIFIER). */
  public int nombreActions() { return nombreActions; }

  /** Who must act, with the groups of actions that concern them. */
  public List<Autorite> autorites() { return autorites; }

  public List<Graphique> graphiques() { return graphiques; }

  /** The statuts of the report, as filter choices (code, label). */
  public List<Choix> statuts() {
    List<Choix> r = new ArrayList<>();
    for (Compte c : vue.resume()) r.add(new Choix(c.code(), c.libelle()));
    return r;
  }

  /** The rule families of the report, as filter choices. */
  public List<Choix> familles() {
    List<Choix> r = new ArrayList<>();
    for (Famille f : vue.familles()) r.add(new Choix(f.code(), f.libelle()));
    return r;
  }

  /** The communes the findings are about, by name, as filter choices. */
  public List<Choix> communes() { return communes; }

  /** A choice of a filter. */
  public static final class Choix {
    private final String valeur;
    private final String libelle;

    Choix(String valeur, String libelle) {
      this.valeur = valeur;
      this.libelle = libelle;
    }

    public String valeur() { return valeur; }

    public String libelle() { return libelle; }
  }

  /** The actions of one rule family. */
  public static final class FamilleActions {
    private final String code;
    private final String libelle;
    private final List<Action> actions;

    FamilleActions(String code, String libelle, List<Action> actions) {
      this.code = code;
      this.libelle = libelle;
      this.actions = List.copyOf(actions);
    }

    public String code() { return code; }

    public String libelle() { return libelle; }

    public List<Action> actions() { return actions; }

    public int nombre() {
      int n = 0;
      for (Action a : actions) n += a.nombre();
      return n;
    }
  }

  /** The findings of one rule with one statut to act on: deadline, legal basis, what would settle it, who. */
  public static final class Action {
    private final Regle regle;
    private final Statut statut;
    private final List<ConstatVue> constats;
    private final String echeance;
    private final List<List<Segment>> fondements;
    private final List<String> versions;
    private final String pourConclure;

    Action(Regle regle, Statut statut, List<ConstatVue> constats, LocalDate date, Map<String, ParametreLu> parametres) {
      this.regle = regle;
      this.statut = statut;
      this.constats = List.copyOf(constats);
      Optional<SuitesDesRegles.Suite> suite = SuitesDesRegles.embarquees().pour(regle.id());
      this.pourConclure = suite.map(x -> x.pourConclure).orElse("");
      this.echeance = suite.map(x -> echeance(x, constats, date, parametres)).orElse("")
          .transform(e -> e.isEmpty() ? "aucune échéance dans les sources" : e);
      Set<String> vus = new LinkedHashSet<>();
      List<List<Segment>> fs = new ArrayList<>();
      for (ConstatVue c : constats) {
        List<List<Segment>> relies = c.fondementsRelies();
        for (int i = 0; i < relies.size(); i++) {
          if (vus.add(c.fondements().get(i).texte())) fs.add(relies.get(i));
        }
      }
      this.fondements = List.copyOf(fs);
      List<String> vs = new ArrayList<>();
      for (ConstatVue c : constats) for (String v : c.versions()) if (!vs.contains(v)) vs.add(v);
      this.versions = List.copyOf(vs);
    }

    private static String echeance(SuitesDesRegles.Suite s, List<ConstatVue> constats, LocalDate date,
        Map<String, ParametreLu> parametres) {
      if (!s.parametre.isEmpty()) {
        ParametreLu p = parametres.get(s.parametre);
        Optional<LocalDate> d = p == null ? Optional.empty() : jour(p.valeur());
        if (d.isEmpty()) return "";
        return (d.get().isAfter(date) ? "à compter du " : "due depuis le ") + Textes.date(d.get())
            + " (paramètre " + s.parametre + ")";
      }
      if (!s.fait.isEmpty()) {
        Set<LocalDate> jours = new java.util.TreeSet<>();
        for (ConstatVue c : constats) {
          for (Map.Entry<String, String> f : c.faits()) {
            if (f.getKey().equals(s.fait)) jour(f.getValue()).ifPresent(jours::add);
          }
        }
        List<String> textes = new ArrayList<>();
        for (LocalDate j : jours) textes.add(Textes.date(j));
        return textes.isEmpty() ? "" : "au plus tard le " + String.join(", ", textes)
            + (jours.iterator().next().isBefore(date) ? " (date passée)" : "");
      }
      return "";
    }

    private static Optional<LocalDate> jour(String texte) {
      try {
        return Optional.of(LocalDate.parse(texte));
      } catch (DateTimeParseException e) {
        return Optional.empty();
      }
    }

    /** {@code action-AO-RPE-A_VERIFIER}. */
    public String ancre() { return "action-" + regle.id() + "-" + statut.name(); }

    public String regle() { return regle.id(); }

    public String titre() { return regle.titre(); }

    public String code() { return statut.name(); }

    public String libelle() { return ReportView.libelle(statut); }

    public int nombre() { return constats.size(); }

    /** The date to meet, in words, and where it comes from; says so when the sources give none. */
    public String echeance() { return echeance; }

    /** The distinct legal bases of the group, cut into text and Légifrance links. */
    public List<List<Segment>> fondements() { return fondements; }

    /** The version at the evaluation date of each article the fondements cite. */
    public List<String> versions() { return versions; }

    /** The fact that would settle it; empty when the table of follow-ups does not know the rule. */
    public String pourConclure() { return pourConclure; }

    /** The message of the first finding, as an example. */
    public String exemple() { return constats.get(0).message(); }

    /** The first subjects, named with a link to their finding. */
    public List<ConstatVue> premiers() { return constats.subList(0, Math.min(SUJETS_VISIBLES, constats.size())); }

    /** The other subjects (folded). */
    public List<ConstatVue> suivants() {
      return constats.size() <= SUJETS_VISIBLES ? List.of() : constats.subList(SUJETS_VISIBLES, constats.size());
    }
  }

  /**
   * Who must act: a commune, an EPCI, a syndicat or a collectivité (by id), a signatory, or the
   * convention itself (its pilots, for the findings about its structures, posts and data).
   */
  public static final class Autorite {
    static final java.util.Comparator<Autorite> ORDRE = java.util.Comparator
        .comparingInt((Autorite a) -> a.rangType).thenComparing(a -> a.nom).thenComparing(a -> a.id);

    private final String id;
    private final String nom;
    private final String type;
    private final int rangType;
    private final String population;
    private final List<Lien> actions;
    private final int nombre;

    private Autorite(String id, String nom, String type, int rangType, String population, List<Lien> actions, int nombre) {
      this.id = id;
      this.nom = nom;
      this.type = type;
      this.rangType = rangType;
      this.population = population;
      this.actions = List.copyOf(actions);
      this.nombre = nombre;
    }

    static String cle(ConstatVue c) {
      switch (c.sujet().type()) {
        case "commune": case "collectivite": case "epci": case "syndicat":
          return "1:" + c.sujet().id();
        case "signataire":
          return "0:" + c.sujet().id();
        default:
          return "2:convention";
      }
    }

    public String id() { return id; }

    public String nom() { return nom; }

    /** « commune », « EPCI », « signataire », « convention »… */
    public String type() { return type; }

    /** Population counted by the AO rules, formatted; empty when none. */
    public String population() { return population; }

    public List<Lien> actions() { return actions; }

    /** How many findings concern this authority. */
    public int nombre() { return nombre; }

    /** One group of actions for one authority: a link to the group, with the count for this authority. */
    public static final class Lien {
      private final String ancre;
      private final String regle;
      private final String code;
      private final String libelle;
      private final int nombre;

      Lien(String ancre, String regle, String code, String libelle, int nombre) {
        this.ancre = ancre;
        this.regle = regle;
        this.code = code;
        this.libelle = libelle;
        this.nombre = nombre;
      }

      public String ancre() { return ancre; }

      public String regle() { return regle; }

      public String code() { return code; }

      public String libelle() { return libelle; }

      public int nombre() { return nombre; }
    }

    static final class Builder {
      private final String id;
      private String nom;
      private String type;
      private final int rangType;
      private final Map<String, int[]> parAction = new LinkedHashMap<>();
      private final Map<String, Action> actions = new LinkedHashMap<>();
      private int nombre;

      Builder(ConstatVue c, Optional<String> convention) {
        String cle = cle(c);
        this.rangType = cle.charAt(0) - '0';
        if (cle.startsWith("2:")) {
          this.id = convention.orElse("");
          this.nom = convention.map(x -> "Convention " + x).orElse("Rapport");
          this.type = "pilotes de la convention (Caf et partenaires)";
        } else {
          this.id = c.sujet().id();
          this.nom = c.sujet().nom();
          this.type = c.sujet().type().equals("collectivite") ? "collectivité" : c.sujet().type();
        }
      }

      void ajouter(Action a, ConstatVue c) {
        // a commune's own name wins over a collectivité's (same INSEE code)
        if (c.sujet().type().equals("commune")) {
          nom = c.sujet().nom();
          type = "commune";
        }
        actions.putIfAbsent(a.ancre(), a);
        parAction.computeIfAbsent(a.ancre(), k -> new int[1])[0]++;
        nombre++;
      }

      Autorite construire(Map<String, String> populations) {
        List<Lien> ls = new ArrayList<>();
        for (Map.Entry<String, Action> e : actions.entrySet()) {
          Action a = e.getValue();
          ls.add(new Lien(a.ancre(), a.regle(), a.code(), a.libelle(), parAction.get(e.getKey())[0]));
        }
        return new Autorite(id, nom, type, rangType, populations.getOrDefault(id, ""), ls, nombre);
      }
    }
  }

  /**
   * A horizontal bar chart drawn as inline SVG: one bar per row (label, value), optional vertical
   * reference lines (thresholds) and graduations; coordinates in SVG user units, computed here.
   */
  public static final class Graphique {
    private final String id;
    private final String titre;
    private final String description;
    private final String vide;
    private final int largeur;
    private final int hauteur;
    private final List<Barre> barres;
    private final List<Repere> reperes;
    private final List<Repere> graduations;

    Graphique(String id, String titre, String description, String vide, int largeur, int hauteur,
        List<Barre> barres, List<Repere> reperes, List<Repere> graduations) {
      this.id = id;
      this.titre = titre;
      this.description = description;
      this.vide = vide;
      this.largeur = largeur;
      this.hauteur = hauteur;
      this.barres = List.copyOf(barres);
      this.reperes = List.copyOf(reperes);
      this.graduations = List.copyOf(graduations);
    }

    public String id() { return id; }

    public String titre() { return titre; }

    /** What the chart shows, in one sentence (also its accessible description). */
    public String description() { return description; }

    /** Why there is nothing to draw; empty when there is. */
    public String vide() { return vide; }

    public boolean dessine() { return !barres.isEmpty(); }

    public int largeur() { return largeur; }

    public int hauteur() { return hauteur; }

    public String viewBox() { return "0 0 " + largeur + " " + hauteur; }

    public List<Barre> barres() { return barres; }

    public List<Repere> reperes() { return reperes; }

    public List<Repere> graduations() { return graduations; }
  }

  /** One bar: its row label, its rectangle, its value written at its end, its class (colour). */
  public static final class Barre {
    private final String libelle;
    private final String valeur;
    private final String classe;
    private final int y;
    private final int x;
    private final int largeur;
    private final int hauteur;
    private final int xLibelle;

    Barre(String libelle, String valeur, String classe, int x, int y, int largeur, int hauteur, int xLibelle) {
      this.libelle = libelle;
      this.valeur = valeur;
      this.classe = classe;
      this.x = x;
      this.y = y;
      this.largeur = largeur;
      this.hauteur = hauteur;
      this.xLibelle = xLibelle;
    }

    public String libelle() { return libelle; }

    public String valeur() { return valeur; }

    public String classe() { return classe; }

    public int x() { return x; }

    public int y() { return y; }

    public int largeur() { return largeur; }

    public int hauteur() { return hauteur; }

    /** Where the row label ends (right-aligned). */
    public int xLibelle() { return xLibelle; }

    /** Baseline of the texts of the row. */
    public int yTexte() { return y + hauteur - Math.max(1, hauteur / 5); }

    /** Where the value is written: just after the bar. */
    public int xValeur() { return x + largeur + 4; }
  }

  /** A vertical line across the bars (a threshold, or a graduation) with its label. */
  public static final class Repere {
    private final int x;
    private final int y1;
    private final int y2;
    private final String libelle;

    Repere(int x, int y1, int y2, String libelle) {
      this.x = x;
      this.y1 = y1;
      this.y2 = y2;
      this.libelle = libelle;
    }

    public int x() { return x; }

    public int y1() { return y1; }

    public int y2() { return y2; }

    public String libelle() { return libelle; }
  }
}
