// A stand-in analytics tag (performance category). Served from this app: nothing is loaded from the internet.
// It counts its runs on this page load: more than 1 would double-count a page view.
window.exampleAnalytics = (window.exampleAnalytics || 0) + 1;
document.cookie = '_stats=1; path=/; max-age=3600';
