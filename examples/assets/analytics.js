// A fake analytics tag (performance). Served locally: the examples never load anything from the internet.
document.cookie = '_example_analytics=1; path=/; max-age=3600';
window.cgExampleMark('status-performance');
