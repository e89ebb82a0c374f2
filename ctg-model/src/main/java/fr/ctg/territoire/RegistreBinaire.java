package fr.ctg.territoire;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/**
 * Reads one {@code registre-AAAA.bin} written by {@code ctg-model/tools/generer-territoire.py}
 * (format in the generator's docstring). The whole file is read at once and decoded from the byte
 * array: no per-field stream call, no text parsing.
 */
final class RegistreBinaire {
  private static final int FORMAT = 1;
  private static final NatureEpci[] NATURES = {NatureEpci.CA, NatureEpci.CC, NatureEpci.CU, NatureEpci.METRO};

  private final byte[] b;
  private final String ressource;
  private int p;

  private RegistreBinaire(byte[] b, String ressource) {
    this.b = b;
    this.ressource = ressource;
  }

  /**
   * Reads {@code ressource}, and checks its counts against those {@code registre.tsv} gives for
   * {@code m} (communes, EPCI, population totale and municipale of the communes that have both):
   * a file that disagrees is refused as corrupted. Codes and names are interned: most of them are the same from one year
   * to the next, and sharing them keeps six years resident in little memory (README, budgets).
   */
  static Territoire lire(Millesime m, String ressource) {
    byte[] contenu;
    try (InputStream in = Registre.class.getResourceAsStream(ressource)) {
      if (in == null) throw new IllegalStateException("ressource absente du jar : fr/ctg/territoire/" + ressource);
      contenu = in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    RegistreBinaire lecteur = new RegistreBinaire(contenu, ressource);
    try {
      return lecteur.territoire(m);
    } catch (IndexOutOfBoundsException e) {
      throw lecteur.corrompu("fin de fichier inattendue");
    }
  }

  private Territoire territoire(Millesime m) {
    if (b[0] != 'C' || b[1] != 'T' || b[2] != 'G' || b[3] != 'R') throw corrompu("signature");
    p = 4;
    if (u8() != FORMAT) throw corrompu("format");
    if (u16() != m.annee()) throw corrompu("année");
    String source = m.paquet() + ", epci.json (membres) ; millésime " + m.millesimePopulationTotale();
    String sourceSeule = m.paquet() + ", communes.json (population municipale seule) ; millésime "
        + m.millesimePopulationMunicipaleSeule();

    int nd = u16();
    String[] depts = new String[nd];
    String[] regions = new String[nd];
    Map<String, String> nomsDepartements = new LinkedHashMap<>();
    for (int i = 0; i < nd; i++) {
      depts[i] = utf();
      nomsDepartements.put(depts[i], utf());
      regions[i] = utf();
    }

    int n = i32();
    String[] insee = new String[n];
    int[] siren = new int[n];
    String[] nom = new String[n];
    int[] dept = new int[n];
    byte[] sorte = new byte[n];
    int[] municipale = new int[n];
    int[] aPart = new int[n];
    for (int i = 0; i < n; i++) {
      insee[i] = partagee(code());
      siren[i] = i32();
      nom[i] = partagee(utf());
      dept[i] = u8();
      sorte[i] = (byte) u8();
      if (sorte[i] >= 1) municipale[i] = i32();
      if (sorte[i] == 2) aPart[i] = i32();
      if (sorte[i] > 2) throw corrompu("populations de " + insee[i]);
    }

    int ne = u16();
    String[] sirenEpci = new String[ne];
    String[] nomEpci = new String[ne];
    NatureEpci[] nature = new NatureEpci[ne];
    int[][] membres = new int[ne][];
    int[] epciDe = new int[n];
    Arrays.fill(epciDe, -1);
    for (int e = 0; e < ne; e++) {
      sirenEpci[e] = partagee(neufChiffres(i32()));
      nomEpci[e] = partagee(utf());
      nature[e] = NATURES[u8()];
      int k = u16();
      membres[e] = new int[k];
      for (int j = 0; j < k; j++) {
        int c = u16();
        if (epciDe[c] >= 0) throw corrompu("commune " + insee[c] + " membre de deux EPCI");
        epciDe[c] = e;
        membres[e][j] = c;
      }
    }

    List<Commune> communes = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      ImmutableCommune.Builder c = ImmutableCommune.builder()
          .insee(insee[i]).nom(nom[i]).departement(depts[dept[i]]).region(regions[dept[i]]);
      if (siren[i] != 0) c.siren(partagee(neufChiffres(siren[i])));
      if (epciDe[i] >= 0) c.epci(sirenEpci[epciDe[i]]);
      if (sorte[i] == 2) {
        c.population(ImmutablePopulation.builder().municipale(municipale[i])
            .compteeAPart(aPart[i]).totale((long) municipale[i] + aPart[i]).source(source).build());
      } else if (sorte[i] == 1) {
        c.population(ImmutablePopulation.builder().municipale(municipale[i]).source(sourceSeule).build());
      }
      communes.add(c.build());
    }
    List<Epci> epcis = new ArrayList<>(ne);
    for (int e = 0; e < ne; e++) {
      String[] codes = new String[membres[e].length];
      for (int j = 0; j < codes.length; j++) codes[j] = insee[membres[e][j]];
      epcis.add(ImmutableEpci.builder().siren(sirenEpci[e]).nom(nomEpci[e]).nature(nature[e])
          .membres(Arrays.asList(codes)).build());
    }

    int na = i32();
    Map<String, Succession> anciens = new HashMap<>(na * 2);
    for (int i = 0; i < na; i++) {
      String code = code();
      String ancienNom = utf();
      int depuis = u16();
      Commune successeur = communes.get(i32());
      ImmutableSuccession.Builder s = ImmutableSuccession.builder().ancienCode(code).successeur(successeur);
      if (!ancienNom.isEmpty()) s.ancienNom(ancienNom);
      s.depuis(depuis == 0 ? OptionalInt.empty() : OptionalInt.of(depuis));
      anciens.put(code, s.build());
    }
    int nf = u16();
    Map<String, Integer> futurs = new HashMap<>();
    Map<String, String> nomsFuturs = new HashMap<>();
    for (int i = 0; i < nf; i++) {
      String code = code();
      nomsFuturs.put(code, utf());
      futurs.put(code, u16());
    }
    if (p != b.length) throw corrompu("octets en trop");
    return Territoire.of(m, communes, epcis, nomsDepartements, anciens, futurs, nomsFuturs);
  }

  private IllegalStateException corrompu(String quoi) {
    return new IllegalStateException(ressource + " corrompu : " + quoi + " (octet " + p + ")");
  }

  private String partagee(String s) {
    return s.intern();
  }

  private static String neufChiffres(int v) {
    String s = Integer.toString(v);
    return s.length() == 9 ? s : "0".repeat(9 - s.length()) + s;
  }

  private int u8() {
    return b[p++] & 0xFF;
  }

  private int u16() {
    int v = ((b[p] & 0xFF) << 8) | (b[p + 1] & 0xFF);
    p += 2;
    return v;
  }

  private int i32() {
    int v = ((b[p] & 0xFF) << 24) | ((b[p + 1] & 0xFF) << 16) | ((b[p + 2] & 0xFF) << 8) | (b[p + 3] & 0xFF);
    p += 4;
    return v;
  }

  private String code() {
    String s = new String(b, p, 5, StandardCharsets.ISO_8859_1);
    p += 5;
    return s;
  }

  private String utf() {
    int n = u16();
    String s = new String(b, p, n, StandardCharsets.UTF_8);
    p += n;
    return s;
  }
}
