package fr.ctg.convention;

/**
 * How a source words a deadline, read as written: « avant le … » excludes the day named, « au plus
 * tard le … » includes it.
 */
public enum FormuleEcheance {
  /** « avant le 29/11/2025 »: the last day that meets it is the day before. */
  AVANT_LE,
  /** « au plus tard le 29/11/2025 »: the day named still meets it. */
  AU_PLUS_TARD_LE
}
