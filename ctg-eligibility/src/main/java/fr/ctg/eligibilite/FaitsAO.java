package fr.ctg.eligibilite;

import fr.ctg.ao.CompetenceAO;
import fr.ctg.ao.CtgEnVigueur;
import fr.ctg.ao.PreuveExercice;
import fr.ctg.ao.Rpe;
import fr.ctg.ao.SchemaAdopte;
import fr.ctg.ao.TransfertCompetence;
import fr.ctg.parametres.Parametres;
import fr.ctg.rapport.Sujet;
import fr.ctg.regles.ParametreEnVigueur;
import fr.ctg.regles.ao.CouvertureRpe;
import fr.ctg.regles.ao.CtgCouvrante;
import fr.ctg.regles.ao.TitulaireAO;
import fr.ctg.territoire.Commune;
import fr.ctg.territoire.Epci;
import fr.ctg.territoire.Population;
import fr.ctg.textes.RecueilTextes;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ForkJoinPool;
import java.util.function.IntFunction;

/**
 * Assembles the facts of an AO evaluation for one date: the parameters in force, the AO holders
 * (communes and transferees, CASF L.214-1-3 III) with their population, RPE coverage and CTGs
 * covering each holder. Java assembles; the rules decide.
 */
final class FaitsAO {
  static final String POPULATION_REFERENCE = TitulaireAO.PARAMETRE_POPULATION_REFERENCE;

  private final List<Object> faits = new ArrayList<>();
  private final List<TitulaireAO> titulaires = new ArrayList<>();
  /** The facts {@link #faits()} holds that are not about one holder (common facts), when assembled with them. */
  private final List<Object> communs = new ArrayList<>();
  private ParametreEnVigueur populationReference;

  private FaitsAO() {}

  List<Object> faits() { return faits; }

  /**
   * {@link #faits()} split into batches that can be evaluated in separate sessions: each batch holds
   * the common facts and, for at most {@code titulairesParLot} holders (in assembly order),
   * every fact about those holders ({@link TitulaireAO}, {@link CouvertureRpe}, {@link CtgCouvrante},
   * {@link SchemaAdopte}, {@link PreuveExercice}, all keyed by the holder's id). Valid for rules that
   * judge each holder from its own facts and the common ones, which {@code RuleVerifier} checks.
   * Requires the common facts ({@link #assembler}); one batch when all holders fit in one.
   */
  List<List<Object>> lots(int titulairesParLot) {
    // Holder -> batch, holders taken in assembly order, where the holders of one id are consecutive
    // (a commune is one holder; the groups of communes of one transferee are assembled one after the
    // other): a new id starts a new place, and every titulairesParLot ids a new batch.
    int[] lotDe = new int[titulaires.size()];
    int ids = 0;
    String precedent = null;
    for (int i = 0; i < lotDe.length; i++) {
      String id = titulaires.get(i).id();
      if (!id.equals(precedent)) {
        ids++;
        precedent = id;
      }
      lotDe[i] = (ids - 1) / titulairesParLot;
    }
    if (ids <= titulairesParLot) return List.of(faits);
    int n = (ids + titulairesParLot - 1) / titulairesParLot;
    List<List<Object>> lots = new ArrayList<>(n);
    for (int k = 0; k < n; k++) {
      List<Object> l = new ArrayList<>(communs.size() + titulairesParLot + 16);
      l.addAll(communs);
      lots.add(l);
    }
    for (int i = 0; i < lotDe.length; i++) lots.get(lotDe[i]).add(titulaires.get(i));
    List<Object> autres = faits.subList(communs.size() + titulaires.size(), faits.size());
    if (autres.isEmpty()) return lots;
    // the other facts about a holder (RPE coverage, CTG, schéma, proof) go to the batch of its holder
    Map<String, Integer> lot = new HashMap<>(2 * titulaires.size());
    for (int i = 0; i < lotDe.length; i++) lot.putIfAbsent(titulaires.get(i).id(), lotDe[i]);
    for (Object o : autres) {
      String id = titulaireDe(o);
      if (id == null) {
        for (List<Object> l : lots) l.add(o);
      } else {
        // A schéma or proof about no holder of this evaluation matches nothing: any batch will do.
        lots.get(lot.getOrDefault(id, 0)).add(o);
      }
    }
    return lots;
  }

