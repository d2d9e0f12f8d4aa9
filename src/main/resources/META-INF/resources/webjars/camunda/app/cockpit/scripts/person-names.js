// Laatste meter: Cockpit shows the person a task is assigned to by name ("Gerda Jansen"), not by
// user id ("gemeente"). Cockpit's user tasks tab shows the assignee with its in-place text field
// (camInPlaceTextField, template text {{ context[property] }}); this script decorates that
// directive (AngularJS's documented module.decorator) so that the text shown, only for the
// property "assignee", goes through the filter personName below. Only the text shown changes: the
// field's value, which Cockpit sends back when someone edits it, stays the user id.
// The names come from the engine's REST API (GET user/{id}/profile, read-only; the management
// group may read users, see nl.laatstemeter.identity.IdentitySetup); while a name is loading, or
// when it may not be read, the id is shown.
// Organisation names in "Toewijzingen per groep" need no script: Cockpit reads the groups itself.
// Loaded through customScripts in scripts/config.js; exports nothing (it is no plugin).
const angular = window.angular;

/** The engine's REST API of this page, e.g. /camunda/api/engine/engine/default/. */
function engineApi() {
  const base = document.querySelector('base');
  const api = (base && base.getAttribute('engine-api')) || '/camunda/api/engine/';
  const engine = (/\/app\/[^/]+\/([^/]+)\//.exec(window.location.pathname) || [])[1] || 'default';
  return api + 'engine/' + encodeURIComponent(engine) + '/';
}

/** user id -> name, or null while loading / when unknown */
const names = {};

function load(userId, $rootScope) {
  names[userId] = null;
  fetch(engineApi() + 'user/' + encodeURIComponent(userId) + '/profile', {
    credentials: 'same-origin',
    headers: { Accept: 'application/json' }
  })
    .then(function (response) {
      return response.ok ? response.json() : null;
    })
    .then(function (profile) {
      const name = profile ? [profile.firstName, profile.lastName].filter(Boolean).join(' ').trim() : '';
      if (name) {
        names[userId] = name;
        $rootScope.$applyAsync();
      }
    })
    .catch(function () {
      // the id stays
    });
}

if (angular) {
  try {
    const directives = angular.module('camunda.common.directives');
    directives.filter('personName', ['$rootScope', function ($rootScope) {
      const personName = function (userId, property) {
        if (property !== 'assignee' || typeof userId !== 'string' || userId === '') {
          return userId;
        }
        if (!(userId in names)) {
          load(userId, $rootScope);
        }
        return names[userId] || userId;
      };
      personName.$stateful = true;
      return personName;
    }]);
    directives.decorator('camInPlaceTextFieldDirective', ['$delegate', function (fields) {
      fields.forEach(function (field) {
        if (typeof field.template === 'string') {
          field.template = field.template.replace('{{ context[property] }}',
            '{{ context[property] | personName:property }}');
        }
      });
      return fields;
    }]);
  } catch (e) {
    console.error('Laatste meter: Cockpit could not show the names of assignees', e);
  }
}
