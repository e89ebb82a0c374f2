package fr.ctg.territoire;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The dated national registry: one {@link Territoire} per year 2021–2026, each derived from the
 * release of {@code @etalab/decoupage-administratif} of that year by
 * {@code ctg-model/tools/generer-territoire.py} (see {@code fr/ctg/territoire/PROVENANCE.md}).
 *
 * <p>{@link #enVigueurAu(LocalDate)} gives the registry of the year of the date: the release of
 * year N describes the communes and EPCI of 1 January N and applies to every day of N; a date after
 * the last year gets the last registry (its {@link Millesime#remarquesAu} says so); a date before
 * the first is refused. Years are read lazily, each once, on first use; the registry is immutable
 * and thread-safe and every caller asking for the same year shares the same {@link Territoire}.
 */
public final class Registre {
  private static final String ENTETE = "annee\tpaquet\tmillesimePopulationTotale\t"
      + "millesimePopulationMunicipaleSeule\tcommunes\tepci\tpopulationTotale\tpopulationMunicipale\tfichier";

  private final List<Millesime> millesimes;
  private final List<String> fichiers;
  private final ConcurrentHashMap<Integer, Territoire> charges = new ConcurrentHashMap<>();

  private Registre(List<Millesime> millesimes, List<String> fichiers) {
    this.millesimes = List.copyOf(millesimes);
    this.fichiers = List.copyOf(fichiers);
  }

  /** The bundled registry (its index is read on first call; each year on first use). */
  public static Registre national() {
    return National.INSTANCE;
  }

  /** The years of the registry, in order. */
  public List<Millesime> millesimes() {
    return millesimes;
  }

  public Millesime premier() {
    return millesimes.get(0);
  }

  public Millesime dernier() {
    return millesimes.get(millesimes.size() - 1);
  }

  /**
   * The release that applies on {@code date}, without loading it.
   *
   * @throws DateHorsRegistreException (French message with the covered range) before 1 January of
   *     the first year
   */
  public Millesime millesimeAu(LocalDate date) {
    Objects.requireNonNull(date, "date");
    if (date.getYear() < premier().annee()) {
      throw new DateHorsRegistreException("date " + date + " antérieure au registre du territoire : il couvre les dates"
          + " à partir du " + premier().enVigueurDu() + " (registres " + premier().annee() + " à "
          + dernier().annee() + " ; après le 31 décembre " + dernier().annee() + ", celui de "
          + dernier().annee() + ")");
    }
    int i = Math.min(date.getYear() - premier().annee(), millesimes.size() - 1);
    return millesimes.get(i);
  }

  /**
   * The registry in force on {@code date} (loaded on first use of its year).
   *
   * @throws DateHorsRegistreException before the first year
   */
  public Territoire enVigueurAu(LocalDate date) {
    return annee(millesimeAu(date).annee());
  }

  /**
   * The registry of year {@code annee}.
   *
   * @throws IllegalArgumentException if the registry has no such year
   */
  public Territoire annee(int annee) {
    int i = annee - premier().annee();
    if (i < 0 || i >= millesimes.size()) {
      throw new IllegalArgumentException("pas de registre pour l'année " + annee + " (registres "
          + premier().annee() + " à " + dernier().annee() + ")");
    }
    return charges.computeIfAbsent(annee, a -> RegistreBinaire.lire(millesimes.get(i), fichiers.get(i)));
  }

  @Override
  public String toString() {
    return "Registre[" + premier().annee() + "–" + dernier().annee() + "]";
  }

  private static final class National {
    static final Registre INSTANCE = lireIndex();

    private static Registre lireIndex() {
      String texte;
      try (InputStream in = Registre.class.getResourceAsStream("registre.tsv")) {
        if (in == null) throw new IllegalStateException("ressource absente du jar : fr/ctg/territoire/registre.tsv");
        texte = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      String[] lignes = texte.split("\n");
      if (!lignes[0].equals(ENTETE)) throw new IllegalStateException("en-tête inattendu dans registre.tsv");
      List<Millesime> millesimes = new ArrayList<>();
      List<String> fichiers = new ArrayList<>();
      for (int i = 1; i < lignes.length; i++) {
        String[] f = lignes[i].split("\t", -1);
        if (f.length != 9) throw new IllegalStateException("registre.tsv ligne " + (i + 1) + " : 9 champs attendus");
        Millesime m = ImmutableMillesime.builder()
            .annee(Integer.parseInt(f[0])).version(f[1])
            .millesimePopulationTotale(Integer.parseInt(f[2]))
            .millesimePopulationMunicipaleSeule(Integer.parseInt(f[3]))
            .nombreCommunes(Integer.parseInt(f[4])).nombreEpci(Integer.parseInt(f[5]))
            .populationTotale(Long.parseLong(f[6])).populationMunicipale(Long.parseLong(f[7]))
            .build();
        if (!millesimes.isEmpty() && m.annee() != millesimes.get(millesimes.size() - 1).annee() + 1) {
          throw new IllegalStateException("registre.tsv : années non consécutives");
        }
        millesimes.add(m);
        fichiers.add(f[8]);
      }
      return new Registre(millesimes, fichiers);
    }
  }
}