  /** The id of the holder fact {@code o} is about; null for a fact about no single holder. */
  private static String titulaireDe(Object o) {
    if (o instanceof TitulaireAO) return ((TitulaireAO) o).id();
    if (o instanceof CouvertureRpe) return ((CouvertureRpe) o).titulaire();
    if (o instanceof CtgCouvrante) return ((CtgCouvrante) o).titulaire();
    if (o instanceof SchemaAdopte) return ((SchemaAdopte) o).titulaire();
    if (o instanceof PreuveExercice) return ((PreuveExercice) o).titulaire();
    return null;
  }

  List<TitulaireAO> titulaires() { return titulaires; }

  Optional<ParametreEnVigueur> populationReference() { return Optional.ofNullable(populationReference); }

  static FaitsAO assembler(List<Commune> selection, Map<String, Commune> territoire,
      Map<String, Epci> epcis, SourcePopulation source, Parametres parametres, RecueilTextes textes, LocalDate date,
      EntreesAO entrees, boolean inclureNonApplicables) {
    return assembler(selection, territoire, epcis, source, parametres, textes, date, entrees, inclureNonApplicables, 1);
  }

  /**
   * As {@link #assembler(List, Map, Map, SourcePopulation, Parametres, RecueilTextes, LocalDate, EntreesAO, boolean)},
   * the holders of a large selection built by up to {@code parallelisme} threads (the calling one and
   * tasks of the common fork-join pool), in the same order: the same facts.
   */
  static FaitsAO assembler(List<Commune> selection, Map<String, Commune> territoire,
      Map<String, Epci> epcis, SourcePopulation source, Parametres parametres, RecueilTextes textes, LocalDate date,
      EntreesAO entrees, boolean inclureNonApplicables, int parallelisme) {
    List<Object> communs = FaitsCommuns.de(parametres, textes, date, inclureNonApplicables);
    FaitsAO f = sansCommuns(communs, selection, territoire, epcis, source, date, entrees, parallelisme);
    f.faits.addAll(0, communs);
    f.communs.addAll(communs);
    return f;
  }

  /**
   * The AO facts only, for a session that already holds the common facts {@code communs}
   * ({@link FaitsCommuns#de}): they are read (population reference) but not added to {@link #faits()}.
   */
  static FaitsAO sansCommuns(List<Object> communs, List<Commune> selection, Map<String, Commune> territoire,
      Map<String, Epci> epcis, SourcePopulation source, LocalDate date, EntreesAO entrees) {
    return sansCommuns(communs, selection, territoire, epcis, source, date, entrees, 1);
  }

