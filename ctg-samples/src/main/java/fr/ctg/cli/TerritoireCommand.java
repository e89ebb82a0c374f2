package fr.ctg.cli;

import fr.ctg.territoire.CodeCommuneInconnuException;
import fr.ctg.territoire.Commune;
import fr.ctg.territoire.CommuneDesignee;
import fr.ctg.territoire.DateHorsRegistreException;
import fr.ctg.territoire.Epci;
import fr.ctg.territoire.Franchissements;
import fr.ctg.territoire.Millesime;
import fr.ctg.territoire.Population;
import fr.ctg.territoire.Registre;
import fr.ctg.territoire.Territoire;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code ctg territoire}: the dated national registry's view of one EPCI, one département or one
 * commune on a date (by default the last registry): its communes with their population municipale
 * and totale, the totals, and which release and census vintage they come from.
 */
@Command(
    name = "territoire",
    mixinStandardHelpOptions = true,
    description = {
      "Affiche le territoire d'un EPCI, d'un département ou d'une commune selon le registre national "
          + "daté (@etalab/decoupage-administratif, une version par année 2021-2026, données INSEE/DGCL) : "
          + "communes, population municipale et population totale, avec leur millésime.",
      "Sans --date, le registre de la dernière année (2026)."
    })
public final class TerritoireCommand implements Callable<Integer> {
  @Option(names = "--epci", paramLabel = "SIREN", description = "SIREN de l'EPCI (9 chiffres).")
  String epci;

  @Option(names = "--departement", paramLabel = "D", description = "code du département (62, 2A, 974…).")
  String departement;

  @Option(names = "--commune", paramLabel = "INSEE", description = "code INSEE de la commune (62119, 2A004…).")
  String commune;

  @Option(names = "--date", paramLabel = "AAAA-MM-JJ",
      description = "date : le registre de son année (à partir du 1er janvier 2021 ; après 2026, celui de 2026).")
  String date;

  @Option(names = "--franchissements",
      description = "les communes et EPCI dont la population totale a franchi un seuil légal de population "
          + "(paramètres ao.seuil_*) entre --de et --a, avec les deux populations ; sans territoire, toute la France.")
  boolean franchissements;

  @Option(names = "--de", paramLabel = "AAAA-MM-JJ", description = "avec --franchissements : la première date.")
  String de;

