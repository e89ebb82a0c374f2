package fr.ctg.regles;

import fr.ctg.rapport.Constat;
import fr.ctg.rapport.Fondement;
import fr.ctg.rapport.NatureProvenance;
import fr.ctg.rapport.ProvenanceFait;
import fr.ctg.rapport.ImmutableConstat;
import fr.ctg.rapport.ParametreLu;
import fr.ctg.rapport.Statut;
import fr.ctg.rapport.Sujet;
import fr.ctg.regles.ao.DefinitionObligation;
import fr.ctg.regles.ao.TitulaireAO;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.rule.RuleContext;

/**
 * The global {@code constats} of the rule base: consequences hand it their conclusion (statut,
 * subject, message, facts, parameters read) and it builds the {@link Constat}s afterwards, reading
 * the firing rule's metadata for {@code regle} and {@code fondement} and writing the explanation.
 * Consequences stay cheap: they only record. One instance per evaluation; not thread-safe.
 */
public final class Constats {
  private final List<Brut> bruts = new ArrayList<>();
  private Provenances provenances = Provenances.aucune();

  /**
   * Where the facts of this evaluation come from: the findings report the provenance of their facts,
   * and a negative conclusion ({@code NON_SATISFAIT}, {@code INELIGIBLE}) that rests on a fact the
   * encoder assumed ({@code HYPOTHESE}) is reported {@code A_VERIFIER}, naming the fact, the
   * hypothesis and the document that would settle it; a positive one ({@code SATISFAIT},
   * {@code ELIGIBLE}) keeps its status and says it holds only if the hypothesis is confirmed.
   */
  void provenances(Provenances p) {
    this.provenances = Objects.requireNonNull(p);
  }

  /**
   * Records a conclusion about obligation {@code o} (in force, holder above its threshold) for
   * holder {@code t}; {@code faits} are name/value pairs.
   */
  public void conclure(RuleContext kcontext, Statut statut, DefinitionObligation o, TitulaireAO t,
      String message, Object... faits) {
    bruts.add(new Brut(kcontext.getRule(), statut, t, o.seuil(), null, message, o.parametresLus(), faits));
  }

  /**
   * Records a conclusion for holder {@code t} bound by obligation {@code o} (its threshold), that also
   * read parameter {@code lu} (e.g. the delay of AO-TRANSMISSION-CDSF).
   */
  public void conclure(RuleContext kcontext, Statut statut, DefinitionObligation o, TitulaireAO t,
      ParametreEnVigueur lu, String message, Object... faits) {
    List<ParametreEnVigueur> lus = new ArrayList<>(o.parametresLus());
    lus.add(lu);
    bruts.add(new Brut(kcontext.getRule(), statut, t, o.seuil(), null, message, lus, faits));
  }

  /** Records a conclusion about a holder outside any obligation (e.g. AO-DISPENSE-CTG). */
  public void conclure(RuleContext kcontext, Statut statut, TitulaireAO t, ParametreEnVigueur lu,
      String message, Object... faits) {
    bruts.add(new Brut(kcontext.getRule(), statut, t, null, null, message, parametres(lu), faits));
  }

  /**
   * The holder's communes are where text {@code p.texte()} does not apply: no AO obligation binds it
   * ({@code NON_APPLICABLE}, always reported: it stands for every obligation of the text), with the
   * reason and the text that says so.
   */
  public void horsChamp(RuleContext kcontext, TitulaireAO t, PorteeTerritoriale p) {
    bruts.add(new Brut(kcontext.getRule(), Statut.NON_APPLICABLE, t, null, null,
        "n'est pas autorité organisatrice de l'accueil du jeune enfant : « " + p.titreTexte()
            + " » ne s'applique pas en " + p.nom() + " (" + p.collectivite() + ") ; " + p.motif()
            + (p.lecture() ? " (lecture retenue par ctg)" : "") + ".",
        List.of(), champ(p)).avecFondement(Fondement.of(p.fondement(), java.util.Optional.empty())));
  }

