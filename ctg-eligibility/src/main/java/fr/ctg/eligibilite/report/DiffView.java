package fr.ctg.eligibilite.report;

import fr.ctg.eligibilite.internal.ReportDiff;
import fr.ctg.eligibilite.report.PageView.Choix;
import fr.ctg.eligibilite.report.ReportView.ConstatVue;
import fr.ctg.rapport.Constat;
import fr.ctg.rapport.Rapport;
import fr.ctg.rapport.Statut;
import fr.ctg.regles.RegleInfo;
import fr.ctg.regles.Textes;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * The HTML page of a comparison of two reports (the law in force, a reform): counts per rule, then
 * the findings added, removed and changed, with the same components and filters as the report page.
 * Immutable.
 *
 * <p><b>Not part of the public API</b>: public only because the precompiled jte template
 * {@code diff.jte}, generated into another package, reads it.
 */
public final class DiffView {
  private final String titre;
  private final Rapport avant;
  private final Rapport apres;
  private final List<String> contexte;
  private final List<LigneRegle> lignes;
  private final List<Groupe> groupes;
  private final List<Choix> statuts;
  private final List<Choix> familles;
  private final List<Choix> communes;
  private final int nombre;

  private DiffView(Rapport avant, Rapport apres, String titre, List<String> contexte,
      Function<String, Optional<RegleInfo>> regles) {
    this.titre = titre;
    this.avant = avant;
    this.apres = apres;
    this.contexte = List.copyOf(contexte);
    ReportDiff d = ReportDiff.between(avant, apres);
    List<LigneRegle> ls = new ArrayList<>();
    for (Map.Entry<String, ReportDiff.Counts> e : d.parRegle().entrySet()) {
      ls.add(new LigneRegle(e.getKey(), regles.apply(e.getKey()).map(RegleInfo::titre).orElse(""),
          e.getValue().ajoutes(), e.getValue().retires(), e.getValue().modifies()));
    }
    this.lignes = List.copyOf(ls);
    // anchors: the rank in the report each finding comes from, the « after » report's ranks after the « before » ones
    Map<Constat, Integer> rangs = new IdentityHashMap<>();
    for (Constat c : avant.constats()) rangs.put(c, rangs.size());
    int decalage = avant.constats().size();
    for (int i = 0; i < apres.constats().size(); i++) rangs.put(apres.constats().get(i), decalage + i);
    List<Changement> ajoutes = new ArrayList<>();
    for (Constat c : d.ajoutes()) ajoutes.add(new Changement(null, new ConstatVue(c, rangs.get(c))));
    List<Changement> retires = new ArrayList<>();
    for (Constat c : d.retires()) retires.add(new Changement(null, new ConstatVue(c, rangs.get(c))));
    List<Changement> modifies = new ArrayList<>();
    for (ReportDiff.Change c : d.modifies()) {
      modifies.add(new Changement(new ConstatVue(c.avant(), rangs.get(c.avant())), new ConstatVue(c.apres(), rangs.get(c.apres()))));
    }
    List<Groupe> gs = new ArrayList<>();
    if (!ajoutes.isEmpty()) gs.add(new Groupe("ajoutes", "Constats ajoutés par la réforme", ajoutes));
    if (!retires.isEmpty()) gs.add(new Groupe("retires", "Constats retirés par la réforme", retires));
    if (!modifies.isEmpty()) gs.add(new Groupe("modifies", "Constats modifiés (statut ou message)", modifies));
    this.groupes = List.copyOf(gs);
    this.nombre = ajoutes.size() + retires.size() + modifies.size();

    TreeSet<Statut> ss = new TreeSet<>();
    TreeMap<String, String> fs = new TreeMap<>();
    TreeMap<String, String> cs = new TreeMap<>();
    for (Groupe g : gs) {
      for (Changement c : g.changements) {
        for (ConstatVue v : new ConstatVue[] {c.precedent, c.affiche}) {
          if (v == null) continue;
          ss.add(v.statut());
          fs.put(v.famille(), ReportView.libelleFamille(v.famille()));
          if (!v.commune().isEmpty()) cs.merge(v.commune(), v.sujet().id().equals(v.commune()) ? v.sujet().nom() : v.commune(),
              (a, b) -> a.equals(v.commune()) ? b : a);
        }
      }
    }
    List<Choix> st = new ArrayList<>();
    for (Statut s : ReportView.ORDRE_STATUTS) if (ss.contains(s)) st.add(new Choix(s.name(), ReportView.libelle(s)));
    this.statuts = List.copyOf(st);
    List<Choix> fa = new ArrayList<>();
    fs.forEach((k, v) -> fa.add(new Choix(k, v)));
    this.familles = List.copyOf(fa);
    List<Choix> co = new ArrayList<>();
    cs.forEach((k, v) -> co.add(new Choix(k, v.equals(k) ? k : v + " (" + k + ")")));
    co.sort((a, b) -> a.libelle().compareTo(b.libelle()));
    this.communes = List.copyOf(co);
  }

  static DiffView of(Rapport avant, Rapport apres, String titre, List<String> contexte,
      Function<String, Optional<RegleInfo>> regles) {
    return new DiffView(avant, apres, titre, contexte, regles);
  }

  public String titre() { return titre; }

  public String date() { return Textes.date(apres.dateEvaluation()); }

  public String dateIso() { return apres.dateEvaluation().toString(); }

  /** Lines that say what is compared (the reform's parameters, the selection). */
  public List<String> contexte() { return contexte; }

  public List<LigneRegle> lignes() { return lignes; }

  public List<Groupe> groupes() { return groupes; }

  /** How many findings change (added, removed, changed). */
  public int nombre() { return nombre; }

  public List<Choix> statuts() { return statuts; }

  public List<Choix> familles() { return familles; }

  public List<Choix> communes() { return communes; }

  public String reglesSource() { return apres.regles().source(); }

  public String reglesEmpreinte() { return apres.regles().empreinte(); }

  public int reglesNombre() { return apres.regles().nombre(); }

  /** The counts of one rule. */
  public static final class LigneRegle {
    private final String regle;
    private final String titre;
    private final int ajoutes;
    private final int retires;
    private final int modifies;

    LigneRegle(String regle, String titre, int ajoutes, int retires, int modifies) {
      this.regle = regle;
      this.titre = titre;
      this.ajoutes = ajoutes;
      this.retires = retires;
      this.modifies = modifies;
    }

    public String regle() { return regle; }

    public String titre() { return titre; }

    public int ajoutes() { return ajoutes; }

    public int retires() { return retires; }

    public int modifies() { return modifies; }
  }

  /** Added, removed or changed findings. */
  public static final class Groupe {
    private final String id;
    private final String libelle;
    private final List<Changement> changements;

    Groupe(String id, String libelle, List<Changement> changements) {
      this.id = id;
      this.libelle = libelle;
      this.changements = List.copyOf(changements);
    }

    public String id() { return id; }

    public String libelle() { return libelle; }

    public List<Changement> changements() { return changements; }
  }

  /** One finding that changes: shown as it is after ({@link #affiche}); {@link #precedent} is its « before » when changed. */
  public static final class Changement {
    private final ConstatVue precedent;
    private final ConstatVue affiche;

    Changement(ConstatVue precedent, ConstatVue affiche) {
      this.precedent = precedent;
      this.affiche = affiche;
    }

    /** The finding as it was, for a changed finding; {@code null} for an added or removed one. */
    public ConstatVue precedent() { return precedent; }

    /** The finding shown: the added one, the removed one, or the changed one as it is after. */
    public ConstatVue affiche() { return affiche; }
  }
}
