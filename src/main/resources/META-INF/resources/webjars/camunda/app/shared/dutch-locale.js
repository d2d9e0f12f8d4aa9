// Laatste meter: AngularJS's locale in Dutch (nl-NL) for the webapps, so that their calendars
// (e.g. Tasklist's follow-up and due date pickers: "december 2026", ma di wo do vr za zo, the
// week from Monday) and AngularJS's date and number filters speak Dutch. This is AngularJS's
// documented i18n mechanism: a module "ngLocale" that provides $locale, defined before the app
// starts, replaces the built-in English one (as angular-locale_nl-nl.js does).
// Loaded through customScripts in each webapp's scripts/config.js (before the app starts);
// exports nothing (it is no plugin).
const angular = window.angular;

const DUTCH = {
  DATETIME_FORMATS: {
    AMPMS: ['a.m.', 'p.m.'],
    DAY: ['zondag', 'maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag'],
    ERANAMES: ['voor Christus', 'na Christus'],
    ERAS: ['v.Chr.', 'n.Chr.'],
    FIRSTDAYOFWEEK: 0, // Monday (AngularJS counts from Monday = 0)
    MONTH: ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober',
      'november', 'december'],
    SHORTDAY: ['zo', 'ma', 'di', 'wo', 'do', 'vr', 'za'],
    SHORTMONTH: ['jan.', 'feb.', 'mrt.', 'apr.', 'mei', 'jun.', 'jul.', 'aug.', 'sep.', 'okt.', 'nov.', 'dec.'],
    STANDALONEMONTH: ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september',
      'oktober', 'november', 'december'],
    WEEKENDRANGE: [5, 6],
    fullDate: 'EEEE d MMMM y',
    longDate: 'd MMMM y',
    medium: 'd MMM y HH:mm:ss',
    mediumDate: 'd MMM y',
    mediumTime: 'HH:mm:ss',
    short: 'dd-MM-y HH:mm',
    shortDate: 'dd-MM-y',
    shortTime: 'HH:mm'
  },
  NUMBER_FORMATS: {
    CURRENCY_SYM: '\u20ac',
    DECIMAL_SEP: ',',
    GROUP_SEP: '.',
    PATTERNS: [
      { gSize: 3, lgSize: 3, maxFrac: 3, minFrac: 0, minInt: 1, negPre: '-', negSuf: '', posPre: '', posSuf: '' },
      { gSize: 3, lgSize: 3, maxFrac: 2, minFrac: 2, minInt: 1, negPre: '\u00a4\u00a0-', negSuf: '',
        posPre: '\u00a4\u00a0', posSuf: '' }
    ]
  },
  id: 'nl-nl',
  localeID: 'nl_NL',
  pluralCat: function (n) {
    return n === 1 ? 'one' : 'other';
  }
};

/**
 * The screen-reader texts of the calendars' arrows (angular-ui-bootstrap's datepicker templates
 * write "previous" and "next" in English, with no translation key) in Dutch.
 */
const CALENDAR_ARROWS = [
  ['<span class="sr-only">previous</span>', '<span class="sr-only">vorige</span>'],
  ['<span class="sr-only">next</span>', '<span class="sr-only">volgende</span>']
];

if (angular) {
  angular.module('ngLocale', [], ['$provide', function ($provide) {
    $provide.value('$locale', DUTCH);
  }]);
  let datepicker = null;
  try {
    datepicker = angular.module('ui.bootstrap.datepicker');
  } catch (absent) {
    // a webapp without calendars
  }
  if (datepicker) {
    // the templates are put in AngularJS's $templateCache when the app starts: the calendar's are
    // put there with their arrows in Dutch (module.decorator, AngularJS's documented way)
    datepicker.decorator('$templateCache', ['$delegate', function (cache) {
      const put = cache.put;
      cache.put = function (key, value) {
        if (typeof key === 'string' && key.indexOf('uib/template/datepicker/') === 0 && typeof value === 'string') {
          CALENDAR_ARROWS.forEach(function (arrow) {
            value = value.split(arrow[0]).join(arrow[1]);
          });
        }
        return put.call(cache, key, value);
      };
      return cache;
    }]);
  }
}
