/* A fake gtag.js: what the Google tag snippet does on a page (define dataLayer/gtag, then `js` and `config`). */
(function () {
  var w = window;
  w.dataLayer = w.dataLayer || [];
  function gtag() {
    w.dataLayer.push(arguments);
  }
  w.gtag = w.gtag || gtag;
  gtag('js', new Date());
  gtag('config', 'G-TEST123');
  w.__gtagRuns = (w.__gtagRuns || 0) + 1;
})();
