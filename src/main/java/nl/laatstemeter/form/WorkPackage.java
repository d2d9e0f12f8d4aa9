package nl.laatstemeter.form;

/** Installer work packages under installer count MULTIPLE. */
public enum WorkPackage {
  INSPECTION,
  DELIVERY_SET,
  INDOOR
}
