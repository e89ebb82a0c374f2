package fr.ctg.eligibilite;

import fr.ctg.ao.CtgEnVigueur;
import fr.ctg.ao.ImmutableCtgEnVigueur;
import fr.ctg.ao.ImmutableRpe;
import fr.ctg.ao.Rpe;
import fr.ctg.convention.Ambition;
import fr.ctg.convention.Annexe;
import fr.ctg.convention.Avenant;
import fr.ctg.convention.CommuneCouverte;
import fr.ctg.convention.Convention;
import fr.ctg.convention.Engagement;
import fr.ctg.convention.Enjeu;
import fr.ctg.convention.Equipement;
import fr.ctg.convention.Instance;
import fr.ctg.convention.Signataire;
import fr.ctg.convention.PosteCooperation;
import fr.ctg.convention.TotalDeclare;
import fr.ctg.convention.TypeEquipement;
import fr.ctg.regles.conv.AmbitionPlan;
import fr.ctg.regles.conv.AvenantConvention;
import fr.ctg.regles.conv.CollectiviteSoutien;
import fr.ctg.regles.conv.CommuneDeConvention;
import fr.ctg.regles.conv.CommuneListeeEnDouble;
import fr.ctg.regles.conv.CommuneMembreEpci;
import fr.ctg.regles.conv.ConventionExaminee;
import fr.ctg.regles.conv.EngagementCollectivite;
import fr.ctg.regles.conv.EquipementConvention;
import fr.ctg.regles.conv.InstanceGouvernance;
import fr.ctg.regles.conv.ResiliationNotifiee;
import fr.ctg.regles.conv.SignataireConvention;
import fr.ctg.regles.conv.CommuneSuccedee;
import fr.ctg.regles.conv.EpciChangeDepuisSignature;
import fr.ctg.regles.conv.PopulationDivergente;
import fr.ctg.regles.conv.TotalConvention;
import fr.ctg.territoire.CodeCommuneInconnuException;
import fr.ctg.territoire.Commune;
import fr.ctg.territoire.CommuneDesignee;
import fr.ctg.territoire.DateHorsRegistreException;
import fr.ctg.territoire.Epci;
import fr.ctg.territoire.Millesime;
import fr.ctg.territoire.Registre;
import fr.ctg.territoire.Succession;
import fr.ctg.territoire.Territoire;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Assembles the facts the CONV rules read from a {@link Convention} and the territory registry, and
 * derives what the other families need from the convention (the communes it covers, the CTG in force
 * for the AO rules, the RPE coverage it states). Java assembles: no conformity decision is taken
 * here (an absent value stays absent and the rules say {@code A_VERIFIER}).
 */
final class FaitsConvention {
  private FaitsConvention() {}

  /**
   * The commune codes of a convention as the registry in force names them: each code the convention
   * gives (territory, equipment annex), or, for a former code, the commune that succeeded it. With a
   * territory given by the caller (no dated registry), every code stands for itself.
   */
  static final class Codes {
    private final Map<String, CommuneDesignee> successions = new TreeMap<>();

    private Codes() {}

    static Codes de(Convention c, Map<String, Commune> communes, Territoire registre) {
      Codes codes = new Codes();
      if (registre == null) return codes;
      Set<String> cites = new TreeSet<>();
      for (CommuneCouverte k : c.territoire().communes()) cites.add(k.insee());
      for (Equipement e : c.equipements()) {
        e.commune().ifPresent(cites::add);
        cites.addAll(e.communesCouvertes());
      }
      for (String insee : cites) {
        if (communes.containsKey(insee)) continue;
        try {
          CommuneDesignee d = registre.designer(insee);
          if (d.succession().isPresent()) codes.successions.put(insee, d);
        } catch (CodeCommuneInconnuException e) {
          // stays unknown: communesCouvertes refuses it with the registry's words
        }
      }
      return codes;
    }

    /** The code of the commune {@code insee} designates at the evaluation date. */
    String courant(String insee) {
      CommuneDesignee d = successions.get(insee);
      return d == null ? insee : d.commune().insee();
    }

