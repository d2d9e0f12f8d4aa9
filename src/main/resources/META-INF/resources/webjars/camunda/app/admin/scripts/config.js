// Laatste meter: overrides the webjar's scripts/config.js of this webapp (the Spring Boot
// starter serves META-INF/resources/webjars/camunda from the application before the webjar).
// Options: https://docs.camunda.org/manual/7.24/webapps/
export default {
  // Our product name in the header and the browser tab (shown as "<vendor> <name>")
  app: {
    name: 'Beheer',
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
  customScripts: ['../shared/dutch-locale', '../shared/amsterdam-time', 'scripts/dutch-labels']
};
