// Laatste meter: overrides the webjar's scripts/config.js of this webapp (the Spring Boot
// starter serves META-INF/resources/webjars/camunda from the application before the webjar).
// Options: https://docs.camunda.org/manual/7.24/webapps/
export default {
  // Our product name in the header and the browser tab (shown as "<vendor> <name>")
  app: {
    name: 'Takenlijst',
    vendor: 'Laatste meter'
  },
  // Dutch only: our own translation (locales/nl.json), whatever language the browser asks for
  locales: {
    availableLocales: ['nl'],
    fallbackLocale: 'nl'
  },
  // dd-mm-jjjj, times in Dutch time (Europe/Amsterdam) whatever the computer's time zone
  // (../shared/amsterdam-time.js below)
  dateFormat: {
    monthName: 'MMMM',
    day: 'DD',
    abbr: 'DD-MM-YYYY HH:mm',
    normal: 'DD-MM-YYYY HH:mm',
    long: 'dddd D MMMM YYYY HH:mm',
    short: 'DD-MM-YYYY'
  },
  // Camunda Forms in Dutch: date pickers in dd-mm-jjjj also on a browser set to another language,
  // Dutch calendars, validation messages and placeholders
  customScripts: ['../shared/dutch-locale', '../shared/amsterdam-time', 'scripts/dutch-dates', 'scripts/dutch-forms'],
  shortcuts: {
    claimTask: {
      key: 'ctrl+alt+c',
      description: 'pakt de gekozen taak op'
    },
    focusFilter: {
      key: 'ctrl+shift+f',
      description: 'zet de focus op het eerste filter in de lijst'
    },
    focusList: {
      key: 'ctrl+alt+l',
      description: 'zet de focus op de eerste taak in de lijst'
    },
    focusForm: {
      key: 'ctrl+alt+f',
      description: 'zet de focus op het eerste invoerveld van een taakformulier'
    },
    startProcess: {
      key: 'ctrl+alt+p',
      description: 'opent het venster om een proces te starten'
    }
  }
};
