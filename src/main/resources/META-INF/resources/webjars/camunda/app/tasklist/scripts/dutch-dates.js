// Laatste meter: dates in Camunda Forms as dd-mm-jjjj, whatever language the browser is set to.
// The forms' date picker (form-js) takes its format from the browser's default locale
// (Intl.DateTimeFormat without a locale): mm/dd/yyyy on an English browser. Here the default
// locale of Intl.DateTimeFormat is Dutch; a locale a caller names itself is kept as it is.
// Loaded through customScripts in scripts/config.js; exports nothing (it is no plugin).
const BrowserDateTimeFormat = Intl.DateTimeFormat;

function DutchByDefault(locales, options) {
  const locale = locales === undefined || locales === 'default' ? 'nl-NL' : locales;
  return new BrowserDateTimeFormat(locale, options);
}

DutchByDefault.prototype = BrowserDateTimeFormat.prototype;
DutchByDefault.supportedLocalesOf = BrowserDateTimeFormat.supportedLocalesOf.bind(BrowserDateTimeFormat);
Intl.DateTimeFormat = DutchByDefault;
