package nl.laatstemeter.identity;

import static org.camunda.bpm.engine.authorization.Authorization.ANY;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GLOBAL;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import java.util.List;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.AuthorizationQuery;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

/** Create-if-missing for users, groups, memberships and grants: every call is idempotent. */
@Component
public class IdentityStore {

  private final IdentityService identity;
  private final AuthorizationService authorizations;

  IdentityStore(IdentityService identity, AuthorizationService authorizations) {
    this.identity = identity;
    this.authorizations = authorizations;
  }

  public void ensureGroup(String id, String name, String type) {
    if (identity.createGroupQuery().groupId(id).count() == 0) {
      Group group = identity.newGroup(id);
      group.setName(name);
      group.setType(type);
      identity.saveGroup(group);
    }
  }

  /**
   * Renames the group from {@code from} to {@code to}; leaves it as it is when it does not exist or
   * has another name (a name given in Admin stays).
   */
  public void renameGroup(String id, String from, String to) {
    Group group = identity.createGroupQuery().groupId(id).singleResult();
    if (group != null && from.equals(group.getName())) {
      group.setName(to);
      identity.saveGroup(group);
    }
  }

  public void ensureUser(String id, String firstName, String lastName, String email, String password) {
    if (identity.createUserQuery().userId(id).count() == 0) {
      User user = identity.newUser(id);
      user.setFirstName(firstName);
      user.setLastName(lastName);
      user.setEmail(email);
      user.setPassword(password);
      identity.saveUser(user);
    }
  }

  /** Sets a user info entry (e.g. a mail preference) unless the user already has one for the key. */
  public void ensureUserInfo(String userId, String key, String value) {
    if (identity.getUserInfo(userId, key) == null) {
      identity.setUserInfo(userId, key, value);
    }
  }

  public boolean userExists(String userId) {
    return identity.createUserQuery().userId(userId).count() > 0;
  }

  public void ensureMembership(String userId, String groupId) {
    if (identity.createUserQuery().userId(userId).memberOfGroup(groupId).count() == 0) {
      identity.createMembership(userId, groupId);
    }
  }

  /** Grants the group the permissions on the resource (id or {@code *}), adding to an existing grant. */
  public void grantGroup(String groupId, Resource resource, String resourceId, Permission... permissions) {
    grant(authorizations.createAuthorizationQuery().authorizationType(AUTH_TYPE_GRANT).groupIdIn(groupId),
        AUTH_TYPE_GRANT, groupId, resource, resourceId, permissions);
  }

  /**
   * Grants the group the permissions on a resource that has no authorization of this group yet (a
   * resource made in the running transaction), without looking for one.
   */
  public void grantGroupAnew(String groupId, Resource resource, String resourceId, Permission... permissions) {
    Authorization authorization = newAuthorization(AUTH_TYPE_GRANT, groupId, resource, resourceId);
    for (Permission permission : permissions) {
      authorization.addPermission(permission);
    }
    authorizations.saveAuthorization(authorization);
  }

  /** Grants every user (a global authorization) the permissions on the resource. */
  public void grantEveryone(Resource resource, String resourceId, Permission... permissions) {
    grant(authorizations.createAuthorizationQuery().authorizationType(AUTH_TYPE_GLOBAL),
        AUTH_TYPE_GLOBAL, null, resource, resourceId, permissions);
  }

  /** Removes the global authorization on the resource, if there is one. */
  public void removeEveryone(Resource resource, String resourceId) {
    authorizations.createAuthorizationQuery().authorizationType(AUTH_TYPE_GLOBAL).resourceType(resource)
        .resourceId(resourceId).list().forEach(a -> authorizations.deleteAuthorization(a.getId()));
  }

  /** The ids of the groups of this type. */
  public List<String> groupIds(String type) {
    return identity.createGroupQuery().groupType(type).list().stream().map(Group::getId).toList();
  }

  private void grant(AuthorizationQuery query, int type, String groupId, Resource resource, String resourceId,
      Permission... permissions) {
    List<Authorization> existing = query.resourceType(resource).resourceId(resourceId).list();
    Authorization authorization;
    if (existing.isEmpty()) {
      authorization = newAuthorization(type, groupId, resource, resourceId);
    } else {
      authorization = existing.get(0);
      boolean complete = true;
      for (Permission permission : permissions) {
        complete &= authorization.isPermissionGranted(permission);
      }
      if (complete) {
        return;
      }
    }
    for (Permission permission : permissions) {
      authorization.addPermission(permission);
    }
    authorizations.saveAuthorization(authorization);
  }

  /** A new grant of the group (or, global, of every user) on the resource, without permissions yet. */
  private Authorization newAuthorization(int type, String groupId, Resource resource, String resourceId) {
    Authorization authorization = authorizations.createNewAuthorization(type);
    authorization.setResource(resource);
    authorization.setResourceId(resourceId);
    if (type == AUTH_TYPE_GLOBAL) {
      authorization.setUserId(ANY);
    } else {
      authorization.setGroupId(groupId);
    }
    return authorization;
  }
}
