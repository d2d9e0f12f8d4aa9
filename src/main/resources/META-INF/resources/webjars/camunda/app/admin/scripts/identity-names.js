// Laatste meter: Admin's list of authorizations shows in its column "Gebruiker / groep" the user
// or group as "Naam (id)" ("Warmtebedrijf Demo (warmtebedrijf-demo)") instead of the bare id; the
// administrator still sees the id, which the edit form asks for. The page's template (route
// /authorization, template text {{authorization.userId}} and {{authorization.groupId}}) gets the
// filter identityName of ../shared/identity-names.js in a run block (ngRoute's documented
// $route.routes), before the first page is shown. Only the text shown changes: the edit field
// (ng-model authorization.identityId) and what Admin sends back to the engine keep the ids.
// Loaded through customScripts in scripts/config.js; exports nothing (it is no plugin).
const angular = window.angular;

const SHOWN = {
  '{{authorization.userId}}': "{{authorization.userId | identityName:'user':true}}",
  '{{authorization.groupId}}': "{{authorization.groupId | identityName:'group':true}}"
};

if (angular) {
  try {
    angular.module('camunda.common.directives').run(['$injector', function ($injector) {
      if (!$injector.has('$route')) {
        return;
      }
      const routes = $injector.get('$route').routes;
      Object.keys(routes).forEach(function (path) {
        const route = routes[path];
        if (/^\/authorization\/?$/.test(path) && route && typeof route.template === 'string') {
          Object.keys(SHOWN).forEach(function (text) {
            route.template = route.template.split(text).join(SHOWN[text]);
          });
        }
      });
    }]);
  } catch (e) {
    console.error('Laatste meter: Admin could not show the names of users and groups', e);
  }
}