    Map<String, CommuneDesignee> successions() {
      return successions;
    }
  }

  /** The CONV facts of {@code c}, resolved against the registry {@code communes} / {@code epcis}. */
  static List<Object> de(Convention c, Map<String, Commune> communes, Map<String, Epci> epcis, Codes codes) {
    List<Object> faits = new ArrayList<>();
    faits.add(new ConventionExaminee(c.id(), c.titre(), c.source().orElse(null), c.dateDebut(),
        c.dateFin(), c.dateSignature().orElse(null), c.renouvellementExpres().orElse(null),
        c.annexes().stream().map(Annexe::name).collect(Collectors.toCollection(TreeSet::new)),
        c.annexesAnnoncees().stream().map(Annexe::name).collect(Collectors.toCollection(TreeSet::new)),
        c.territoire().epci().orElse(null), c.territoire().departement(),
        c.territoire().nombreCommunesDeclare().isPresent() ? c.territoire().nombreCommunesDeclare().getAsInt() : null,
        (int) c.territoire().communes().stream().map(k -> codes.courant(k.insee())).distinct().count(), c.gouvernance().isPresent(),
        c.gouvernance().flatMap(g -> g.evaluation()).flatMap(e -> e.bilanMiParcours()).orElse(null),
        c.gouvernance().flatMap(g -> g.evaluation()).flatMap(e -> e.bilanFinal()).orElse(null),
        c.dateLimiteEngagement().orElse(null),
        c.formuleDateLimiteEngagement().filter(f -> f == fr.ctg.convention.FormuleEcheance.AVANT_LE).isPresent()));

    for (Signataire s : c.signataires()) {
      faits.add(new SignataireConvention(s.id(), s.type().name(), s.nom(), s.siren().orElse(null),
          s.insee().orElse(null), s.representant().orElse(null),
          s.acteAutorisation().map(a -> a.intitule()).orElse(null),
          s.acteAutorisation().flatMap(a -> a.date()).orElse(null),
          dateSignature(c, s), s.source().orElse(null)));
    }
    for (Enjeu e : c.enjeux()) {
      for (Ambition a : e.ambitions()) {
        faits.add(new AmbitionPlan(a.id(), a.libelle(), e.id(), a.orientationsSdsf(), a.source().orElse(null)));
      }
    }
    Set<String> listees = new TreeSet<>();
    SortedMap<String, List<CommuneCouverte>> occurrences = new TreeMap<>();
    for (CommuneCouverte k : c.territoire().communes()) {
      String insee = codes.courant(k.insee());
      Commune r = communes.get(insee);
      occurrences.computeIfAbsent(insee, i -> new ArrayList<>()).add(k);
      if (listees.add(insee)) {
        faits.add(new CommuneDeConvention(insee, r != null ? r.nom() : k.nom().strip(),
            r == null ? null : r.epci().orElse(null), k.source().orElse(null)));
      }
    }
    for (Map.Entry<String, List<CommuneCouverte>> o : occurrences.entrySet()) {
      if (o.getValue().size() < 2) continue;
      Commune r = communes.get(o.getKey());
      faits.add(new CommuneListeeEnDouble(o.getKey(), r != null ? r.nom() : o.getValue().get(0).nom().strip(),
          o.getValue().stream().map(CommuneCouverte::insee).collect(Collectors.toList()),
          o.getValue().stream().flatMap(k -> k.source().stream()).collect(Collectors.toList())));
    }
    c.territoire().epci().ifPresent(siren -> {
      for (Commune m : communes.values()) {
        if (m.epci().filter(siren::equals).isPresent()) {
          faits.add(new CommuneMembreEpci(m.insee(), m.nom(), siren));
        }
      }
    });
    SortedMap<String, SortedSet<String>> soutiens = new TreeMap<>();
    for (Equipement e : c.equipements()) {
      faits.add(new EquipementConvention(e.id(), e.type().name(), e.nom(), e.commune().map(codes::courant).orElse(null),
          e.communesCouvertes().stream().map(codes::courant).distinct().collect(Collectors.toList()),
          e.collectivitesSoutien(), e.source().orElse(null)));
      for (String s : e.collectivitesSoutien()) {
        soutiens.computeIfAbsent(s, k -> new TreeSet<>()).add(e.id());
      }
    }
    Map<String, String> nomsEngagement = new TreeMap<>();
    for (Engagement e : c.engagements()) {
      nomsEngagement.put(e.collectivite(), e.nom());
      faits.add(new EngagementCollectivite(e.collectivite(), e.nom(), e.dateDeliberation().orElse(null),
          e.dateFicheEngagement().orElse(null), e.source().orElse(null)));
    }
    for (Map.Entry<String, SortedSet<String>> s : soutiens.entrySet()) {
      faits.add(new CollectiviteSoutien(s.getKey(), nom(s.getKey(), nomsEngagement, communes, epcis),
          new ArrayList<>(s.getValue())));
    }
    c.gouvernance().ifPresent(g -> {
      for (Instance i : g.instances()) {
        faits.add(new InstanceGouvernance(i.id(), i.type().name(), i.nom(),
            i.frequenceMinimaleParAn().isPresent() ? i.frequenceMinimaleParAn().getAsInt() : null,
            i.datesPrevues(), i.source().orElse(null)));
      }
    });
    for (Avenant a : c.avenants()) {
      faits.add(new AvenantConvention(a.id(), a.date().orElse(null), a.objet(), a.clausesModifiees(),
          a.annexesModifiees(), a.signataires(), a.source().orElse(null)));
    }
    c.resiliation().ifPresent(r -> faits.add(
        new ResiliationNotifiee(r.type().name(), r.dateNotification(), r.source().orElse(null))));
    for (TotalDeclare t : c.totauxDeclares()) faits.add(total(c, t));
    return faits;
  }

