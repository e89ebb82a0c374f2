package fr.ctg.eligibilite.internal.scenario;

import fr.ctg.convention.Convention;
import fr.ctg.document.DocumentError;
import fr.ctg.document.DocumentReader;
import fr.ctg.document.InvalidDocumentException;
import fr.ctg.convention.Equipement;
import fr.ctg.eligibilite.EntreesAO;
import fr.ctg.eligibilite.EntreesBonus;
import fr.ctg.eligibilite.NouveauProjet;
import fr.ctg.eligibilite.PlacesCofinancees;
import fr.ctg.eligibilite.Evaluateur;
import fr.ctg.eligibilite.OptionsObligations;
import fr.ctg.eligibilite.SelectionInvalideException;
import fr.ctg.eligibilite.SelectionTerritoire;
import fr.ctg.parametres.ImmutableParametre;
import fr.ctg.parametres.ImmutableReference;
import fr.ctg.parametres.ImmutableValeurParametre;
import fr.ctg.parametres.Parametre;
import fr.ctg.parametres.Parametres;
import fr.ctg.rapport.Constat;
import fr.ctg.rapport.Rapport;
import fr.ctg.regles.RuleBase;
import fr.ctg.scenario.BonusScenario;
import fr.ctg.scenario.CasScenario;
import fr.ctg.scenario.ConstatAbsent;
import fr.ctg.scenario.ConstatAttendu;
import fr.ctg.scenario.EntreeScenario;
import fr.ctg.scenario.Scenario;
import fr.ctg.territoire.Commune;
import fr.ctg.territoire.Epci;
import fr.ctg.territoire.DateHorsRegistreException;
import fr.ctg.territoire.Registre;
import fr.ctg.territoire.Territoire;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Runs scenario cases on a rule base: assembles the case's facts, evaluates what the case asks —
 * without convention, the AO obligations of every commune of the case and of every transferee; with
 * a convention, every rule family as {@code ctg check} does ({@link Evaluateur#verifier}: CONV, AO,
 * BT/CCT when the convention carries their data), or, with {@code entree.bonus}, the bonus
 * territoire and pilotage of a year as {@code ctg bonus} does ({@link Evaluateur#bonus}) — then compares the findings with those expected and
 * those that must be absent. Generic over rule families: findings are compared by rule id, subject
 * id, statut, a subset of facts and a piece of message. Thread-safe; stateless beyond its rule base.
 */
public final class ScenarioRunner {
  private static final LocalDate DEPUIS_TOUJOURS = LocalDate.of(1900, 1, 1);
  private final RuleBase base;
  private final Parametres parametres;
  private final fr.ctg.regles.Limites limites;

  /** Runs on {@code base} with {@code parametres} as the law in force (each case may reform some). */
  public ScenarioRunner(RuleBase base, Parametres parametres) {
    this(base, parametres, fr.ctg.regles.Limites.parDefaut());
  }

  /**
   * As {@link #ScenarioRunner(RuleBase, Parametres)}, each case's evaluation bounded by {@code limites}
   * (a case whose rules run away throws {@link fr.ctg.regles.LimiteDepasseeException}).
   */
  public ScenarioRunner(RuleBase base, Parametres parametres, fr.ctg.regles.Limites limites) {
    this.base = Objects.requireNonNull(base);
    this.parametres = Objects.requireNonNull(parametres);
    this.limites = Objects.requireNonNull(limites);
  }

  /** Every case of {@code scenario}, in file order. */
  public List<CaseResult> run(Scenario scenario) throws InvalidDocumentException {
    List<CaseResult> out = new ArrayList<>();
    for (int i = 0; i < scenario.cas().size(); i++) out.add(run(scenario, i));
    return out;
  }

  /**
   * Case {@code index} of {@code scenario}.
   *
   * @throws InvalidDocumentException when the case cannot be evaluated: unreadable convention,
   *     reform of an unknown parameter or with a value of the wrong type, facts that contradict each other
   */
  public CaseResult run(Scenario scenario, int index) throws InvalidDocumentException {
    CasScenario cas = scenario.cas().get(index);
    Rapport r = evaluer(scenario, index);
    List<String> differences = new ArrayList<>();
    for (ConstatAttendu a : cas.attendu()) {
      boolean trouve = r.constats().stream().anyMatch(c -> correspond(a, c));
      if (trouve) continue;
      List<Constat> memes = r.constats().stream()
          .filter(c -> c.regle().equals(a.regle()) && c.sujet().id().equals(a.sujet())).collect(Collectors.toList());
      StringBuilder d = new StringBuilder("attendu : " + decrire(a) + "\n      obtenu : ");
      if (memes.isEmpty()) {
        d.append("aucun constat ").append(a.regle()).append(" pour ").append(a.sujet());
        List<String> autres = r.constats().stream().filter(c -> c.sujet().id().equals(a.sujet()))
            .map(c -> c.regle() + " " + c.statut()).collect(Collectors.toList());
        d.append(autres.isEmpty() ? " (aucun constat pour ce sujet)" : " (constats de ce sujet : " + String.join(", ", autres) + ")");
      } else {
        d.append(memes.stream().map(ScenarioRunner::decrire).collect(Collectors.joining("\n              ")));
      }
      differences.add(d.toString());
    }
    for (ConstatAbsent a : cas.absents()) {
      for (Constat c : r.constats()) {
        if (c.regle().equals(a.regle()) && a.sujet().map(s -> s.equals(c.sujet().id())).orElse(true)
            && a.statut().map(s -> s == c.statut()).orElse(true)) {
          differences.add("absent attendu : " + a.regle() + a.sujet().map(s -> " " + s).orElse("")
              + a.statut().map(s -> " " + s).orElse("") + "\n      obtenu : " + decrire(c));
        }
      }
    }
    return new CaseResult(scenario.fichier(), cas, differences, r);
  }

  /** The report of case {@code index}, without comparison. */
  public Rapport evaluer(Scenario scenario, int index) throws InvalidDocumentException {
    CasScenario cas = scenario.cas().get(index);
    String ou = "$.cas[" + index + "]";
    Parametres p = parametres.surchargePar(reforme(scenario, cas, ou));
    EntreeScenario e = cas.entree();
    try {
      if (e.convention().isPresent()) return evaluerConvention(scenario, cas, ou, p, e);
      Map<String, Commune> communes = new LinkedHashMap<>();
      for (Commune c : e.communes()) communes.put(c.insee(), c);
      fr.ctg.eligibilite.ImmutableEntreesAO.Builder entrees = EntreesAO.builder().transferts(e.transferts())
          .schemas(e.schemas()).ctgs(e.ctgs()).preuves(e.preuves());
      e.rpe().ifPresent(entrees::rpe);
      Evaluateur ev = Evaluateur.builder().territoire(communes.values(), e.epcis()).parametres(p).regles(base).limites(limites).build();
      return ev.obligations(SelectionTerritoire.france(), cas.dateEvaluation(), entrees.build(), OptionsObligations.parDefaut().nonApplicables(e.inclureNonApplicables()));
    } catch (SelectionInvalideException | IllegalArgumentException ex) {
      throw new InvalidDocumentException(List.of(new DocumentError(scenario.fichier().toString(), cas.ligne(), 1, ou + ".entree",
          "faits du cas « " + cas.nom() + " » incohérents : " + ex.getMessage())));
    }
  }

  /**
   * A case naming a convention: every rule family through {@link Evaluateur#verifier} on the case's
   * date (what {@code ctg check} does), or the bonus territoire and pilotage of a year through
   * {@link Evaluateur#bonus} when the case asks for it (what {@code ctg bonus} does). The territory is
   * the national registry in force on the case's date, where the case's own communes and EPCI replace those with the same code.
   */
  private Rapport evaluerConvention(Scenario scenario, CasScenario cas, String ou, Parametres p, EntreeScenario e)
      throws InvalidDocumentException {
    Convention conv = DocumentReader.readConvention(e.convention().get());
    Territoire national;
    try {
      national = Registre.national().enVigueurAu(cas.dateEvaluation());
    } catch (DateHorsRegistreException ex) {
      throw new SelectionInvalideException(ex.getMessage());
    }
    Map<String, Commune> communes = new LinkedHashMap<>();
    for (Commune c : national.communes()) communes.put(c.insee(), c);
    for (Commune c : e.communes()) communes.put(c.insee(), c);
    Map<String, Epci> epcis = new LinkedHashMap<>();
    for (Epci x : national.epcis()) epcis.put(x.siren(), x);
    for (Epci x : e.epcis()) epcis.put(x.siren(), x);
    Evaluateur ev = Evaluateur.builder().territoire(communes.values(), epcis.values()).parametres(p).regles(base).limites(limites).build();
    if (e.bonus().isEmpty()) return ev.verifier(conv, cas.dateEvaluation());
    BonusScenario b = e.bonus().get();
    fr.ctg.eligibilite.ImmutableEntreesBonus.Builder eb = EntreesBonus.builder();
    b.poidsParDefaut().ifPresent(eb::poidsParDefaut);
    b.fondsDisponibles().ifPresent(eb::fondsDisponibles);
    b.dateFinPremiereCtg().ifPresent(eb::dateFinPremiereCtg);
    for (BonusScenario.PlacesScenario pl : b.placesCofinancees()) {
      eb.addPlacesCofinancees(PlacesCofinancees.of(pl.collectivite(), pl.annee(), pl.places()));
    }
    for (int i = 0; i < b.nouveauxProjets().size(); i++) {
      BonusScenario.ProjetScenario pr = b.nouveauxProjets().get(i);
      Equipement eq = conv.equipements().stream().filter(x -> x.id().equals(pr.equipement())).findFirst()
          .orElseThrow(() -> new SelectionInvalideException("le nouveau projet « " + pr.id() + " » porte sur la structure « "
              + pr.equipement() + " », absente de l'annexe des équipements de la convention " + conv.id()));
      fr.ctg.eligibilite.ImmutableNouveauProjet.Builder nb = NouveauProjet.builder().id(pr.id()).nom(pr.nom())
          .equipement(eq).montantDemande(pr.montantDemande());
      pr.opportuniteAcceptee().ifPresent(nb::opportuniteAcceptee);
      eb.addNouveauxProjets(nb.build());
    }
    int annee = b.annee().orElse(cas.dateEvaluation().getYear());
    return ev.bonus(conv, annee, b.enveloppe(), eb.build());
  }

  private Parametres reforme(Scenario s, CasScenario cas, String ou) throws InvalidDocumentException {
    List<Parametre> reformes = new ArrayList<>();
    List<DocumentError> errors = new ArrayList<>();
    for (Map.Entry<String, Object> e : cas.parametres().entrySet()) {
      String nom = e.getKey();
      Object v = e.getValue();
      String pointeur = ou + ".parametres." + nom;
      Parametre loi = parametres.parametre(nom).orElse(null);
      if (loi == null) {
        errors.add(new DocumentError(s.fichier().toString(), cas.ligne(), 1, pointeur,
            "paramètre « " + nom + " » inconnu des règles : une réforme remplace un paramètre existant"
            + fr.ctg.document.DocumentReader.vouliezVousDire(nom, parametres.tous().stream().map(Parametre::nom).toList())));
        continue;
      }
      ImmutableValeurParametre.Builder vb = ImmutableValeurParametre.builder()
          // from the law's first value; a parameter declared without value (e.g. a rate no source
          // publishes) is given one in force at any date a case can ask about
          .depuis(loi.valeurs().isEmpty() ? DEPUIS_TOUJOURS : loi.valeurs().get(0).depuis())
          .reference(ImmutableReference.builder().texte("réforme du scénario " + s.fichier().getFileName()
              + ", cas « " + cas.nom() + " »").build());
      try {
        switch (loi.type()) {
          case NOMBRE:
          case MONTANT:
            if (!(v instanceof BigDecimal)) throw new IllegalArgumentException("un nombre est attendu");
            vb.nombre((BigDecimal) v);
            break;
          case DATE:
            vb.date(LocalDate.parse(v.toString()));
            break;
          default:
            if (!(v instanceof String)) throw new IllegalArgumentException("un texte est attendu");
            vb.texte((String) v);
        }
      } catch (IllegalArgumentException | DateTimeParseException ex) {
        errors.add(new DocumentError(s.fichier().toString(), cas.ligne(), 1, pointeur, "valeur « " + v
            + " » impossible pour un paramètre de type " + loi.type() + " : "
            + (ex instanceof DateTimeParseException ? "une date AAAA-MM-JJ est attendue" : ex.getMessage())));
        continue;
      }
      fr.ctg.parametres.ValeurParametre valeur = vb.build();
      java.util.Optional<String> refus = loi.refus(valeur);
      if (refus.isPresent()) {
        errors.add(new DocumentError(s.fichier().toString(), cas.ligne(), 1, pointeur,
            Parametres.horsDomaine(loi, valeur.enTexte(), refus.get())));
        continue;
      }
      reformes.add(ImmutableParametre.builder().from(loi).valeurs(List.of(valeur)).build());
    }
    if (!errors.isEmpty()) throw new InvalidDocumentException(errors);
    return Parametres.de(reformes);
  }

  static boolean correspond(ConstatAttendu a, Constat c) {
    if (!c.regle().equals(a.regle()) || !c.sujet().id().equals(a.sujet()) || c.statut() != a.statut()) return false;
    if (a.message().isPresent() && !c.message().contains(a.message().get())) return false;
    for (Map.Entry<String, Object> f : a.faits().entrySet()) {
      if (!c.faits().containsKey(f.getKey()) || !memeValeur(f.getValue(), c.faits().get(f.getKey()))) return false;
    }
    return true;
  }

  private static boolean memeValeur(Object attendu, Object obtenu) {
    return normaliser(attendu).equals(normaliser(obtenu));
  }

  private static Object normaliser(Object v) {
    if (v instanceof Number) return new BigDecimal(v.toString()).stripTrailingZeros().toPlainString();
    if (v instanceof Iterable) {
      List<Object> l = new ArrayList<>();
      for (Object x : (Iterable<?>) v) l.add(normaliser(x));
      return l;
    }
    return String.valueOf(v);
  }

  private static String decrire(ConstatAttendu a) {
    return a.regle() + " " + a.sujet() + " " + a.statut() + (a.faits().isEmpty() ? "" : " " + a.faits())
        + a.message().map(m -> " message contenant « " + m + " »").orElse("");
  }

  private static String decrire(Constat c) {
    return c.regle() + " " + c.sujet().id() + " " + c.statut() + (c.faits().isEmpty() ? "" : " " + c.faits())
        + " — " + c.message();
  }
}
