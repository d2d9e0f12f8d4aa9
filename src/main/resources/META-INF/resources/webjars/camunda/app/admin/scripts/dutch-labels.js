// Laatste meter: Admin shows the engine's constants as they are, in English capitals: the type of a
// group (WORKFLOW, SYSTEM) and the permissions of an authorization (ACCESS, ALL, READ, …); they
// have no key in the translation. This script shows them in Dutch, only where Admin shows them as
// text: the group type column (list of groups, a user's groups) and the permissions column of the
// authorizations (and its delete dialog). Only the text on the screen changes, and only when the
// whole text is one of the constants below (or a list of them); inputs and what Admin sends back to
// the engine (the type field of a group, the chosen permissions) keep the constants.
// Loaded through customScripts in scripts/config.js; exports nothing (it is no plugin).

const GROUP_TYPES = {
  WORKFLOW: 'Werkstroom',
  SYSTEM: 'Systeem'
};

const PERMISSIONS = {
  NONE: 'Geen',
  ALL: 'Alle',
  ACCESS: 'Toegang',
  READ: 'Lezen',
  UPDATE: 'Wijzigen',
  CREATE: 'Aanmaken',
  DELETE: 'Verwijderen',
  READ_HISTORY: 'Historie lezen',
  DELETE_HISTORY: 'Historie verwijderen',
  UPDATE_HISTORY: 'Historie wijzigen',
  READ_INSTANCE: 'Instanties lezen',
  UPDATE_INSTANCE: 'Instanties wijzigen',
  CREATE_INSTANCE: 'Instanties starten',
  DELETE_INSTANCE: 'Instanties verwijderen',
  MIGRATE_INSTANCE: 'Instanties migreren',
  SUSPEND: 'Opschorten',
  SUSPEND_INSTANCE: 'Instanties opschorten',
  RETRY_JOB: 'Jobs opnieuw proberen',
  READ_TASK: 'Taken lezen',
  UPDATE_TASK: 'Taken wijzigen',
  TASK_ASSIGN: 'Taken toewijzen',
  TASK_WORK: 'Aan taken werken',
  READ_VARIABLE: 'Variabelen lezen',
  UPDATE_VARIABLE: 'Variabelen wijzigen',
  READ_TASK_VARIABLE: 'Taakvariabelen lezen',
  UPDATE_TASK_VARIABLE: 'Taakvariabelen wijzigen',
  READ_INSTANCE_VARIABLE: 'Instantievariabelen lezen',
  UPDATE_INSTANCE_VARIABLE: 'Instantievariabelen wijzigen',
  READ_HISTORY_VARIABLE: 'Historische variabelen lezen',
  READ_HISTORY_CLEANUP_JOB: 'Opschoonjobs van de historie lezen',
  SET_REMOVAL_TIME: 'Verwijdertijd instellen'
};

/** Where each list of constants is shown as text. */
const PLACES = [
  { selector: 'td.group-type', labels: GROUP_TYPES },
  { selector: 'td.permissions', labels: PERMISSIONS },
  { selector: '.modal-body dd', labels: PERMISSIONS }
];

/** The Dutch text for a whole text that is a constant or a comma-separated list of them, else null. */
function dutch(text, labels) {
  const trimmed = text.trim();
  if (trimmed === '') {
    return null;
  }
  const parts = trimmed.split(/\s*,\s*/);
  if (!parts.every(function (part) {
    return Object.prototype.hasOwnProperty.call(labels, part);
  })) {
    return null;
  }
  return text.replace(trimmed, parts.map(function (part) {
    return labels[part];
  }).join(', '));
}

function translateIn(element, labels) {
  const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  let node = walker.nextNode();
  while (node) {
    const translated = dutch(node.nodeValue, labels);
    if (translated !== null && translated !== node.nodeValue) {
      node.nodeValue = translated;
    }
    node = walker.nextNode();
  }
}

function translate() {
  PLACES.forEach(function (place) {
    document.querySelectorAll(place.selector).forEach(function (element) {
      translateIn(element, place.labels);
    });
  });
}

let scheduled = false;
function schedule() {
  if (!scheduled) {
    scheduled = true;
    window.requestAnimationFrame(function () {
      scheduled = false;
      translate();
    });
  }
}

function start() {
  new MutationObserver(schedule).observe(document.body, { childList: true, subtree: true, characterData: true });
  schedule();
}

if (document.body) {
  start();
} else {
  document.addEventListener('DOMContentLoaded', start);
}