  /**
   * The day {@code s} signed: its own date, else the convention's; not the convention's when the
   * signatory's provenance speaks of its date without giving one (the encoder says why the
   * convention's date does not hold for it, e.g. a party that joined by an undated avenant).
   */
  private static LocalDate dateSignature(Convention c, Signataire s) {
    if (s.dateSignature().isPresent()) return s.dateSignature().get();
    if (s.provenance().containsKey("dateSignature")) return null;
    return c.dateSignature().orElse(null);
  }

  /**
   * A total the source states, with the sum of the elements it adds up as encoded (communes as listed,
   * a commune listed twice counting twice as in the source's table; posts by id). Java adds up; the
   * CONV-COHERENCE rules compare.
   */
  private static TotalConvention total(Convention c, TotalDeclare t) {
    Set<String> retenus = new TreeSet<>(t.elements());
    java.math.BigDecimal somme = java.math.BigDecimal.ZERO;
    int n = 0;
    List<String> sansValeur = new ArrayList<>();
    String objet;
    switch (t.objet()) {
      case POPULATION_COMMUNES:
        objet = "population déclarée des communes couvertes";
        for (CommuneCouverte k : c.territoire().communes()) {
          if (!retenus.isEmpty() && !retenus.contains(k.insee())) continue;
          n++;
          if (k.populationDeclaree().isPresent()) somme = somme.add(java.math.BigDecimal.valueOf(k.populationDeclaree().getAsLong()));
          else sansValeur.add(k.nom().strip() + " (" + k.insee() + ")");
        }
        break;
      case ETP_POSTES_COOPERATION:
      case PERSONNES_POSTES_COOPERATION:
        boolean etp = t.objet() == fr.ctg.convention.ObjetTotal.ETP_POSTES_COOPERATION;
        objet = etp ? "ETP des postes de chargé de coopération" : "personnes des postes de chargé de coopération";
        for (PosteCooperation p : c.postesCooperation()) {
          if (!retenus.isEmpty() && !retenus.contains(p.id())) continue;
          n++;
          somme = somme.add(etp ? p.etp() : java.math.BigDecimal.valueOf(p.nombrePersonnes()));
        }
        break;
      default:
        throw new IllegalStateException("objet de total inconnu : " + t.objet());
    }
    return new TotalConvention(t.id(), objet, t.libelle().orElse(null), t.valeur(), somme, n, t.elements(), sansValeur,
        t.source().orElse(null));
  }

