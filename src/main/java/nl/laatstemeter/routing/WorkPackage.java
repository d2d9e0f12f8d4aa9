package nl.laatstemeter.routing;

/** Installer work packages under installer count MULTIPLE. */
public enum WorkPackage {
  INSPECTION,
  DELIVERY_SET,
  INDOOR
}
