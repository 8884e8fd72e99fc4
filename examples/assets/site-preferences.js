// A fake functionality script: with consent for Functionality, the theme you pick is remembered in a cookie.
(function () {
  window.demoPreferences = {
    remember: function (theme) {
      document.cookie = 'demo_theme=' + theme + '; path=/; max-age=31536000; samesite=lax';
      window.demoStatus('preferences', 'running (theme "' + theme + '" remembered)');
    },
  };
  var m = /(?:^|;\s*)demo_theme=([a-z]+)/.exec(document.cookie);
  window.demoStatus('preferences', m ? 'running (theme "' + m[1] + '" remembered)' : 'running (pick a theme on Settings)');
  if (window.demoUpdateThemeNote) window.demoUpdateThemeNote();
})();