  /**
   * The holder's communes are where text {@code p.texte()} applies by a reading of ours
   * ({@code INFO}): the report says the reading and its basis; the obligations are evaluated.
   */
  public void lectureChamp(RuleContext kcontext, TitulaireAO t, PorteeTerritoriale p) {
    bruts.add(new Brut(kcontext.getRule(), Statut.INFO, t, null, null,
        "relève de « " + p.titreTexte() + " » en " + p.nom() + " (" + p.collectivite() + "), selon une lecture : "
            + p.motif() + ".",
        List.of(), champ(p)).avecFondement(Fondement.of(p.fondement(), java.util.Optional.empty())));
  }

  /**
   * No scope entry of text {@code texte} covers the holder's communes ({@code A_VERIFIER}): ctg does
   * not know whether the text applies there, so it evaluates none of its obligations.
   */
  public void champInconnu(RuleContext kcontext, TitulaireAO t, String texte) {
    bruts.add(new Brut(kcontext.getRule(), Statut.A_VERIFIER, t, null, null,
        "relève peut-être des obligations d'autorité organisatrice : le champ territorial du texte « " + texte
            + " » ne nomme pas sa collectivité (" + (t.collectivites().isEmpty() ? "inconnue" : String.join(", ", t.collectivites()))
            + ") ; aucune obligation n'est évaluée tant qu'il ne la nomme pas.",
        List.of(), new Object[] {"collectivites", t.collectivites(), "texte", texte}));
  }

  private static Object[] champ(PorteeTerritoriale p) {
    return new Object[] {"collectivite", p.collectivite(), "texte", p.texte(), "champTerritorial",
        p.applicable() ? "applicable" : "non applicable", "lecture", p.lecture(),
        "fondementTerritorial", p.fondement()};
  }

  /** Decision table: the holder's population is not above the threshold ({@code NON_APPLICABLE}). */
  public void sousLeSeuil(RuleContext kcontext, TitulaireAO t, DefinitionObligation o) {
    bruts.add(new Brut(kcontext.getRule(), Statut.NON_APPLICABLE, t, o.seuil(), null,
        "n'est pas tenu(e) " + Textes.de(titre(kcontext)) + " : la population " + t.populationReference()
            + " (" + Textes.nombre(t.population()) + ") ne dépasse pas "
            + Textes.nombre(o.seuil().nombre()) + " habitants.",
        o.parametresLus(), new Object[0]));
  }

  /** Decision table: the evaluation date is before the obligation's effect date ({@code NON_APPLICABLE}). */
  public void avantDateEffet(RuleContext kcontext, TitulaireAO t, DefinitionObligation o) {
    ParametreEnVigueur dateEffet = o.dateEffet();
    bruts.add(new Brut(kcontext.getRule(), Statut.NON_APPLICABLE, t, null, null,
        "n'est pas encore tenu(e) " + Textes.de(titre(kcontext)) + " : l'obligation s'applique à compter du "
            + Textes.date(dateEffet.date()) + ".",
        List.of(dateEffet), new Object[] {"dateEffet", dateEffet.date().toString()}));
  }

  /** Decision table: the population needed to compare with the threshold is unknown ({@code A_VERIFIER}). */
  public void populationInconnue(RuleContext kcontext, TitulaireAO t, DefinitionObligation o) {
    bruts.add(new Brut(kcontext.getRule(), Statut.A_VERIFIER, t, o.seuil(), null,
        "doit " + titre(kcontext) + " si sa population " + t.populationReference() + " dépasse "
            + Textes.nombre(o.seuil().nombre()) + " habitants ; elle est inconnue : "
            + t.populationManquante() + ".",
        o.parametresLus(), new Object[0]));
  }