  /**
   * What changed in the registry for the communes the convention covers: each listed code that is no
   * longer a commune on the evaluation date (its successor), and, when the convention was signed
   * under an earlier registry year, each covered commune whose EPCI differs between the registry of
   * the signature date (its start date when it gives none) and that of the evaluation date. Nothing
   * is applied silently: the CONV-TERRITOIRE rules report each as an AVERTISSEMENT. With a territory
   * given by the caller there is no dated registry and nothing to compare.
   *
   * @param evaluation the registry of the evaluation date; null for a territory given by the caller
   * @param remarques receives what the report must say when the signature date has no registry
   */
  static List<Object> changementsDepuisLaSignature(Convention c, Territoire evaluation, Codes codes,
      Registre registre, List<String> remarques) {
    List<Object> faits = new ArrayList<>();
    if (evaluation == null || evaluation.millesime().isEmpty()) return faits;
    int anneeEvaluation = evaluation.millesime().get().annee();
    for (CommuneCouverte k : c.territoire().communes()) {
      CommuneDesignee d = codes.successions().get(k.insee());
      if (d == null) continue;
      Succession s = d.succession().orElseThrow();
      faits.add(new CommuneSuccedee(k.insee(), k.nom().strip(), d.commune().insee(), d.commune().nom(), s.texte(),
          anneeEvaluation, k.source().orElse(null)));
    }
    LocalDate signature = c.dateSignature().orElse(c.dateDebut());
    Millesime ms;
    try {
      ms = registre.millesimeAu(signature);
    } catch (DateHorsRegistreException e) {
      remarques.add("date de signature " + signature + " antérieure au premier registre (1er janvier "
          + registre.premier().annee() + ") : le territoire de la signature n'est pas comparé à celui de l'évaluation");
      return faits;
    }
    if (ms.annee() == anneeEvaluation) return faits;
    Territoire t = registre.annee(ms.annee());
    for (CommuneCouverte k : c.territoire().communes()) {
      Commune aSignature;
      try {
        aSignature = t.designer(k.insee()).commune();
      } catch (CodeCommuneInconnuException e) {
        continue;
      }
      Optional<Commune> aEvaluation = evaluation.commune(codes.courant(k.insee()));
      if (aEvaluation.isEmpty()) continue;
      String avant = aSignature.epci().orElse(null);
      String apres = aEvaluation.get().epci().orElse(null);
      if (!Objects.equals(avant, apres)) {
        faits.add(new EpciChangeDepuisSignature(aEvaluation.get().insee(), aEvaluation.get().nom(), signature,
            ms.annee(), avant, anneeEvaluation, apres));
      }
    }
    return faits;
  }

  /**
   * Cross-check run on every convention (#12 §2): each covered commune whose population the
   * convention states for a vintage of the populations légales, compared with the population totale
   * of that vintage in the registry (the registry year that carries it); one fact per difference. A
   * vintage no registry year carries, or a commune the registry of that year does not know, is not
   * compared. With a territory given by the caller there is no dated registry and nothing to compare.
   */
  static List<Object> populationsDivergentes(Convention c, Registre registre) {
    List<Object> faits = new ArrayList<>();
    if (registre == null) return faits;
    for (CommuneCouverte k : c.territoire().communes()) {
      if (k.populationDeclaree().isEmpty() || k.millesimePopulation().isEmpty()) continue;
      int millesime = k.millesimePopulation().getAsInt();
      Millesime annee = null;
      for (Millesime m : registre.millesimes()) {
        if (m.millesimePopulationTotale() == millesime) {
          annee = m;
          break;
        }
      }
      if (annee == null) continue;
      Commune r;
      try {
        r = registre.annee(annee.annee()).designer(k.insee()).commune();
      } catch (CodeCommuneInconnuException e) {
        continue;
      }
      if (!r.insee().equals(k.insee()) || r.population().isEmpty() || r.population().get().totale().isEmpty()) continue;
      long totale = r.population().get().totale().getAsLong();
      if (totale != k.populationDeclaree().getAsLong()) {
        faits.add(new PopulationDivergente(r.insee(), r.nom(), k.populationDeclaree().getAsLong(), millesime, totale,
            annee.annee(), k.source().orElse(null)));
      }
    }
    return faits;
  }

