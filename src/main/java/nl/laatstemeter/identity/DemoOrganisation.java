package nl.laatstemeter.identity;

import nl.laatstemeter.routing.Role;

/** A demo organisation: a Camunda group of type {@value IdentitySetup#ORGANISATION_GROUP_TYPE} with one user. */
public record DemoOrganisation(String groupId, String name, Role role, DemoUser user) {}