  /**
   * Records a conclusion about any subject (a convention, a signatory, an equipment...); the
   * message is the whole sentence. {@code faits} are name/value pairs; a pair whose value is null
   * (a fact the text does not give, e.g. a missing {@code source}) is left out.
   */
  public void constater(RuleContext kcontext, Statut statut, Sujet sujet, String message,
      Object... faits) {
    bruts.add(new Brut(kcontext.getRule(), statut, null, null, sujet, message, List.of(), faits));
  }

  /**
   * Records a conclusion about a subject named at the head of the message: the message follows
   * "Nom (id)" (e.g. "a un ETP nul"). {@code faits} are name/value pairs.
   */
  public void conclureSur(RuleContext kcontext, Statut statut, Sujet sujet, String message,
      Object... faits) {
    constater(kcontext, statut, sujet, designation(sujet) + " " + message, faits);
  }

  /** Same, with the parameters the rule read (reported with their dates). */
  public void conclureSur(RuleContext kcontext, Statut statut, Sujet sujet,
      List<ParametreEnVigueur> lus, String message, Object... faits) {
    bruts.add(new Brut(kcontext.getRule(), statut, null, null, sujet, designation(sujet) + " " + message,
        List.copyOf(lus), faits));
  }

  private static String designation(Sujet sujet) {
    return sujet.nom() + " (" + sujet.id() + ")";
  }

  /** Same, naming the parameter the rule read (reported with its value and reference). */
  public void constaterSelon(RuleContext kcontext, Statut statut, Sujet sujet, ParametreEnVigueur lu,
      String message, Object... faits) {
    bruts.add(new Brut(kcontext.getRule(), statut, null, null, sujet, message, parametres(lu), faits));
  }

  private static String titre(RuleContext kcontext) {
    Object t = kcontext.getRule().getMetaData().get("titre");
    return t == null ? kcontext.getRule().getName() : t.toString();
  }

  private static List<ParametreEnVigueur> parametres(ParametreEnVigueur lu) {
    return lu == null ? List.of() : List.of(lu);
  }

  /** Number of conclusions recorded so far. */
  public int taille() {
    return bruts.size();
  }

  /**
   * What one or more sessions concluded: the findings, sorted by {@link Constat#ORDRE}, and the
   * parameter values the fired rules read, sorted by name.
   */
  public record Conclusions(List<Constat> constats, List<ParametreLu> parametresLus) {
    public Conclusions {
      constats = List.copyOf(constats);
      parametresLus = List.copyOf(parametresLus);
    }

    /** The conclusions of sessions run over disjoint parts of the same facts, as one. */
    public static Conclusions fusion(List<Conclusions> parties) {
      List<Constat> constats = new ArrayList<>();
      Map<String, ParametreLu> lus = new TreeMap<>();
      for (Conclusions c : parties) {
        constats.addAll(c.constats);
        for (ParametreLu p : c.parametresLus) lus.putIfAbsent(p.nom(), p);
      }
      constats.sort(Constat.ORDRE);
      return new Conclusions(constats, new ArrayList<>(lus.values()));
    }
  }

  /** {@link #constats()} and {@link #parametresLus()} together. */
  public Conclusions conclusions() {
    return new Conclusions(constats(), parametresLus());
  }

  /** The findings, sorted by {@link Constat#ORDRE}. */
  public List<Constat> constats() {
    Map<Rule, RegleInfo> infos = new IdentityHashMap<>();
    Memo memo = new Memo();
    List<Constat> constats = new ArrayList<>(bruts.size());
    Rule derniere = null;
    RegleInfo info = null;
    List<Fondement> fondement = null;
    for (Brut b : bruts) {
      if (b.rule != derniere) { // the conclusions of one rule mostly come in a row
        derniere = b.rule;
        info = infos.computeIfAbsent(b.rule, RegleInfo::de);
        fondement = memo.fondement(info);
      }
      constats.add(b.construire(info, fondement, memo, provenances));
    }
    constats.sort(Constat.ORDRE);
    return constats;
  }

