// Laatste meter: every date and time the webapp shows is Dutch time (Europe/Amsterdam), whatever
// time zone the browser's computer is set to. The webapps format instants with their AngularJS
// filter camDate (moment.js in the browser's zone, in the formats of dateFormat in config.js);
// this script decorates that filter (AngularJS's documented module.decorator) so that it formats
// the Amsterdam wall-clock time of the instant instead, in the formats of config.js's dateFormat
// (also in Cockpit, which otherwise puts fixed formats of its own over them). Values without a
// zone (a date-time a person typed) are left as they are.
// Loaded through customScripts in scripts/config.js; exports nothing (it is no plugin).
const ZONE = 'Europe/Amsterdam';

const AMSTERDAM = new Intl.DateTimeFormat('en-GB', {
  timeZone: ZONE,
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit'
});

/** An ISO date-time with a zone: Z, +01:00 or +0100 (the engine's REST API writes the last). */
const WITH_ZONE = /^(\d{4}-\d\d-\d\dT\d\d:\d\d(?::\d\d(?:\.\d+)?)?)(Z|[+-]\d\d:?\d\d)$/;

/** The instant a value stands for, or null when it names none (no zone, not a date). */
function instant(value) {
  if (value instanceof Date) {
    return isNaN(value.getTime()) ? null : value;
  }
  if (typeof value === 'number') {
    return new Date(value);
  }
  if (typeof value === 'string') {
    const match = WITH_ZONE.exec(value.trim());
    if (match) {
      const zone = match[2] === 'Z' ? 'Z' : match[2].replace(/^([+-]\d\d):?(\d\d)$/, '$1:$2');
      const date = new Date(match[1] + zone);
      return isNaN(date.getTime()) ? null : date;
    }
  }
  return null;
}

/** A Date whose local fields read the Amsterdam wall-clock time of the instant. */
function amsterdamWallClock(date) {
  const part = {};
  AMSTERDAM.formatToParts(date).forEach(function (p) {
    part[p.type] = p.value;
  });
  return new Date(Number(part.year), Number(part.month) - 1, Number(part.day), Number(part.hour),
    Number(part.minute), Number(part.second), date.getMilliseconds());
}

function inAmsterdamTime(value) {
  const date = instant(value);
  return date === null ? value : amsterdamWallClock(date);
}

const angular = window.angular;
if (angular) {
  try {
    const dates = angular.module('cam.commons.filter.date');
    dates.decorator('camDateFilter', ['$delegate', function (camDate) {
      return function (value, format) {
        return camDate(inAmsterdamTime(value), format);
      };
    }]);
    // Cockpit sets fixed formats of its own over those of config.js (e.g. "normal" as
    // 2026-12-06T21:03:44); every webapp shows the formats of its config.js (dd-mm-jjjj)
    dates.decorator('camDateFormat', ['$delegate', '$injector', function (camDateFormat, $injector) {
      const configuration = $injector.has('configuration') ? $injector.get('configuration') : null;
      return function (name) {
        const configured = configuration && typeof configuration.getDateFormat === 'function'
          ? configuration.getDateFormat(name || 'normal') : null;
        return configured || camDateFormat(name);
      };
    }]);
  } catch (e) {
    console.error('Laatste meter: dates and times could not be set to Dutch time and format', e);
  }
  try {
    // the footer names the zone the times are shown in: ours, not the computer's
    angular.module('camunda.common.widgets').decorator('camWidgetFooterDirective', ['$delegate', function (footers) {
      footers.forEach(function (footer) {
        const link = footer.link;
        footer.compile = function () {
          return function (scope) {
            if (typeof link === 'function') {
              link.apply(this, arguments);
            }
            scope.timezoneName = ZONE;
          };
        };
      });
      return footers;
    }]);
  } catch (e) {
    console.error('Laatste meter: the footer could not name Dutch time', e);
  }
}

export { ZONE, inAmsterdamTime };
