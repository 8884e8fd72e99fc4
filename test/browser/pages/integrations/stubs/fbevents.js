/*
 * A stand-in for Meta's fbevents.js: replays fbq.queue, then handles calls directly; logs each call to
 * window.__fbLog. While consent is revoked, events are held; with consent granted they are sent
 * (GET /vendor/tr?ev=…, logged by the test server), as connect.facebook.net/en_US/fbevents.js does with /tr.
 */
(function () {
  var w = window;
  var fbq = w.fbq;
  var log = (w.__fbLog = w.__fbLog || []);
  var granted = true,
    held = [];
  function send(ev) {
    new Image().src = '/vendor/tr?ev=' + encodeURIComponent(ev);
  }
  function handle(args) {
    args = Array.prototype.slice.call(args);
    log.push(args);
    if (args[0] === 'consent') {
      granted = args[1] === 'grant';
      if (granted) held.splice(0).forEach(send);
    } else if (args[0] === 'track') {
      if (granted) send(args[1]);
      else held.push(args[1]);
    }
  }
  var queue = fbq.queue || [];
  fbq.callMethod = function () {
    handle(arguments);
  };
  queue.splice(0).forEach(handle);
  w.__fbLoaded = true;
})();
