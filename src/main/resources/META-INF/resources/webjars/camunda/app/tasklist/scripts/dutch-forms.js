// Laatste meter: the texts of Camunda Forms (form-js, rendered by Tasklist) in Dutch.
// form-js 1.x has no translation mechanism of its own: its validation messages ("Field is
// required."), placeholders ("Select", "Search") and the empty-list texts are written in English
// in its code, and its date picker (flatpickr) names months and days in English. So:
// - the date picker speaks Dutch through flatpickr's own localisation API (flatpickr.localize,
//   the documented way to set the default locale of every calendar; form-js passes no locale);
// - form-js's fixed English texts are replaced by their Dutch counterparts as soon as form-js
//   puts them on the screen, only inside a form (.fjs-container), only when the whole text is
//   one of the known English ones below.
// Loaded through customScripts in scripts/config.js; exports nothing (it is no plugin).

/** flatpickr's Dutch calendar: month and day names, week starting on Monday, 24-hour clock. */
const DUTCH_CALENDAR = {
  weekdays: {
    shorthand: ['zo', 'ma', 'di', 'wo', 'do', 'vr', 'za'],
    longhand: ['zondag', 'maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag']
  },
  months: {
    shorthand: ['jan', 'feb', 'mrt', 'apr', 'mei', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dec'],
    longhand: ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september',
      'oktober', 'november', 'december']
  },
  firstDayOfWeek: 1,
  rangeSeparator: ' t/m ',
  weekAbbreviation: 'wk',
  scrollTitle: 'Scroll om te verhogen of te verlagen',
  toggleTitle: 'Klik om te wisselen',
  amPM: ['AM', 'PM'],
  yearAriaLabel: 'Jaar',
  monthAriaLabel: 'Maand',
  hourAriaLabel: 'Uur',
  minuteAriaLabel: 'Minuut',
  time_24hr: true,
  ordinal: function () {
    return 'e';
  }
};

function dutchCalendars(flatpickr) {
  if (flatpickr && typeof flatpickr.localize === 'function') {
    flatpickr.localize(DUTCH_CALENDAR);
  }
}

// flatpickr publishes itself as window.flatpickr when its module is first loaded; that may be
// before or after this script runs
if (typeof window.flatpickr === 'function') {
  dutchCalendars(window.flatpickr);
} else {
  let published;
  Object.defineProperty(window, 'flatpickr', {
    configurable: true,
    enumerable: true,
    get: function () {
      return published;
    },
    set: function (flatpickr) {
      published = flatpickr;
      dutchCalendars(flatpickr);
    }
  });
}

/** form-js's English texts (whole text of an element or attribute) and what a person reads instead. */
const DUTCH_TEXTS = [
  [/^Field is required\.$/, () => 'Dit veld is verplicht.'],
  [/^Field must have minimum length of (\d+)\.$/, (m) => 'Vul minstens ' + m[1] + ' tekens in.'],
  [/^Field must have maximum length of (\d+)\.$/, (m) => 'Vul hoogstens ' + m[1] + ' tekens in.'],
  [/^Field must have minimum value of (.+)\.$/, (m) => 'De waarde moet minstens ' + m[1] + ' zijn.'],
  [/^Field must have maximum value of (.+)\.$/, (m) => 'De waarde mag hoogstens ' + m[1] + ' zijn.'],
  [/^Field must match pattern .+\.$/s, () => 'Deze invoer heeft niet de gevraagde vorm.'],
  [/^Field must be a valid email\.$/, () => 'Vul een geldig e-mailadres in.'],
  [/^Field must be a valid\s+international phone number\..*$/, () => 'Vul een geldig internationaal telefoonnummer in (bijv. +31201234567).'],
  [/^Value is not a number\.$/, () => 'Vul een getal in.'],
  [/^Value is expected to be an integer\.$/, () => 'Vul een geheel getal in.'],
  [/^Value is expected to have at most (\d+) decimal digits?\.$/, (m) => 'Vul hoogstens ' + m[1] + ' cijfers achter de komma in.'],
  [/^Please select a valid value, the two nearest valid values are (.+) and (.+)\.$/,
    (m) => 'Kies een geldige waarde; de twee dichtstbijzijnde zijn ' + m[1] + ' en ' + m[2] + '.'],
  [/^Select$/, () => 'Kies\u2026'],
  [/^Search$/, () => 'Zoeken'],
  [/^No results$/, () => 'Geen resultaten'],
  [/^All values selected$/, () => 'Alle waarden gekozen'],
  [/^Remove tag$/, () => 'Verwijderen'],
  [/^Increment$/, () => 'Hoger'],
  [/^Decrement$/, () => 'Lager'],
  [/^Date$/, () => 'Datum'],
  [/^Time$/, () => 'Tijd'],
  [/^hh:mm$/, () => 'uu:mm'],
  [/^dd([-/.])mm\1yyyy$/, (m) => 'dd' + m[1] + 'mm' + m[1] + 'jjjj']
];

const ATTRIBUTES = ['placeholder', 'title', 'aria-label'];

function dutch(text) {
  if (!text) {
    return null;
  }
  const trimmed = text.trim();
  for (const [english, translation] of DUTCH_TEXTS) {
    const match = english.exec(trimmed);
    if (match) {
      return text.replace(trimmed, translation(match));
    }
  }
  return null;
}

function inForm(node) {
  const element = node.nodeType === Node.ELEMENT_NODE ? node : node.parentElement;
  return element !== null && element.closest('.fjs-container') !== null;
}

function translateText(node) {
  const translated = dutch(node.data);
  if (translated !== null && translated !== node.data) {
    node.data = translated;
  }
}

function translateAttributes(element) {
  for (const name of ATTRIBUTES) {
    const translated = dutch(element.getAttribute(name));
    if (translated !== null && translated !== element.getAttribute(name)) {
      element.setAttribute(name, translated);
    }
  }
}

function translateTree(root) {
  if (root.nodeType === Node.TEXT_NODE) {
    translateText(root);
    return;
  }
  if (root.nodeType !== Node.ELEMENT_NODE) {
    return;
  }
  translateAttributes(root);
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
    if (node.nodeType === Node.TEXT_NODE) {
      translateText(node);
    } else {
      translateAttributes(node);
    }
  }
}

new MutationObserver(function (mutations) {
  for (const mutation of mutations) {
    if (mutation.type === 'childList') {
      mutation.addedNodes.forEach(function (added) {
        if (inForm(added)) {
          translateTree(added);
        } else if (added.nodeType === Node.ELEMENT_NODE) {
          added.querySelectorAll('.fjs-container').forEach(translateTree);
        }
      });
    } else if (!inForm(mutation.target)) {
      continue;
    } else if (mutation.type === 'characterData') {
      translateText(mutation.target);
    } else if (mutation.type === 'attributes') {
      translateAttributes(mutation.target);
    }
  }
}).observe(document.documentElement, {
  childList: true,
  subtree: true,
  characterData: true,
  attributes: true,
  attributeFilter: ATTRIBUTES
});