  private static FaitsAO sansCommuns(List<Object> communs, List<Commune> selection, Map<String, Commune> territoire,
      Map<String, Epci> epcis, SourcePopulation source, LocalDate date, EntreesAO entrees, int parallelisme) {
    FaitsAO f = new FaitsAO();
    for (Object o : communs) {
      if (o instanceof ParametreEnVigueur && ((ParametreEnVigueur) o).nom().equals(POPULATION_REFERENCE)) {
        f.populationReference = (ParametreEnVigueur) o;
      }
    }
    String reference = f.populationReference == null ? "totale" : f.populationReference.texte();
    if (reference == null) {
      throw new IllegalStateException(POPULATION_REFERENCE + " doit être un paramètre de type texte");
    }

    // Transfers in force: (commune, competence) -> transfer; two for the same pair is a contradiction.
    Map<String, Map<CompetenceAO, TransfertCompetence>> transferes = new HashMap<>();
    for (TransfertCompetence t : entrees.transferts()) {
      if (!t.enVigueur(date)) continue;
      // a commune transfers a competence only to a group it belongs to (CASF L.214-1-3 III): a transfer
      // to an EPCI of the territory it is not a member of on the date is refused, not evaluated
      // (files and scenarios are refused at reading, with their position; this guards the API's callers)
      Optional<String> hors = fr.ctg.ao.TransfertHorsGroupement.motif(t, date,
          k -> Optional.ofNullable(territoire.get(k)), k -> Optional.ofNullable(epcis.get(k)),
          Optional.empty());
      if (hors.isPresent()) throw new SelectionInvalideException(hors.get());
      Map<CompetenceAO, TransfertCompetence> parCompetence =
          transferes.computeIfAbsent(t.commune(), k -> new EnumMap<>(CompetenceAO.class));
      for (CompetenceAO c : t.competences()) {
        TransfertCompetence deja = parCompetence.putIfAbsent(c, t);
        if (deja != null) {
          throw new SelectionInvalideException("la compétence " + c + " de la commune " + t.commune()
              + " est transférée deux fois le " + date + " (à " + deja.beneficiaire() + " et à "
              + t.beneficiaire() + ")");
        }
      }
    }

    Populations populations = new Populations(source, date, reference, f.populationReference == null, territoire);
    f.titulaires.addAll(titulairesDesCommunes(selection, transferes, populations, parallelisme));

    // Beneficiaries: competence -> communes that transferred it (anywhere), grouped by identical sets.
    // The selected communes, needed only when some competence is transferred.
    Set<String> selectionnees = new HashSet<>();
    if (!transferes.isEmpty()) {
      for (Commune c : selection) selectionnees.add(c.insee());
    }
    SortedMap<String, Map<CompetenceAO, SortedSet<String>>> parBeneficiaire = new TreeMap<>();
    Map<String, TransfertCompetence> exemple = new HashMap<>();
    for (Map.Entry<String, Map<CompetenceAO, TransfertCompetence>> e : transferes.entrySet()) {
      for (Map.Entry<CompetenceAO, TransfertCompetence> t : e.getValue().entrySet()) {
        String b = t.getValue().beneficiaire();
        exemple.putIfAbsent(b, t.getValue());
        parBeneficiaire.computeIfAbsent(b, k -> new EnumMap<>(CompetenceAO.class))
            .computeIfAbsent(t.getKey(), k -> new TreeSet<>()).add(e.getKey());
      }
    }
    for (Map.Entry<String, Map<CompetenceAO, SortedSet<String>>> b : parBeneficiaire.entrySet()) {
      String siren = b.getKey();
      boolean concerne = b.getValue().values().stream().anyMatch(s -> s.stream().anyMatch(selectionnees::contains));
      if (!concerne) continue;
      Epci epci = epcis.get(siren);
      String nom = exemple.get(siren).nomBeneficiaire().orElse(epci != null ? epci.nom() : siren);
      Sujet sujet = Sujet.of(epci != null ? "epci" : "syndicat", siren, nom);
      Map<SortedSet<String>, Set<CompetenceAO>> parCommunes = new LinkedHashMap<>();
      for (Map.Entry<CompetenceAO, SortedSet<String>> c : b.getValue().entrySet()) {
        parCommunes.computeIfAbsent(c.getValue(), k -> EnumSet.noneOf(CompetenceAO.class)).add(c.getKey());
      }
      for (Map.Entry<SortedSet<String>, Set<CompetenceAO>> g : parCommunes.entrySet()) {
        f.titulaires.add(populations.titulaire(sujet, g.getValue(), new ArrayList<>(g.getKey())));
      }
    }
    f.faits.addAll(f.titulaires);

    if (entrees.rpe().isPresent()) {
      Map<String, SortedSet<String>> rpeParCommune = new HashMap<>();
      for (Rpe r : entrees.rpe().get()) {
        if (!r.ouvert(date)) continue;
        for (String insee : r.communes()) {
          rpeParCommune.computeIfAbsent(insee, k -> new TreeSet<>()).add(r.id());
        }
      }
      for (TitulaireAO t : f.titulaires) {
        if (!t.competences().contains(CompetenceAO.QUALITE)) continue;
        List<String> couvertes = new ArrayList<>();
        List<String> nonCouvertes = new ArrayList<>();
        SortedSet<String> rpe = new TreeSet<>();
        for (String insee : t.communes()) {
          SortedSet<String> r = rpeParCommune.get(insee);
          if (r == null) {
            nonCouvertes.add(insee);
          } else {
            couvertes.add(insee);
            rpe.addAll(r);
          }
        }
        f.faits.add(new CouvertureRpe(t.id(), couvertes, nonCouvertes, new ArrayList<>(rpe)));
      }
    }

    List<CtgEnVigueur> ctgs = new ArrayList<>();
    for (CtgEnVigueur c : entrees.ctgs()) {
      if (c.enVigueur(date)) ctgs.add(c);
    }
    if (!ctgs.isEmpty()) {
      for (TitulaireAO t : f.titulaires) {
        for (CtgEnVigueur c : ctgs) {
          if (c.communes().containsAll(t.communes())) f.faits.add(new CtgCouvrante(t.id(), c));
        }
      }
    }
    f.faits.addAll(entrees.schemas());
    f.faits.addAll(entrees.preuves());
    return f;
  }

