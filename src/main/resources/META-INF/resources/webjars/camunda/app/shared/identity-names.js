// Laatste meter: the filter identityName, which shows a user or a group (an organisation) by name
// instead of by id: {{ someId | identityName:'user' }} gives "Gerda Jansen" for "gemeente",
// {{ someId | identityName:'group' }} gives "Warmtebedrijf Demo" for "warmtebedrijf-demo", and with
// a third argument true "Naam (id)". Only for displayed text: the scripts that use it (cockpit/
// scripts/person-names.js, admin/scripts/identity-names.js) put it in Camunda's templates where a
// value is shown, never where a value is edited or sent back to the engine.
// The names come from the engine's REST API (GET user/{id}/profile and GET group/{id}, read-only;
// management and the administrators may read users and groups, see
// nl.laatstemeter.identity.IdentitySetup); while a name is loading, or when it may not be read,
// the id is shown.
// Loaded through customScripts in scripts/config.js (before the app starts); exports nothing.
const angular = window.angular;

/** The engine's REST API of this page, e.g. /camunda/api/engine/engine/default/. */
function engineApi() {
  const base = document.querySelector('base');
  const api = (base && base.getAttribute('engine-api')) || '/camunda/api/engine/';
  const engine = (/\/app\/[^/]+\/([^/]+)\//.exec(window.location.pathname) || [])[1] || 'default';
  return api + 'engine/' + encodeURIComponent(engine) + '/';
}

const SOURCES = {
  user: {
    path: function (id) {
      return 'user/' + encodeURIComponent(id) + '/profile';
    },
    name: function (profile) {
      return [profile.firstName, profile.lastName].filter(Boolean).join(' ').trim();
    }
  },
  group: {
    path: function (id) {
      return 'group/' + encodeURIComponent(id);
    },
    name: function (group) {
      return (group.name || '').trim();
    }
  }
};

/** kind + ':' + id -> name, or null while loading / when unknown */
const names = {};

function load(kind, id, $rootScope) {
  const key = kind + ':' + id;
  names[key] = null;
  fetch(engineApi() + SOURCES[kind].path(id), {
    credentials: 'same-origin',
    headers: { Accept: 'application/json' }
  })
    .then(function (response) {
      return response.ok ? response.json() : null;
    })
    .then(function (found) {
      const name = found ? SOURCES[kind].name(found) : '';
      if (name) {
        names[key] = name;
        $rootScope.$applyAsync();
      }
    })
    .catch(function () {
      // the id stays
    });
}

if (angular) {
  try {
    angular.module('camunda.common.directives').filter('identityName', ['$rootScope', function ($rootScope) {
      const identityName = function (id, kind, withId) {
        if (!Object.prototype.hasOwnProperty.call(SOURCES, kind) || typeof id !== 'string' || id === '') {
          return id;
        }
        const key = kind + ':' + id;
        if (!(key in names)) {
          load(kind, id, $rootScope);
        }
        const name = names[key];
        if (!name || name === id) {
          return id;
        }
        return withId ? name + ' (' + id + ')' : name;
      };
      identityName.$stateful = true;
      return identityName;
    }]);
  } catch (e) {
    console.error('Laatste meter: names of users and groups cannot be shown', e);
  }
}
