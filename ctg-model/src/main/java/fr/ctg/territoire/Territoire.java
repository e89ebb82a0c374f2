package fr.ctg.territoire;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The registry of French communes and EPCI à fiscalité propre.
 *
 * <p>{@link #national()} is the bundled national registry generated from the npm package
 * {@code @etalab/decoupage-administratif} 6.0.0 (data INSEE/DGCL, MIT licence) by
 * {@code ctg-model/tools/generer-territoire.py}; see {@code fr/ctg/territoire/PROVENANCE.md}. It holds
 * the 34 969 current communes and 1 255 EPCI. Instances are immutable and thread-safe; lookups
 * never return {@code null} and unknown codes give an empty result.
 */
public final class Territoire {
  /** Words every bundled population record carries in its source: the package does not say. */
  public static final String MILLESIME_NON_PRECISE = "millésime non précisé par la source";

  static final String SOURCE_PAQUET = "@etalab/decoupage-administratif 6.0.0";

  private static final Comparator<Commune> PAR_INSEE = Comparator.comparing(Commune::insee);

  private final List<Commune> communes;
  private final Map<String, Commune> parInsee;
  private final Map<String, Commune> parSiren;
  private final List<Epci> epcis;
  private final Map<String, Epci> epciParSiren;
  private final Map<String, List<Commune>> membres;
  private final Map<String, List<Commune>> parDepartement;
  private final Map<String, String> nomsDepartements;

  /**
   * A registry made of the given values. Fails with {@link IllegalArgumentException} on duplicate
   * codes, an EPCI member that is not a commune of the registry, or a commune whose EPCI does not
   * list it.
   */
  static Territoire of(
      Collection<Commune> communes, Collection<Epci> epcis, Map<String, String> nomsDepartements) {
    return new Territoire(communes, epcis, nomsDepartements);
  }

  private Territoire(
      Collection<Commune> communes, Collection<Epci> epcis, Map<String, String> nomsDepartements) {
    List<Commune> triees = new ArrayList<>(communes);
    if (!triee(triees)) {
      triees.sort(PAR_INSEE);
    }
    this.communes = Collections.unmodifiableList(triees);
    Map<String, Commune> insee = new HashMap<>(triees.size() * 2);
    Map<String, Commune> siren = new HashMap<>(triees.size() * 2);
    Map<String, List<Commune>> departements = new HashMap<>();
    for (Commune c : triees) {
      if (insee.put(c.insee(), c) != null) {
        throw new IllegalArgumentException("code INSEE en double : " + c.insee());
      }
      if (c.siren().isPresent() && siren.put(c.siren().get(), c) != null) {
        throw new IllegalArgumentException("SIREN de commune en double : " + c.siren().get());
      }
      List<Commune> l = departements.get(c.departement());
      if (l == null) {
        l = new ArrayList<>();
        departements.put(c.departement(), l);
      }
      l.add(c);
    }
    this.parInsee = insee;
    this.parSiren = siren;
    for (Map.Entry<String, List<Commune>> d : departements.entrySet()) {
      d.setValue(Collections.unmodifiableList(d.getValue()));
    }
    this.parDepartement = departements;

    List<Epci> e = new ArrayList<>(epcis);
    e.sort(Comparator.comparing(Epci::siren));
    this.epcis = List.copyOf(e);
    Map<String, Epci> epciParSiren = new HashMap<>();
    Map<String, List<Commune>> membres = new HashMap<>();
    for (Epci epci : this.epcis) {
      if (epciParSiren.put(epci.siren(), epci) != null) {
        throw new IllegalArgumentException("SIREN d'EPCI en double : " + epci.siren());
      }
      Commune[] m = new Commune[epci.membres().size()];
      int i = 0;
      for (String code : epci.membres()) {
        Commune c = insee.get(code);
        if (c == null || !c.epci().isPresent() || !c.epci().get().equals(epci.siren())) {
          throw new IllegalArgumentException(
              "membre " + code + " de l'EPCI " + epci.siren() + " absent ou rattaché ailleurs");
        }
        m[i++] = c;
      }
      membres.put(epci.siren(), List.of(m));
    }
    for (Commune c : triees) {
      if (c.epci().isPresent() && !epciParSiren.containsKey(c.epci().get())) {
        throw new IllegalArgumentException("EPCI inconnu " + c.epci().get() + " pour la commune " + c.insee());
      }
    }
    this.epciParSiren = epciParSiren;
    this.membres = membres;
    this.nomsDepartements = Map.copyOf(nomsDepartements);
  }

  private static boolean triee(List<Commune> communes) {
    for (int i = 1; i < communes.size(); i++) {
      if (communes.get(i - 1).insee().compareTo(communes.get(i).insee()) > 0) {
        return false;
      }
    }
    return true;
  }

  /** The bundled national registry, loaded once on first use. */
  public static Territoire national() {
    return National.INSTANCE;
  }

  /** The current commune of this INSEE code ({@code 62119}, {@code 2A004}), if any. */
  public Optional<Commune> commune(String insee) {
    return Optional.ofNullable(parInsee.get(Objects.requireNonNull(insee)));
  }

  /** The commune of this SIREN, if any (the source gives no SIREN for 94 communes d'outre-mer). */
  public Optional<Commune> communeParSiren(String siren) {
    return Optional.ofNullable(parSiren.get(Objects.requireNonNull(siren)));
  }

  public Optional<Epci> epci(String siren) {
    return Optional.ofNullable(epciParSiren.get(Objects.requireNonNull(siren)));
  }

  /** The member communes of an EPCI in the registry's order; empty if the EPCI is unknown. */
  public List<Commune> membres(String epciSiren) {
    return membres.getOrDefault(Objects.requireNonNull(epciSiren), List.of());
  }

  /** The communes of a département ({@code 62}, {@code 2A}, {@code 974}), sorted by INSEE code. */
  public List<Commune> communesDuDepartement(String code) {
    return parDepartement.getOrDefault(Objects.requireNonNull(code), List.of());
  }

  public Optional<String> nomDepartement(String code) {
    return Optional.ofNullable(nomsDepartements.get(Objects.requireNonNull(code)));
  }

  /** Every commune, sorted by INSEE code. */
  public List<Commune> communes() {
    return communes;
  }

  /** Every EPCI, sorted by SIREN. */
  public List<Epci> epcis() {
    return epcis;
  }

  @Override
  public String toString() {
    return "Territoire[" + communes.size() + " communes, " + epcis.size() + " EPCI]";
  }

  /** Lazy holder: the bundled files are read on the first call to {@link #national()}. */
  private static final class National {
    static final Territoire INSTANCE = charger();

    private static Territoire charger() {
      String epciJson = SOURCE_PAQUET + ", epci.json (membres) ; " + MILLESIME_NON_PRECISE;
      String communesJson = SOURCE_PAQUET
          + ", communes.json (population municipale seule) ; " + MILLESIME_NON_PRECISE;
      List<Commune> communes = new ArrayList<>(35_000);
      lire("communes.tsv",
          "insee\tsiren\tnom\tdepartement\tregion\tepci\tpopulationMunicipale\tpopulationTotale\tsourcePopulation",
          9, f -> {
            ImmutableCommune.Builder b = ImmutableCommune.builder()
                .insee(f[0]).nom(f[2]).departement(f[3]).region(f[4]);
            if (!f[1].isEmpty()) b.siren(f[1]);
            if (!f[5].isEmpty()) b.epci(f[5]);
            if (!f[8].isEmpty()) {
              ImmutablePopulation.Builder p = ImmutablePopulation.builder()
                  .municipale(Long.parseLong(f[6]));
              if (f[8].equals("epci.json")) {
                long municipale = Long.parseLong(f[6]);
                long totale = Long.parseLong(f[7]);
                p.totale(totale).compteeAPart(totale - municipale).source(epciJson);
              } else if (f[8].equals("communes.json") && f[7].isEmpty()) {
                p.source(communesJson);
              } else {
                throw new IllegalStateException("registre corrompu : source " + f[8] + " pour " + f[0]);
              }
              b.population(p.build());
            }
            communes.add(b.build());
          });
      List<Epci> epcis = new ArrayList<>(1_300);
      lire("epci.tsv", "siren\tnom\tnature\tmembres", 4, f -> epcis.add(ImmutableEpci.builder()
          .siren(f[0]).nom(f[1]).nature(NatureEpci.valueOf(f[2]))
          .membres(List.of(f[3].split(",", -1)))
          .build()));
      Map<String, String> departements = new LinkedHashMap<>();
      lire("departements.tsv", "code\tnom\tregion", 3, f -> departements.put(f[0], f[1]));
      return new Territoire(communes, epcis, departements);
    }

    /**
     * Reads a bundled TSV written by the generator: exact header, exact field count, no quoting,
     * {@code \n} line ends. The whole file is decoded at once and cut with {@code indexOf} (no
     * per-line reader, no regex): this is most of the registry's load time.
     */
    private static void lire(String ressource, String entete, int champs, Consumer<String[]> ligne) {
      String texte;
      try (InputStream in = Territoire.class.getResourceAsStream(ressource)) {
        if (in == null) {
          throw new IllegalStateException("ressource absente du jar : fr/ctg/territoire/" + ressource);
        }
        texte = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      int finEntete = texte.indexOf('\n');
      if (finEntete < 0 || !texte.substring(0, finEntete).equals(entete)) {
        throw new IllegalStateException("en-tête inattendu dans " + ressource);
      }
      String[] f = new String[champs];
      int n = 1;
      int debut = finEntete + 1;
      while (debut < texte.length()) {
        int finLigne = texte.indexOf('\n', debut);
        if (finLigne < 0) finLigne = texte.length();
        n++;
        for (int i = 0; i < champs; i++) {
          int fin = texte.indexOf('\t', debut);
          if (i == champs - 1) {
            if (fin >= 0 && fin < finLigne) fin = -1; // a field too many
            else fin = finLigne;
          } else if (fin > finLigne) {
            fin = -1;
          }
          if (fin < 0) {
            throw new IllegalStateException(ressource + " ligne " + n + " : " + champs + " champs attendus");
          }
          f[i] = texte.substring(debut, fin);
          debut = fin + 1;
        }
        ligne.accept(f);
      }
    }
  }
}
