package fr.ctg.regles.ao;

import fr.ctg.ao.CtgEnVigueur;
import fr.ctg.ao.ElementSchema;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Fact: a CTG in force on the evaluation date that covers every commune of one AO holder. Inserted
 * by the fact assembly; the rules decide what it is worth (planning document, stand-in for the
 * schéma).
 */
public final class CtgCouvrante {
  private final String titulaire;
  private final CtgEnVigueur ctg;
  private final List<ElementSchema> elementsManquants;

  public CtgCouvrante(String titulaire, CtgEnVigueur ctg) {
    this.titulaire = Objects.requireNonNull(titulaire);
    this.ctg = Objects.requireNonNull(ctg);
    Set<ElementSchema> manquants = EnumSet.allOf(ElementSchema.class);
    manquants.removeAll(ctg.elements());
    this.elementsManquants = List.copyOf(manquants);
  }

  public String titulaire() { return titulaire; }

  public CtgEnVigueur ctg() { return ctg; }

  public String ctgId() { return ctg.id(); }

  public boolean tientLieuDeSchema() { return ctg.tientLieuDeSchema(); }

  /** Whether the convention lists its signatory local authorities. */
  public boolean signatairesConnus() { return !ctg.signataires().isEmpty(); }

  /** Whether the holder signed the convention (CASF L.214-2 III: the CTG stands in for its signatory's schéma). */
  public boolean signataire() { return ctg.signataires().contains(titulaire); }

  /** Whether the source gives the date the convention was signed. */
  public boolean signatureDatee() { return ctg.dateSignature().isPresent(); }

  /** The signature date; call only when {@link #signatureDatee()}. */
  public java.time.LocalDate dateSignature() { return ctg.dateSignature().orElseThrow(); }

  /** Required items of the schéma (D.214-10-1) the CTG lacks, in the order of the decree. */
  public List<ElementSchema> elementsManquants() { return elementsManquants; }

  public String elementsManquantsEnTexte() {
    return elementsManquants.stream().map(ElementSchema::name).collect(Collectors.joining(", "));
  }
}
