// Inside an embedded frame: tells the page it loaded (same origin here; a real embed could not).
(function () {
  var name = document.currentScript.getAttribute('data-status');
  try {
    parent.demoStatus(name, 'loaded');
  } catch (_error) {
    /* opened on its own */
  }
})();
