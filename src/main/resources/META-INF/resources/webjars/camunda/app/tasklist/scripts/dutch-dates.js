// Laatste meter: dates in Camunda Forms as dd-mm-jjjj, whatever language the browser is set to.
// The forms' date picker (form-js) takes its format from the browser's default locale
// (Intl.DateTimeFormat without a locale): mm/dd/yyyy on an English browser. Here the default
// locale of Intl.DateTimeFormat is Dutch with two-digit day and month (17-01-2027); a locale or
// options a caller gives itself are kept as they are.
// Loaded through customScripts in scripts/config.js; exports nothing (it is no plugin).
const BrowserDateTimeFormat = Intl.DateTimeFormat;

const DAY_MONTH_YEAR = { day: '2-digit', month: '2-digit', year: 'numeric' };

function DutchByDefault(locales, options) {
  if (locales === undefined || locales === 'default') {
    return new BrowserDateTimeFormat('nl-NL', options === undefined ? DAY_MONTH_YEAR : options);
  }
  return new BrowserDateTimeFormat(locales, options);
}

DutchByDefault.prototype = BrowserDateTimeFormat.prototype;
DutchByDefault.supportedLocalesOf = BrowserDateTimeFormat.supportedLocalesOf.bind(BrowserDateTimeFormat);
Intl.DateTimeFormat = DutchByDefault;
