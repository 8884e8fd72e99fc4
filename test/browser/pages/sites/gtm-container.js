/*
 * A stand-in for a published Google Tag Manager container (gtm.js?id=GTM-…), which the tests serve under its real
 * host, www.googletagmanager.com. Like GTM it processes the dataLayer entries already there, then every later push,
 * in order; it keeps the Consent Mode state from `consent default` / `consent update` commands (gtag's arguments
 * objects); and it holds two tags set up the way GTM users set them up for a consent tool's event:
 * - "GA4 on consent": trigger Custom Event `cookiegate_consent`; built-in consent check: analytics_storage granted;
 *   fires once per page; loads /fixtures/gtm-analytics.js;
 * - "Ads pixel on consent": trigger Custom Event `cookiegate_consent` where the event's cookiegate.categories
 *   contains "targeting"; built-in consent check: ad_storage granted; requests /fixtures/gtm-ads.gif.
 * Every tag that fires is logged to window.__gtmFired with the event that fired it.
 */
(function () {
  var w = window;
  var dl = (w.dataLayer = w.dataLayer || []);
  var consent = {};
  var fired = (w.__gtmFired = []);
  var firedOnce = {};
  var tags = [
    {
      name: 'ga4',
      once: true,
      needs: ['analytics_storage'],
      when: function (m) {
        return m.event === 'cookiegate_consent';
      },
      run: function () {
        var s = document.createElement('script');
        s.src = '/fixtures/gtm-analytics.js';
        document.head.appendChild(s);
      },
    },
    {
      name: 'ads',
      needs: ['ad_storage'],
      when: function (m) {
        return m.event === 'cookiegate_consent' && m.cookiegate.categories.indexOf('targeting') >= 0;
      },
      run: function () {
        new Image().src = '/fixtures/gtm-ads.gif';
      },
    },
  ];
  function process(m) {
    if (Object.prototype.toString.call(m) === '[object Arguments]') {
      if (m[0] === 'consent' && (m[1] === 'default' || m[1] === 'update')) {
        for (var type in m[2]) if (m[2][type] === 'granted' || m[2][type] === 'denied') consent[type] = m[2][type];
      }
      return;
    }
    if (!m || typeof m.event !== 'string') return;
    tags.forEach(function (tag) {
      if (tag.once && firedOnce[tag.name]) return;
      if (!tag.when(m)) return;
      if (
        !tag.needs.every(function (type) {
          return consent[type] === 'granted';
        })
      )
        return;
      firedOnce[tag.name] = true;
      fired.push(tag.name + ' on ' + m.event);
      tag.run();
    });
  }
  dl.slice().forEach(process);
  var push = dl.push;
  dl.push = function () {
    var result = push.apply(dl, arguments);
    for (var i = 0; i < arguments.length; i++) process(arguments[i]);
    return result;
  };
  w.google_tag_manager = { 'GTM-TEST123': { dataLayer: { name: 'dataLayer' } } };
})();