  /** Explanation lines shared by many findings, written once per {@link #constats()} call. */
  private static final class Memo {
    final Map<ParametreEnVigueur, String> parametres = new IdentityHashMap<>();
    final Map<Rule, String[]> conclusions = new IdentityHashMap<>();
    final Map<String, String> clesPopulation = new HashMap<>();
    final Map<ParametreEnVigueur, String> nombres = new IdentityHashMap<>();
    final Map<RegleInfo, List<Fondement>> fondements = new IdentityHashMap<>();
    /** Shared lines (a holder's, a parameter's, a conclusion's) with their citations made readable. */
    final Map<String, String> citees = new IdentityHashMap<>();
    private String derniereReference;
    private String derniereCle;

    String parametre(ParametreEnVigueur p) {
      return parametres.computeIfAbsent(p, x -> "Paramètre " + x.nom() + " = " + x.enTexte()
          + ", en vigueur depuis le " + x.depuis() + " (" + x.reference() + ").");
    }

    /**
     * {@code ligne}, a string shared by many findings (same instance), with its citations made
     * readable ({@link SourcesCitees#citer}) once per {@link #constats()} call rather than once per
     * finding: a holder's line lists its communes, and scanning it for a citation at every finding
     * of the holder was a tenth of the national evaluation at start-up (docs/performance.md).
     */
    String citee(String ligne) {
      return citees.computeIfAbsent(ligne, SourcesCitees::citer);
    }

    String conclusion(Rule rule, RegleInfo info, Statut statut) {
      String[] parStatut = conclusions.computeIfAbsent(rule, r -> new String[Statut.values().length]);
      String c = parStatut[statut.ordinal()];
      if (c == null) {
        c = "Conclusion de la règle « " + rule.getName() + " » (" + info.id() + ") : " + statut + ".";
        parStatut[statut.ordinal()] = c;
      }
      return c;
    }

    /**
     * "Nom (id, population totale 12 345 > 3 500)" — the holder, its population and the threshold
     * it exceeds ({@code seuil}, may be null) — or "Nom (id)" when the population is unknown.
     */
    String prefixe(TitulaireAO t, ParametreEnVigueur seuil) {
      if (seuil == null || !t.populationConnue()) return t.designationPopulation();
      return t.sujet().nom() + " (" + t.id() + ", population " + t.populationReference() + " "
          + t.populationEnTexte() + " > " + nombre(seuil) + ")";
    }

    List<Fondement> fondement(RegleInfo info) {
      return fondements.computeIfAbsent(info, i -> List.of(Fondement.of(i.fondement(), i.url())));
    }

    String nombre(ParametreEnVigueur p) {
      return nombres.computeIfAbsent(p, x -> Textes.nombre(x.nombre()));
    }

    /**
     * The model fields a rule's conclusion rests on besides the facts it reports, from its
     * {@code @decisifs("champ, champ")} metadata (e.g. {@code bilansAnnuels} for a rule that reports
     * the missing years).
     */
    List<String> decisifs(Rule rule) {
      return decisifs.computeIfAbsent(rule, r -> {
        Object d = r.getMetaData().get("decisifs");
        if (d == null) return List.of();
        List<String> l = new ArrayList<>();
        for (String s : d.toString().split(",")) {
          if (!s.isBlank()) l.add(s.strip());
        }
        return List.copyOf(l);
      });
    }

    final Map<Rule, List<String>> decisifs = new IdentityHashMap<>();

    String clePopulation(String reference) {
      if (!reference.equals(derniereReference)) {
        derniereReference = reference;
        derniereCle = clesPopulation.computeIfAbsent(reference,
            r -> "population" + Character.toUpperCase(r.charAt(0)) + r.substring(1));
      }
      return derniereCle;
    }

  }