  private static final Set<CompetenceAO> TOUTES = Collections.unmodifiableSet(EnumSet.allOf(CompetenceAO.class));

  /** Communes per thread below which the holders of a selection are built by the calling thread alone. */
  private static final int COMMUNES_PAR_TACHE = 2_000;

  /**
   * The holders of the communes of {@code selection} that keep a competence, in selection order,
   * built by up to {@code parallelisme} threads over consecutive slices (each holder depends on its
   * commune alone; reading the registry and the populations is thread-safe).
   */
  private static List<TitulaireAO> titulairesDesCommunes(List<Commune> selection,
      Map<String, Map<CompetenceAO, TransfertCompetence>> transferes, Populations populations, int parallelisme) {
    int taches = Math.max(1, Math.min(parallelisme, selection.size() / COMMUNES_PAR_TACHE));
    IntFunction<List<TitulaireAO>> tranche = k -> {
      List<TitulaireAO> l = new ArrayList<>();
      for (Commune c : selection.subList(k * selection.size() / taches, (k + 1) * selection.size() / taches)) {
        TitulaireAO t = titulaireCommune(c, transferes.get(c.insee()), populations);
        if (t != null) l.add(t);
      }
      return l;
    };
    if (taches == 1) return tranche.apply(0);
    List<CompletableFuture<List<TitulaireAO>>> aides = new ArrayList<>();
    for (int k = 1; k < taches; k++) {
      int tr = k;
      aides.add(CompletableFuture.supplyAsync(() -> tranche.apply(tr), ForkJoinPool.commonPool()));
    }
    List<TitulaireAO> titulaires = new ArrayList<>(selection.size());
    titulaires.addAll(tranche.apply(0));
    for (CompletableFuture<List<TitulaireAO>> a : aides) {
      try {
        titulaires.addAll(a.join());
      } catch (CompletionException e) {
        if (e.getCause() instanceof RuntimeException) throw (RuntimeException) e.getCause();
        if (e.getCause() instanceof Error) throw (Error) e.getCause();
        throw e;
      }
    }
    return titulaires;
  }

