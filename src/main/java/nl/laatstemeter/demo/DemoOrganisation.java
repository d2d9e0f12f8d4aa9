package nl.laatstemeter.demo;

import nl.laatstemeter.form.Role;
import nl.laatstemeter.identity.IdentitySetup;

/** A demo organisation: a Camunda group of type {@value IdentitySetup#ORGANISATION_GROUP_TYPE} with one user. */
public record DemoOrganisation(String groupId, String name, Role role, DemoUser user) {}
