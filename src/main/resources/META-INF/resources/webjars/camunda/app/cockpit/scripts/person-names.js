// Laatste meter: Cockpit shows people and organisations by name, not by id, in the user tasks tab
// of a process instance:
// - the person a task is assigned to ("Gerda Jansen", not "gemeente"): Cockpit shows the assignee
//   with its in-place text field (camInPlaceTextField, template text {{ context[property] }});
//   this script decorates that directive (AngularJS's documented module.decorator) so that the
//   text shown, only for the property "assignee", goes through the filter identityName;
// - the task's groups and users in the dialog that lists them (opened from the tasks table with
//   the groups or users button; the controller IdentityLinksController, template text
//   {{ identityLink[key] }}): this script decorates $uibModal so that the dialog's template shows
//   the organisation's or person's name.
// Only the text shown changes: the in-place field's value, the dialog's copy-to-clipboard value
// and everything Cockpit sends back to the engine stay the ids. The filter identityName (names
// from the engine's REST API, the id while loading or when the name may not be read) is in
// ../shared/identity-names.js; "Toewijzingen per groep" needs no script: Cockpit reads the groups
// itself.
// Loaded through customScripts in scripts/config.js; exports nothing (it is no plugin).
const angular = window.angular;

if (angular) {
  try {
    const directives = angular.module('camunda.common.directives');
    directives.decorator('camInPlaceTextFieldDirective', ['$delegate', function (fields) {
      fields.forEach(function (field) {
        if (typeof field.template === 'string') {
          field.template = field.template.replace('{{ context[property] }}',
            '{{ context[property] | identityName:(property === \'assignee\' ? \'user\' : \'\') }}');
        }
      });
      return fields;
    }]);
    directives.decorator('$uibModal', ['$delegate', function ($uibModal) {
      const open = $uibModal.open;
      $uibModal.open = function (options) {
        if (options && options.controller === 'IdentityLinksController' && typeof options.template === 'string') {
          options = angular.extend({}, options, {
            template: options.template.replace('{{ identityLink[key] }}',
              '{{ identityLink[key] | identityName:(key === \'groupId\' ? \'group\' : \'user\') }}')
          });
        }
        return open.call(this, options);
      };
      return $uibModal;
    }]);
  } catch (e) {
    console.error('Laatste meter: Cockpit could not show the names of people and organisations', e);
  }
}
