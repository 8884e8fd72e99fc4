// A stand-in analytics tag (performance category). Served from this app: nothing is loaded from the internet.
window.exampleAnalytics = (window.exampleAnalytics || 0) + 1;
document.cookie = '_stats=1; path=/; max-age=3600';
document.dispatchEvent(new CustomEvent('example:analytics'));
