// A fake advertising tag (targeting): fills the ad slot and sets an ad-network cookie.
(function () {
  document.cookie = '_demo_ads_uid=' + Math.random().toString(36).slice(2, 10) + '; path=/; max-age=7776000; samesite=lax';
  function fill() {
    var slots = document.querySelectorAll('.ad-slot');
    for (var i = 0; i < slots.length; i++) {
      slots[i].className = 'ad-slot filled';
      slots[i].textContent = slots[i].getAttribute('data-ad-text') || 'Advertisement: fresh sourdough, 20% off this week (a personalised ad from Demo Ads).';
    }
  }
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', fill);
  else fill();
  window.demoStatus('ads', 'running (ad shown, cookie set)');
})();
