/*
 * Shared by the example pages. Not gated: it only shows what happened, it tracks nothing.
 * - demoStatus(name, text): marks every [data-status="name"] as running (green) with `text` (or its data-on-text).
 *   Gated fixtures call it when they run; it also works before the panel is parsed.
 * - Gated <img data-status> (pixels) are marked when they load.
 * - The cookie panel ([data-cookie-jar]) lists this site's cookies, live.
 * - [data-consent-log] lists the cookiegate:consent / cookiegate:change events of this page view.
 * - The theme picker (select[data-theme-picker]) always changes the theme of this page; it is only remembered
 *   (cookie demo_theme) when the functionality script (assets/site-preferences.js) has run.
 */
(function () {
  var seen = {};
  function paint(name) {
    var els = document.querySelectorAll('.status[data-status="' + name + '"]');
    for (var i = 0; i < els.length; i++) {
      els[i].textContent = els[i].getAttribute('data-on-text') || seen[name];
      els[i].className = 'status on';
    }
  }
  window.demoStatus = function (name, text) {
    seen[name] = text || 'running';
    paint(name);
  };

  function watchPixels() {
    var imgs = document.querySelectorAll('img[data-status]');
    for (var i = 0; i < imgs.length; i++) {
      (function (img) {
        var mark = function () {
          if (img.getAttribute('src')) window.demoStatus(img.getAttribute('data-status'), 'loaded (request sent)');
        };
        if (img.complete && img.naturalWidth) mark();
        img.addEventListener('load', mark);
      })(imgs[i]);
    }
  }

  function showCookies() {
    var names = document.cookie
      ? document.cookie.split(/;\s*/).map(function (c) {
          return c.split('=')[0];
        })
      : [];
    var text = names.length ? names.sort().join(', ') : '(none)';
    var jars = document.querySelectorAll('[data-cookie-jar]');
    for (var i = 0; i < jars.length; i++) if (jars[i].textContent !== text) jars[i].textContent = text;
  }

  function logEvent(event) {
    var log = document.querySelector('[data-consent-log]');
    if (!log) return;
    var d = event.detail || {};
    var line =
      new Date().toLocaleTimeString() +
      '  ' +
      event.type +
      '  action=' +
      d.action +
      ' source=' +
      d.source +
      '\n    granted: ' +
      (d.consent ? d.consent.categories.join(', ') : '-') +
      (d.consent && d.consent.services.length ? '\n    services: ' + d.consent.services.join(', ') : '');
    log.textContent = (log.textContent === '(no choice yet on this page)' ? '' : log.textContent + '\n') + line;
  }
  window.addEventListener('cookiegate:consent', logEvent);
  window.addEventListener('cookiegate:change', logEvent);

  // Theme: applied at once from the remembered cookie (if any), before the page paints.
  var remembered = /(?:^|;\s*)demo_theme=([a-z]+)/.exec(document.cookie);
  if (remembered) document.documentElement.setAttribute('data-theme', remembered[1]);
  function wireThemePicker() {
    var picker = document.querySelector('select[data-theme-picker]');
    if (!picker) return;
    picker.value = document.documentElement.getAttribute('data-theme') || 'light';
    picker.addEventListener('change', function () {
      document.documentElement.setAttribute('data-theme', picker.value);
      if (window.demoPreferences) window.demoPreferences.remember(picker.value);
      else updateThemeNote();
    });
    updateThemeNote();
  }
  function updateThemeNote() {
    var note = document.querySelector('[data-theme-note]');
    if (!note) return;
    note.textContent = window.demoPreferences
      ? 'Remembered in the cookie demo_theme: reload or open another page and it stays.'
      : 'Not remembered: Functionality is off, so this choice is forgotten on the next page.';
  }
  window.demoUpdateThemeNote = updateThemeNote;

  function ready() {
    for (var name in seen) paint(name);
    watchPixels();
    wireThemePicker();
    showCookies();
    setInterval(showCookies, 500);
    var forget = document.querySelectorAll('[data-forget-choice]');
    for (var i = 0; i < forget.length; i++) {
      forget[i].addEventListener('click', function () {
        if (window.CookieGate) window.CookieGate.reset();
        location.reload();
      });
    }
  }
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', ready);
  else ready();
})();
