/*
 * A stand-in for matomo.js: logs every command to window.__matomoLog in the order it processes them (the queued
 * _paq array first, then live pushes), honours requireConsent / setConsentGiven / forgetConsentGiven, and sends
 * a hit (GET /vendor/matomo/matomo.php, logged by the test server) for trackPageView only with consent,
 * holding it until setConsentGiven otherwise. Like matomo.js, it replaces the _paq array with an object.
 */
(function () {
  var w = window;
  var log = (w.__matomoLog = w.__matomoLog || []);
  var required = false,
    given = false,
    held = [];
  function hit(name) {
    new Image().src = '/vendor/matomo/matomo.php?action=' + encodeURIComponent(name);
  }
  function run(command) {
    var name = command[0];
    log.push(command.slice());
    if (name === 'requireConsent') required = true;
    else if (name === 'setConsentGiven' || name === 'rememberConsentGiven') {
      given = true;
      held.splice(0).forEach(hit);
    } else if (name === 'forgetConsentGiven') given = false;
    else if (name === 'trackPageView') {
      if (required && !given) held.push(name);
      else hit(name);
    }
  }
  var queued = Array.isArray(w._paq) ? w._paq : [];
  w._paq = {
    push: function () {
      for (var i = 0; i < arguments.length; i++) run(arguments[i]);
      return 0;
    },
  };
  queued.forEach(run);
  w.__matomoLoaded = true;
})();
