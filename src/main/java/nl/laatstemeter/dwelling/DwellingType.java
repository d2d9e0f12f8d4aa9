package nl.laatstemeter.dwelling;

/** Dwelling types of DOMAIN.md section 4 (context). */
public enum DwellingType {
  TERRACED,
  PORCH_FLAT,
  GALLERY_FLAT,
  DETACHED,
  OTHER
}