  /** Name of a collectivité named by INSEE code or SIREN: engagement, registry, or the id itself. */
  private static String nom(String id, Map<String, String> nomsEngagement, Map<String, Commune> communes,
      Map<String, Epci> epcis) {
    if (nomsEngagement.containsKey(id)) return nomsEngagement.get(id);
    Commune k = communes.get(id);
    if (k != null) return k.nom();
    Epci e = epcis.get(id);
    if (e != null) return e.nom();
    for (Commune m : communes.values()) {
      if (m.siren().filter(id::equals).isPresent()) return m.nom();
    }
    return "Collectivité " + id;
  }

  /**
   * The communes the convention lists, as the registry knows them, sorted by INSEE code.
   *
   * @throws SelectionInvalideException when a listed commune is unknown to the registry
   */
  static List<Commune> communesCouvertes(Convention c, Map<String, Commune> communes, Codes codes) {
    List<Commune> resultat = new ArrayList<>();
    List<String> inconnues = new ArrayList<>();
    Set<String> vues = new TreeSet<>();
    for (CommuneCouverte k : c.territoire().communes()) {
      Commune r = communes.get(codes.courant(k.insee()));
      if (r == null) inconnues.add(k.insee()); else if (vues.add(r.insee())) resultat.add(r);
    }
    if (!inconnues.isEmpty()) {
      throw new SelectionInvalideException("la convention " + c.id()
          + " couvre des communes inconnues du territoire de l'évaluateur : " + String.join(", ", inconnues));
    }
    resultat.sort(java.util.Comparator.comparing(Commune::insee));
    return resultat;
  }

  /**
   * What the AO rules learn from the convention: the CTG itself (period, communes, whether it stands
   * in for the schéma and which of its elements it declares) and, when every RPE of its equipment
   * annex states the communes it covers, that coverage (otherwise coverage stays unknown).
   */
  static EntreesAO entreesAO(Convention c, Codes codes) {
    CtgEnVigueur ctg = ImmutableCtgEnVigueur.builder()
        .id(c.id())
        .communes(c.territoire().communes().stream().map(k -> codes.courant(k.insee())).distinct()
            .collect(Collectors.toList()))
        .dateDebut(c.dateDebut())
        .dateFin(c.dateFin())
        .tientLieuDeSchema(c.tientLieuDeSchema().map(t -> t.declare()).orElse(false))
        .elements(c.tientLieuDeSchema().map(t -> t.elements()).orElse(List.of()))
        .source(c.tientLieuDeSchema().flatMap(t -> t.source()).or(c::source))
        // the local authorities that signed it: a commune by its INSEE code (current), a group by SIREN
        .signataires(c.signataires().stream()
            .flatMap(s -> s.insee().map(codes::courant).or(s::siren).stream()).distinct()
            .collect(Collectors.toList()))
        .dateSignature(c.dateSignature())
        .build();
    ImmutableEntreesAO.Builder b = EntreesAO.builder().addCtgs(ctg);
    List<Equipement> rpe = c.equipements().stream().filter(e -> e.type() == TypeEquipement.RPE)
        .collect(Collectors.toList());
    if (!rpe.isEmpty() && rpe.stream().allMatch(e -> !e.communesCouvertes().isEmpty())) {
      List<Rpe> couverture = new ArrayList<>();
      for (Equipement e : rpe) {
        couverture.add(ImmutableRpe.builder().id(e.id()).nom(e.nom()).gestionnaire(e.gestionnaire())
            .communes(e.communesCouvertes().stream().map(codes::courant).distinct().collect(Collectors.toList()))
            .source(e.source()).build());
      }
      b.rpe(couverture);
    }
    return b.build();
  }
}
