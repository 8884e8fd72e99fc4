// A fake analytics tag (performance). Served from this machine; it sets a first-party cookie and counts page views.
(function () {
  var m = /(?:^|;\s*)_demo_analytics=(\d+)/.exec(document.cookie);
  var views = (m ? Number(m[1]) : 0) + 1;
  document.cookie = '_demo_analytics=' + views + '; path=/; max-age=31536000; samesite=lax';
  window.demoStatus('analytics', 'running (page view #' + views + ')');
})();