  @Option(names = "--a", paramLabel = "AAAA-MM-JJ", description = "avec --franchissements : la seconde date.")
  String a;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
      description = "text (tableau, par défaut) ou csv (séparateur « ; »).")
  String format;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws java.io.IOException {
    int selecteurs = (epci != null ? 1 : 0) + (departement != null ? 1 : 0) + (commune != null ? 1 : 0);
    if (franchissements || de != null || a != null) return franchissements(selecteurs);
    if (selecteurs != 1) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "indiquez exactement un territoire : --epci SIREN, --departement D ou --commune INSEE");
    }
    if (!format.equals("text") && !format.equals("csv")) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "format inconnu « " + format + " » : text ou csv attendu");
    }
    Territoire t;
    List<String> remarques = new ArrayList<>();
    if (date == null) {
      t = Territoire.national();
    } else {
      LocalDate jour;
      try {
        jour = LocalDate.parse(date.strip());
      } catch (DateTimeParseException e) {
        throw new CommandLine.ParameterException(spec.commandLine(), "date invalide « " + date + " » : AAAA-MM-JJ attendu");
      }
      try {
        t = Registre.national().enVigueurAu(jour);
      } catch (DateHorsRegistreException e) {
        return erreur(e.getMessage());
      }
      remarques.addAll(t.millesime().orElseThrow().remarquesAu(jour));
    }
    Millesime m = t.millesime().orElseThrow();
    String registre = "registre " + m.annee();
    String titre;
    List<Commune> communes;
    if (epci != null) {
      Optional<Epci> e = t.epci(epci.strip());
      if (e.isEmpty()) {
        return erreur("EPCI inconnu du " + registre + " : SIREN « " + epci + " »");
      }
      communes = t.membres(e.get().siren());
      titre = e.get().nom() + " (SIREN " + e.get().siren() + ") — " + nombreDeCommunes(communes.size());
    } else if (departement != null) {
      String code = departement.strip().toUpperCase(java.util.Locale.ROOT);
      Optional<String> nom = t.nomDepartement(code);
      if (nom.isEmpty()) {
        return erreur("département inconnu du " + registre + " : « " + departement + " »");
      }
      communes = t.communesDuDepartement(code);
      titre = "Département " + nom.get() + " (" + code + ") — " + nombreDeCommunes(communes.size());
    } else {
      CommuneDesignee d;
      try {
        d = t.designer(commune.strip().toUpperCase(java.util.Locale.ROOT));
      } catch (CodeCommuneInconnuException e) {
        return erreur(e.getMessage());
      }
      communes = List.of(d.commune());
      titre = titreCommune(t, d.commune());
      d.succession().ifPresent(s -> remarques.add(0, s.texte()));
    }
    PrintWriter out = spec.commandLine().getOut();
    if (format.equals("csv")) {
      csv(out, communes);
    } else {
      texte(out, titre, communes, m, remarques);
    }
    out.flush();
    return Ctg.OK;
  }

  private LocalDate jour(String option, String valeur) {
    if (valeur == null) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--franchissements demande " + option + " AAAA-MM-JJ");
    }
    try {
      return LocalDate.parse(valeur.strip());
    } catch (DateTimeParseException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), option + " : date invalide « " + valeur + " » : AAAA-MM-JJ attendu");
    }
  }

  /**
   * {@code --franchissements --de D1 --a D2}: the crossings of the population thresholds of the
   * bundled parameters (those named {@code ao.seuil_*}, counted in inhabitants) between the registry
   * of D1 and that of D2, each threshold with its value in force on D2 (or, not yet in force, its
   * first value and the date it takes effect).
   */
  private int franchissements(int selecteurs) throws java.io.IOException {
    if (!franchissements) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--de et --a vont avec --franchissements");
    }
    if (selecteurs > 1) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "indiquez au plus un territoire : --epci SIREN, --departement D ou --commune INSEE (sans territoire : la France)");
    }
    if (!format.equals("text") && !format.equals("csv")) {
      throw new CommandLine.ParameterException(spec.commandLine(), "format inconnu « " + format + " » : text ou csv attendu");
    }
    LocalDate d1 = jour("--de", de);
    LocalDate d2 = jour("--a", a);
    if (!d1.isBefore(d2)) return erreur("--de " + d1 + " doit précéder --a " + d2);
    Territoire avant;
    Territoire apres;
    try {
      avant = Registre.national().enVigueurAu(d1);
      apres = Registre.national().enVigueurAu(d2);
    } catch (DateHorsRegistreException e) {
      return erreur(e.getMessage());
    }
    java.util.function.Predicate<Commune> selection;
    String portee;
    if (epci != null) {
      Optional<Epci> e = apres.epci(epci.strip());
      if (e.isEmpty()) return erreur("EPCI inconnu du registre " + apres.millesime().orElseThrow().annee() + " : SIREN « " + epci + " »");
      selection = c -> c.epci().filter(e.get().siren()::equals).isPresent();
      portee = e.get().nom() + " (SIREN " + e.get().siren() + ")";
    } else if (departement != null) {
      String code = departement.strip().toUpperCase(java.util.Locale.ROOT);
      Optional<String> nom = apres.nomDepartement(code);
      if (nom.isEmpty()) return erreur("département inconnu du registre " + apres.millesime().orElseThrow().annee() + " : « " + departement + " »");
      selection = c -> c.departement().equals(code);
      portee = "département " + nom.get() + " (" + code + ")";
    } else if (commune != null) {
      CommuneDesignee d;
      try {
        d = apres.designer(commune.strip().toUpperCase(java.util.Locale.ROOT));
      } catch (CodeCommuneInconnuException e) {
        return erreur(e.getMessage());
      }
      String insee = d.commune().insee();
      selection = c -> c.insee().equals(insee);
      portee = d.commune().nom() + " (" + insee + ")";
    } else {
      selection = c -> true;
      portee = "France";
    }
    java.util.TreeMap<Long, java.util.TreeSet<String>> parValeur = new java.util.TreeMap<>();
    List<String> notes = new ArrayList<>();
    for (fr.ctg.parametres.Parametre p : fr.ctg.document.DocumentReader.bundledParametres().tous()) {
      if (!p.nom().startsWith("ao.seuil_") || !p.unite().equals("habitants") || p.valeurs().isEmpty()) continue;
      Optional<fr.ctg.parametres.ValeurParametre> v = p.enVigueur(d2);
      if (v.isEmpty()) {
        v = Optional.of(p.valeurs().get(0));
        notes.add(p.nom() + " n'est en vigueur qu'à partir du " + v.get().depuis() + " : sa première valeur est retenue");
      }
      if (v.get().nombre().isEmpty()) continue;
      parValeur.computeIfAbsent(v.get().nombre().get().longValueExact(), k -> new java.util.TreeSet<>()).add(p.nom());
    }
    List<Franchissements.Seuil> seuils = new ArrayList<>();
    parValeur.forEach((valeur, noms) -> seuils.add(new Franchissements.Seuil(valeur, noms)));
    Franchissements.Resultat r = Franchissements.entre(avant, apres, seuils, selection);
    PrintWriter out = spec.commandLine().getOut();
    if (format.equals("csv")) {
      fr.ctg.eligibilite.report.CsvReport.ecrire(out, new String[] {"nature", "code", "nom", "seuil", "parametres", "sens",
          "populationTotaleDe", "populationTotaleA", "communesAbsorbees"}, r.franchissements().stream()
          .map(f -> List.of(f.nature(), f.code(), f.nom(), Long.toString(f.seuil().valeur()),
              String.join(",", new java.util.TreeSet<>(f.seuil().parametres())), f.hausse() ? "hausse" : "baisse",
              Long.toString(f.avant()), Long.toString(f.apres()), String.join(" | ", f.absorbees())))
          .toList());
    } else {
      Millesime m1 = avant.millesime().orElseThrow();
      Millesime m2 = apres.millesime().orElseThrow();
      out.println("Franchissements de seuils de population — " + portee);
      out.println("du " + d1 + " (" + m1.libelle() + ") au " + d2 + " (" + m2.libelle() + ")");
      out.println("Population totale ; « plus de N habitants » : au-dessus du seuil quand la population dépasse N.");
      out.println();
      for (Franchissements.Seuil s2 : seuils) {
        out.println("Seuil " + fr.ctg.regles.Textes.nombre(s2.valeur()) + " habitants (" + String.join(", ", new java.util.TreeSet<>(s2.parametres())) + ") :");
        int n = 0;
        for (Franchissements.Franchissement f : r.franchissements()) {
          if (f.seuil().valeur() != s2.valeur()) continue;
          n++;
          out.println("  " + (f.hausse() ? "franchi à la hausse" : "repassé en dessous") + " : " + f.nom() + " ("
              + (f.nature().equals("commune") ? "INSEE " : "EPCI, SIREN ") + f.code() + ") "
              + fr.ctg.regles.Textes.nombre(f.avant()) + " → " + fr.ctg.regles.Textes.nombre(f.apres())
              + (f.absorbees().isEmpty() ? "" : " — commune nouvelle : " + String.join(" ; ", f.absorbees())));
        }
        if (n == 0) out.println("  aucun franchissement");
      }
      out.println();
      out.println(r.franchissements().size() + " franchissement(s) ; non comparés faute de population aux deux dates (code absent"
          + " d'un des registres ou population totale inconnue) : " + r.communesNonComparees() + " commune(s), "
          + r.epciNonCompares() + " EPCI.");
      for (String n : notes) out.println("Remarque : " + n + ".");
      List<String> remarques = new ArrayList<>(m1.remarquesAu(d1));
      remarques.addAll(m2.remarquesAu(d2));
      for (String rq : new java.util.LinkedHashSet<>(remarques)) out.println("Remarque : " + rq + ".");
    }
    out.flush();
    return Ctg.OK;
  }

  private int erreur(String message) {
    PrintWriter err = spec.commandLine().getErr();
    err.println("ctg : " + message);
    err.flush();
    return Ctg.ENTREE_INVALIDE;
  }

  private static String titreCommune(Territoire t, Commune c) {
    StringBuilder b = new StringBuilder(c.nom()).append(" (INSEE ").append(c.insee());
    c.siren().ifPresent(s -> b.append(", SIREN ").append(s));
    b.append(") — département ").append(t.nomDepartement(c.departement()).orElse("?"))
        .append(" (").append(c.departement()).append(")");
    Optional<Epci> e = c.epci().flatMap(t::epci);
    if (e.isPresent()) {
      b.append(" — ").append(e.get().nom()).append(" (SIREN ").append(e.get().siren()).append(")");
    } else {
      b.append(" — hors EPCI à fiscalité propre");
    }
    return b.toString();
  }

  private static String nombreDeCommunes(int n) {
    return fr.ctg.regles.Textes.nombre(n) + (n > 1 ? " communes" : " commune");
  }

  private static void texte(PrintWriter out, String titre, List<Commune> communes, Millesime registre,
      List<String> remarques) {
    out.println(titre);
    out.println();
    String libelleTotal = nombreDeCommunes(communes.size());
    int largeurNom = Math.max("Nom".length(), libelleTotal.length());
    for (Commune c : communes) {
      largeurNom = Math.max(largeurNom, c.nom().codePointCount(0, c.nom().length()));
    }
    String municipaleTitre = "Population municipale";
    String totaleTitre = "Population totale";
    out.println(ligne("INSEE", "Nom", largeurNom, municipaleTitre, totaleTitre));
    long municipale = 0;
    long totale = 0;
    int sansMunicipale = 0;
    int sansTotale = 0;
    for (Commune c : communes) {
      OptionalLong m = c.population().map(Population::municipale).orElse(OptionalLong.empty());
      OptionalLong tt = c.population().map(Population::totale).orElse(OptionalLong.empty());
      if (m.isPresent()) municipale += m.getAsLong(); else sansMunicipale++;
      if (tt.isPresent()) totale += tt.getAsLong(); else sansTotale++;
      out.println(ligne(c.insee(), c.nom(), largeurNom,
          m.isPresent() ? fr.ctg.regles.Textes.nombre(m.getAsLong()) : "inconnue",
          tt.isPresent() ? fr.ctg.regles.Textes.nombre(tt.getAsLong()) : "inconnue"));
    }
    out.println(ligne("Total", libelleTotal,
        largeurNom,
        sansMunicipale == communes.size() ? "inconnue" : fr.ctg.regles.Textes.nombre(municipale),
        sansTotale == communes.size() ? "inconnue" : fr.ctg.regles.Textes.nombre(totale)));
    if (sansTotale > 0 && sansTotale < communes.size()) {
      out.println("Population totale inconnue pour " + sansTotale
          + (sansTotale > 1 ? " communes, non comptées" : " commune, non comptée")
          + " dans le total (la source ne la donne pas pour les communes hors EPCI).");
    }
    if (sansMunicipale > 0 && sansMunicipale < communes.size()) {
      out.println("Population municipale inconnue pour " + sansMunicipale
          + (sansMunicipale > 1 ? " communes, non comptées" : " commune, non comptée") + " dans le total.");
    }
    out.println();
    out.println("Source : registre " + registre.annee() + ", " + registre.paquet() + " (données INSEE, DGCL) ;"
        + " populations municipale et totale millésime " + registre.millesimePopulationTotale()
        + " (membres d'un EPCI), municipale seule millésime " + registre.millesimePopulationMunicipaleSeule()
        + " (hors EPCI).");
    for (String r : remarques) out.println("Remarque : " + r + ".");
  }

  private static String ligne(String insee, String nom, int largeurNom, String municipale, String totale) {
    StringBuilder b = new StringBuilder();
    b.append(insee).append(" ".repeat(Math.max(1, 7 - insee.length())));
    b.append(nom).append(" ".repeat(largeurNom - nom.codePointCount(0, nom.length()) + 2));
    b.append(" ".repeat(Math.max(0, 21 - municipale.length()))).append(municipale).append("  ");
    b.append(" ".repeat(Math.max(0, 17 - totale.length()))).append(totale);
    return b.toString();
  }

  private static void csv(PrintWriter out, List<Commune> communes) throws java.io.IOException {
    List<List<String>> lignes = new ArrayList<>();
    for (Commune c : communes) {
      OptionalLong m = c.population().map(Population::municipale).orElse(OptionalLong.empty());
      OptionalLong tt = c.population().map(Population::totale).orElse(OptionalLong.empty());
      lignes.add(List.of(c.insee(), c.nom(), c.epci().orElse(""),
          m.isPresent() ? Long.toString(m.getAsLong()) : "", tt.isPresent() ? Long.toString(tt.getAsLong()) : ""));
    }
    fr.ctg.eligibilite.report.CsvReport.ecrire(out,
        new String[] {"insee", "nom", "epci", "populationMunicipale", "populationTotale"}, lignes);
  }
}