  /** Every parameter value a fired rule read, sorted by name. */
  public List<ParametreLu> parametresLus() {
    Map<String, ParametreEnVigueur> lus = new TreeMap<>();
    for (Brut b : bruts) {
      for (ParametreEnVigueur p : b.parametres) {
        lus.putIfAbsent(p.nom(), p);
      }
    }
    return lus.values().stream().map(ParametreEnVigueur::lu).collect(Collectors.toList());
  }

  private static List<Fondement> fondements(List<Fondement> a, List<Fondement> b) {
    List<Fondement> l = new ArrayList<>(a);
    l.addAll(b);
    return l;
  }

  private static final class Brut {
    final Rule rule;
    final Statut statut;
    final TitulaireAO titulaire;
    final ParametreEnVigueur seuil;
    final Sujet sujet;
    final String message;
    final List<ParametreEnVigueur> parametres;
    final Object[] faits;
    /** Bases of this conclusion besides the rule's own (e.g. the text that settles a scope). */
    List<Fondement> fondementsEnPlus = List.of();

    Brut avecFondement(Fondement f) {
      fondementsEnPlus = List.of(f);
      return this;
    }

    Brut(Rule rule, Statut statut, TitulaireAO titulaire, ParametreEnVigueur seuil, Sujet sujet,
        String message, List<ParametreEnVigueur> parametres, Object[] faits) {
      if (faits.length % 2 != 0) {
        throw new IllegalArgumentException("faits : paires nom/valeur attendues dans " + rule.getName());
      }
      this.rule = rule;
      this.statut = statut;
      this.titulaire = titulaire;
      this.seuil = seuil;
      if (titulaire == null && sujet == null) {
        throw new IllegalArgumentException("constat sans sujet dans " + rule.getName());
      }
      this.sujet = sujet != null ? sujet : titulaire.sujet();
      this.message = message;
      this.parametres = parametres;
      this.faits = faits;
    }

    private void ajouter(Map<String, ProvenanceFait> provenance, Provenances provenances, String nom) {
      ProvenanceFait p = provenances.de(sujet, nom);
      if (p != null) provenance.put(nom, p);
    }

