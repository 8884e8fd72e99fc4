// Counts Content Security Policy violations on this page and shows the count (and each one in the console).
(function () {
  var count = 0;
  document.addEventListener('securitypolicyviolation', function (e) {
    count++;
    console.warn('CSP violation:', e.effectiveDirective, e.blockedURI);
    var out = document.getElementById('csp-violations');
    if (out) out.textContent = String(count);
  });
})();