  /**
   * Commune {@code c} as the holder of the competences it has not transferred ({@code parti}: those
   * it has, null when none); null when it has transferred them all. A method of its own, not the
   * body of the loop over the selection: called once per commune, it is compiled after a few
   * hundred, where a loop run once (35 000 turns for France) stays interpreted in a one-shot command
   * (docs/performance.md, « Démarrage à froid, suite »).
   */
  private static TitulaireAO titulaireCommune(Commune c, Map<CompetenceAO, TransfertCompetence> parti,
      Populations populations) {
    Set<CompetenceAO> gardees = TOUTES;
    if (parti != null) {
      gardees = EnumSet.allOf(CompetenceAO.class);
      gardees.removeAll(parti.keySet());
      if (gardees.isEmpty()) return null;
    }
    return populations.titulaire(Sujet.of("commune", c.insee(), c.nom()), gardees, List.of(c.insee()));
  }

  /** Population of communes and sums for transferees, with provenance and what is missing. */
  private static final class Populations {
    private final SourcePopulation source;
    private final LocalDate date;
    private final String reference;
    private final boolean parametreAbsent;
    private final Map<String, Commune> territoire;

    Populations(SourcePopulation source, LocalDate date, String reference, boolean parametreAbsent,
        Map<String, Commune> territoire) {
      this.source = source;
      this.date = date;
      this.reference = reference;
      this.parametreAbsent = parametreAbsent;
      this.territoire = territoire;
    }

    /** The départements or collectivities (registry codes) of {@code communes}; a commune unknown to the territory adds none. */
    private List<String> collectivites(List<String> communes) {
      if (communes.size() == 1) {
        Commune c = territoire.get(communes.get(0));
        return c == null ? List.of() : List.of(c.departement());
      }
      SortedSet<String> codes = new TreeSet<>();
      for (String insee : communes) {
        Commune c = territoire.get(insee);
        if (c != null) codes.add(c.departement());
      }
      return new ArrayList<>(codes);
    }

    TitulaireAO titulaire(Sujet sujet, Set<CompetenceAO> competences, List<String> communes) {
      List<String> collectivites = collectivites(communes);
      if (parametreAbsent) {
        return TitulaireAO.sansPopulation(sujet, competences, communes, collectivites, reference,
            "le paramètre " + POPULATION_REFERENCE + " n'est pas en vigueur le " + date);
      }
      if (communes.size() == 1) {
        // A commune holding its own competences (the usual case): the general path below, unrolled.
        String insee = communes.get(0);
        Optional<Population> p = source.population(insee, date);
        OptionalLong v = p.isPresent() ? chiffre(p.get()) : OptionalLong.empty();
        return v.isPresent()
            ? TitulaireAO.avecPopulation(sujet, competences, communes, collectivites, v.getAsLong(), reference, p.get().source())
            : TitulaireAO.sansPopulation(sujet, competences, communes, collectivites, reference,
                "population " + reference + " inconnue le " + date + " pour la commune " + insee);
      }
      long somme = 0;
      List<String> manquantes = new ArrayList<>();
      SortedSet<String> provenances = new TreeSet<>();
      for (String insee : communes) {
        Optional<Population> p = source.population(insee, date);
        OptionalLong v = p.map(this::chiffre).orElse(OptionalLong.empty());
        if (v.isPresent()) {
          somme += v.getAsLong();
          provenances.add(p.get().source());
        } else {
          manquantes.add(insee);
        }
      }
      if (!manquantes.isEmpty()) {
        return TitulaireAO.sansPopulation(sujet, competences, communes, collectivites, reference,
            "population " + reference + " inconnue le " + date + " pour "
                + (communes.size() == 1 ? "la commune " : "les communes ") + String.join(", ", manquantes));
      }
      String provenance = (communes.size() > 1 ? "somme des populations " + reference + " des communes "
          + String.join(", ", communes) + " ; " : "") + String.join(" ; ", provenances);
      return TitulaireAO.avecPopulation(sujet, competences, communes, collectivites, somme, reference, provenance);
    }

    private OptionalLong chiffre(Population p) {
      switch (reference) {
        case "totale": return p.totale();
        case "municipale": return p.municipale();
        case "compteeAPart": return p.compteeAPart();
        default:
          throw new IllegalStateException("valeur inconnue du paramètre " + POPULATION_REFERENCE + " : " + reference);
      }
    }
  }
}
