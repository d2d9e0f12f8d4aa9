package nl.laatstemeter.form;

/** The parties of DOMAIN.md section 3. */
public enum Role {
  HEAT_COMPANY,
  MUNICIPALITY,
  HOUSING_ASSOCIATION,
  INSTALLER,
  HEAT_COOPERATIVE
}
