// A stand-in for Google's gtag.js, served from this machine: it only pushes what the real snippet pushes.
// cookiegate keeps it blocked (basic Consent Mode) until Performance is granted.
window.dataLayer = window.dataLayer || [];
function gtag() {
  window.dataLayer.push(arguments);
}
gtag('js', new Date());
gtag('config', 'G-DEMO000');
if (window.demoStatus) window.demoStatus('gtag', 'running (pushed js and config)');