    /** @param fondement the rule's own basis ({@link Memo#fondement}) */
    Constat construire(RegleInfo info, List<Fondement> fondement, Memo memo, Provenances provenances) {
      Map<String, Object> f = new TreeMap<>();
      List<String> explication = new ArrayList<>(6);
      String prefixe = null;
      if (titulaire == null) {
        explication.add(SourcesCitees.citer("Sujet : " + sujet.type() + " " + sujet.id() + " (" + sujet.nom() + ")."));
      } else {
        explication.add(memo.citee(titulaire.explicationTitulaire()));
        explication.add(memo.citee(titulaire.explicationPopulation()));
        String cle = memo.clePopulation(titulaire.populationReference());
        f.put(cle, titulaire.populationConnue() ? titulaire.population() : "inconnue");
        prefixe = memo.prefixe(titulaire, seuil != null && statut != Statut.NON_APPLICABLE ? seuil : null);
      }
      if (seuil != null) {
        f.put("seuil", seuil.nombre());
      }
      for (ParametreEnVigueur p : parametres) {
        explication.add(memo.citee(memo.parametre(p)));
      }
      for (int i = 0; i < faits.length; i += 2) {
        String nom = (String) faits[i];
        Object valeur = faits[i + 1];
        if (valeur == null) continue;
        if (valeur instanceof java.util.Collection) {
          valeur = ((java.util.Collection<?>) valeur).stream().map(String::valueOf)
              .collect(Collectors.joining(", "));
        } else if (!(valeur instanceof Number || valeur instanceof Boolean || valeur instanceof String)) {
          valeur = String.valueOf(valeur);
        }
        if (valeur instanceof String) valeur = SourcesCitees.citer((String) valeur);
        f.put(nom, valeur);
        explication.add(SourcesCitees.citer("Fait : " + nom + " = " + valeur + "."));
      }
      Map<String, ProvenanceFait> provenance = new TreeMap<>();
      Statut conclu = statut;
      String texte = prefixe == null ? message : prefixe + " " + message;
      if (!provenances.vide()) {
        for (String nom : f.keySet()) ajouter(provenance, provenances, nom);
        for (String nom : memo.decisifs(rule)) {
          ProvenanceFait p = provenances.decisif(sujet, nom);
          if (p != null) provenance.putIfAbsent(nom, p);
        }
        List<String> supposes = new ArrayList<>();
        for (Map.Entry<String, ProvenanceFait> e : provenance.entrySet()) {
          if (e.getValue().nature() == NatureProvenance.HYPOTHESE) {
            supposes.add("« " + e.getKey() + " » est une " + e.getValue().reference());
          }
        }
        String pourquoi = String.join(" ; ", supposes);
        boolean suppose = !supposes.isEmpty();
        if (suppose && (statut == Statut.NON_SATISFAIT || statut == Statut.INELIGIBLE)) {
          conclu = Statut.A_VERIFIER;
          texte = texte + " — À vérifier, pas " + statut + " : la conclusion repose sur un fait supposé, non établi par la source ("
              + pourquoi + ").";
          explication.add(SourcesCitees.citer("Provenance : la règle conclurait " + statut
              + " ; un fait décisif est une hypothèse d'encodage (" + pourquoi + ") : au plus A_VERIFIER."));
        } else if (suppose && (statut == Statut.SATISFAIT || statut == Statut.ELIGIBLE)) {
          // a positive conclusion drawn from an assumed fact holds only as far as the assumption does: say so
          texte = texte + " — Sous réserve : la conclusion lit un fait supposé, non établi par la source (" + pourquoi
              + ") ; " + statut + " si l'hypothèse se confirme.";
          explication.add(SourcesCitees.citer("Provenance : " + statut + " sous réserve d'une hypothèse d'encodage (" + pourquoi + ")."));
        }
        // Two passages of one source that disagree on a fact (#12 §2): one conclusion, both passages named.
        List<String> divergents = new ArrayList<>();
        for (Map.Entry<String, ProvenanceFait> e : provenance.entrySet()) {
          if (e.getValue().divergences().isEmpty()) continue;
          Object retenu = f.get(e.getKey());
          divergents.add("« " + e.getKey() + " »" + (retenu == null ? "" : " = " + retenu) + " selon " + e.getValue().reference()
              + ", mais " + String.join(", et ", e.getValue().divergences()));
        }
        if (!divergents.isEmpty()) {
          String passages = String.join(" ; ", divergents);
          if (conclu == Statut.NON_SATISFAIT || conclu == Statut.INELIGIBLE) {
            texte = texte + " — À vérifier, pas " + conclu + " : la conclusion repose sur un fait que deux passages de la source disent différemment ("
                + passages + ") ; ctg ne choisit pas entre eux, le document signé tranchera.";
            explication.add(SourcesCitees.citer("Passages divergents : la règle conclurait " + conclu
                + " sur la valeur retenue ; un autre passage de la source la dit autrement (" + passages + ") : au plus A_VERIFIER."));
            conclu = Statut.A_VERIFIER;
          } else {
            texte = texte + " — La source dit ce fait de deux façons (" + passages + ") ; la conclusion lit la valeur retenue.";
            explication.add(SourcesCitees.citer("Passages divergents : " + passages + " ; la règle a lu la valeur retenue, sa conclusion ("
                + conclu + ") n'est pas négative."));
          }
        }
      }
      explication.add(memo.citee(memo.conclusion(rule, info, conclu)));
      return ImmutableConstat.builder()
          .regle(info.id())
          .sujet(sujet)
          .statut(conclu)
          .message(SourcesCitees.citer(texte))
          .provenance(provenance)
          .fondement(fondementsEnPlus.isEmpty() ? fondement : fondements(fondement, fondementsEnPlus))
          .faits(f)
          .explication(explication) // each line cited as it was added
          .build();
    }
  }
}
